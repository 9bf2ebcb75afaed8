// Loads the editor module (Monaco and our wrapper) once: a page may start the download early
// (the Start button, the workspace route) and the editor then takes the same promise.
import type * as EditorModule from './monaco.ts'

let loading: Promise<typeof EditorModule> | null = null

export function loadEditor(): Promise<typeof EditorModule> {
  loading ??= import('./monaco.ts').catch((err: unknown) => {
    // Forget a failed load, so that "Try again" really tries again.
    loading = null
    throw err
  })
  return loading
}

/** Starts the download without waiting for it; a failure shows later, where the editor loads. */
export function preloadEditor() {
  loadEditor().catch(() => undefined)
}
