// Unacknowledged drafts in localStorage, keyed by session and field, so a reload, a crash or a
// server outage loses nothing: a draft stays until the server has acknowledged that exact text.
export type DraftField = 'code' | 'explanation'

export interface Draft {
  text: string
  /** The server rev this draft was edited on top of; it will be saved as baseRev + 1 or later. */
  baseRev: number
  updatedAt: number
}

const key = (sessionId: string, field: DraftField) => `pairwise-draft:${sessionId}:${field}`

export function readDraft(sessionId: string, field: DraftField): Draft | null {
  try {
    const raw = window.localStorage.getItem(key(sessionId, field))
    if (!raw) return null
    const parsed: unknown = JSON.parse(raw)
    if (
      typeof parsed === 'object' &&
      parsed !== null &&
      'text' in parsed &&
      typeof parsed.text === 'string' &&
      'baseRev' in parsed &&
      typeof parsed.baseRev === 'number'
    ) {
      const updatedAt =
        'updatedAt' in parsed && typeof parsed.updatedAt === 'number' ? parsed.updatedAt : 0
      return { text: parsed.text, baseRev: parsed.baseRev, updatedAt }
    }
  } catch {
    // A corrupt or unreadable entry is no draft.
  }
  return null
}

/** Returns false when the browser refused to store it (full, or storage disabled). */
export function writeDraft(sessionId: string, field: DraftField, draft: Draft): boolean {
  try {
    window.localStorage.setItem(key(sessionId, field), JSON.stringify(draft))
    return true
  } catch {
    return false
  }
}

export function clearDraft(sessionId: string, field: DraftField, ifText?: string) {
  try {
    if (ifText !== undefined && readDraft(sessionId, field)?.text !== ifText) return
    window.localStorage.removeItem(key(sessionId, field))
  } catch {
    // Nothing to clear.
  }
}
