// Binds an Autosaver to a component: one per session and field, active while mounted.
import { useEffect, useState, useSyncExternalStore } from 'react'
import { Autosaver } from '../lib/autosaver.ts'
import type { AutosaverOptions, AutosaverSnapshot } from '../lib/autosaver.ts'

export function useAutosave(options: AutosaverOptions): {
  saver: Autosaver
  snapshot: AutosaverSnapshot
} {
  // The options of the first render are the ones that count: the workspace remounts per session.
  const [saver] = useState(() => new Autosaver(options))
  useEffect(() => {
    saver.activate()
    return () => saver.dispose()
  }, [saver])
  const snapshot = useSyncExternalStore(saver.subscribe, saver.getSnapshot)
  return { saver, snapshot }
}
