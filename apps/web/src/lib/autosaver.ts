// Autosave of one text field (code or explanation) against a rev-checked PUT: debounced saves,
// a localStorage draft until the server acknowledges it, retries with backoff while offline, and
// a conflict (never an overwrite) when another tab saved first.
import { ApiError } from '../api.ts'
import { clearDraft, readDraft, writeDraft } from './draft-store.ts'
import type { DraftField } from './draft-store.ts'

export interface ServerText {
  text: string
  rev: number
}

export type SaveState =
  | { kind: 'saved' }
  | { kind: 'saving' }
  | { kind: 'offline'; retryInMs: number }
  | { kind: 'conflict'; theirs: ServerText }
  | { kind: 'error'; message: string }

export interface AutosaverSnapshot {
  text: string
  state: SaveState
  /** The text shown came from this device's unsaved draft rather than the server. */
  restored: boolean
}

export interface AutosaverOptions {
  sessionId: string
  field: DraftField
  server: ServerText
  save: (text: string, rev: number) => Promise<number>
  /** Reads the server's copy, to tell our own lost acknowledgement from another tab's save. */
  fetchServer: () => Promise<ServerText>
  onSaved?: (text: string, rev: number) => void
  debounceMs?: number
}

const MAX_RETRY_MS = 8_000

export class Autosaver {
  private readonly options: AutosaverOptions
  private ackRev: number
  private ackText: string
  /** Texts sent at rev ackRev + 1 whose answers never came: any of them may have landed. */
  private unconfirmed = new Set<string>()
  private inFlight = false
  private timer: ReturnType<typeof setTimeout> | undefined
  private retryMs = 0
  private blocked = false
  private active = false
  private snapshot: AutosaverSnapshot
  private readonly listeners = new Set<() => void>()
  private waiters: { resolve: () => void; reject: (err: Error) => void }[] = []

  constructor(options: AutosaverOptions) {
    this.options = options
    const { server } = options
    this.ackRev = server.rev
    this.ackText = server.text
    const draft = readDraft(options.sessionId, options.field)
    if (!draft || draft.text === server.text) {
      this.snapshot = { text: server.text, state: { kind: 'saved' }, restored: false }
    } else if (draft.baseRev >= server.rev) {
      // Edited on top of what the server still has: ours is newer, and syncs on activate().
      this.snapshot = { text: draft.text, state: { kind: 'saving' }, restored: true }
    } else {
      // The server moved on (another tab) after this draft was written: ask, never pick.
      this.blocked = true
      this.snapshot = {
        text: draft.text,
        state: { kind: 'conflict', theirs: server },
        restored: true,
      }
    }
  }

  subscribe = (listener: () => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  getSnapshot = () => this.snapshot

  activate() {
    this.active = true
    window.addEventListener('online', this.onOnline)
    if (this.snapshot.text !== this.ackText && !this.blocked) this.schedule(0)
  }

  dispose() {
    this.active = false
    window.removeEventListener('online', this.onOnline)
    clearTimeout(this.timer)
    this.timer = undefined
  }

  update(text: string) {
    if (text === this.snapshot.text) return
    writeDraft(this.options.sessionId, this.options.field, {
      text,
      baseRev: this.ackRev,
      updatedAt: Date.now(),
    })
    const state = this.snapshot.state
    // A conflict waits for the user's choice, and an outage for its retry timer.
    if (state.kind === 'conflict') return this.set({ text })
    if (state.kind === 'offline' && this.timer !== undefined) return this.set({ text })
    this.set({ text, state: { kind: 'saving' } })
    this.schedule(this.options.debounceMs ?? 800)
  }

  /** Saves now; resolves once the current text is acknowledged, rejects if it cannot be. */
  flush(): Promise<void> {
    if (this.snapshot.text === this.ackText && !this.inFlight) return Promise.resolve()
    const done = new Promise<void>((resolve, reject) => this.waiters.push({ resolve, reject }))
    if (this.snapshot.state.kind === 'conflict') this.settleWaiters()
    else this.schedule(0)
    return done
  }

  /** Keep this tab's text: save it on top of the server's current rev. */
  keepMine() {
    const state = this.snapshot.state
    if (state.kind !== 'conflict') return
    this.ackRev = state.theirs.rev
    this.ackText = state.theirs.text
    this.unconfirmed.clear()
    this.blocked = false
    this.set({ state: { kind: 'saving' } })
    this.schedule(0)
  }

  /** Take the server's text and drop this tab's draft; returns the text to show. */
  takeTheirs(): string {
    const state = this.snapshot.state
    if (state.kind !== 'conflict') return this.snapshot.text
    this.ackRev = state.theirs.rev
    this.ackText = state.theirs.text
    this.unconfirmed.clear()
    this.blocked = false
    clearDraft(this.options.sessionId, this.options.field)
    this.set({ text: state.theirs.text, state: { kind: 'saved' }, restored: false })
    return state.theirs.text
  }

  private onOnline = () => {
    if (this.snapshot.state.kind === 'offline') this.schedule(0)
  }

  private schedule(ms: number) {
    clearTimeout(this.timer)
    this.timer = setTimeout(() => {
      this.timer = undefined
      void this.pump()
    }, ms)
  }

  private async pump() {
    if (!this.active || this.inFlight || this.blocked) return
    const text = this.snapshot.text
    if (text === this.ackText) {
      clearDraft(this.options.sessionId, this.options.field, text)
      this.set({ state: { kind: 'saved' } })
      return
    }
    const rev = this.ackRev + 1
    this.inFlight = true
    this.unconfirmed.add(text)
    if (this.snapshot.state.kind !== 'offline') this.set({ state: { kind: 'saving' } })
    try {
      const saved = await this.options.save(text, rev)
      this.acknowledge(text, saved)
    } catch (err) {
      await this.onFailure(err)
    } finally {
      this.inFlight = false
    }
    if (!this.blocked && this.snapshot.text !== this.ackText && this.timer === undefined) {
      if (this.snapshot.state.kind === 'saving') this.schedule(0)
    }
    this.settleWaiters()
  }

  private acknowledge(text: string, rev: number) {
    this.ackRev = rev
    this.ackText = text
    this.unconfirmed.clear()
    this.retryMs = 0
    this.options.onSaved?.(text, rev)
    if (this.snapshot.text === text) {
      clearDraft(this.options.sessionId, this.options.field, text)
      this.set({ state: { kind: 'saved' } })
    } else {
      // Newer edits arrived meanwhile; the draft now sits on top of the acknowledged rev.
      writeDraft(this.options.sessionId, this.options.field, {
        text: this.snapshot.text,
        baseRev: rev,
        updatedAt: Date.now(),
      })
      this.set({ state: { kind: 'saving' } })
    }
  }

  private async onFailure(err: unknown) {
    if (err instanceof ApiError && err.status === 409) {
      const theirs = await this.options.fetchServer().catch(() => null)
      if (theirs && this.unconfirmed.has(theirs.text)) {
        // An earlier save of ours landed but its answer was lost: not a conflict.
        this.acknowledge(theirs.text, theirs.rev)
        return
      }
      this.blocked = true
      const fallback = { text: this.ackText, rev: err.currentRev ?? this.ackRev + 1 }
      this.set({ state: { kind: 'conflict', theirs: theirs ?? fallback } })
      return
    }
    if (err instanceof ApiError && err.status === 413) {
      return this.set({ state: { kind: 'error', message: err.message } })
    }
    if (err instanceof ApiError && (err.transient || err.status === 429 || err.status === 401)) {
      this.retryMs = Math.min(Math.max(1_000, this.retryMs * 2), MAX_RETRY_MS)
      const state: SaveState =
        err.status === 401
          ? { kind: 'error', message: 'You were signed out. Log in again; edits wait here.' }
          : { kind: 'offline', retryInMs: this.retryMs }
      this.set({ state })
      this.schedule(this.retryMs)
      return
    }
    const message = err instanceof Error ? err.message : 'Could not save.'
    this.set({ state: { kind: 'error', message } })
  }

  private settleWaiters() {
    if (this.waiters.length === 0) return
    const state = this.snapshot.state
    const waiters = this.waiters
    if (this.snapshot.text === this.ackText && !this.inFlight) {
      this.waiters = []
      for (const w of waiters) w.resolve()
    } else if (state.kind === 'conflict' || state.kind === 'error' || state.kind === 'offline') {
      this.waiters = []
      const reason =
        state.kind === 'conflict'
          ? 'This work changed in another tab. Choose which version to keep first.'
          : state.kind === 'offline'
            ? 'The server cannot be reached. Your work is kept on this device and will sync.'
            : state.message
      for (const w of waiters) w.reject(new Error(reason))
    }
  }

  private set(patch: Partial<AutosaverSnapshot>) {
    this.snapshot = { ...this.snapshot, ...patch }
    for (const listener of this.listeners) listener()
  }
}
