// Starts downloading the workspace (its page and the editor) as soon as a session is about to
// open, so the download runs beside the request that creates the session instead of after it.
import { preloadEditor } from '../components/editor/load-editor.ts'

let pageRequested = false

export function preloadWorkspace() {
  if (!pageRequested) {
    pageRequested = true
    // The same module the router loads lazily: the browser fetches its chunk once.
    import('../pages/WorkspacePage.tsx').catch(() => {
      pageRequested = false
    })
  }
  preloadEditor()
}
