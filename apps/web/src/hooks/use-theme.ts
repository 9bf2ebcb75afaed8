// The colour theme: the system's by default, or the one the user picked, remembered in storage.
import { useCallback, useSyncExternalStore } from 'react'

export type Theme = 'light' | 'dark'

// public/theme-init.js reads the same key before first paint.
const STORAGE_KEY = 'pairwise-theme'
const darkQuery = () => window.matchMedia('(prefers-color-scheme: dark)')

function readChoice(): Theme | null {
  try {
    const saved = window.localStorage.getItem(STORAGE_KEY)
    return saved === 'light' || saved === 'dark' ? saved : null
  } catch {
    return null
  }
}

function currentTheme(): Theme {
  const chosen = document.documentElement.dataset.theme
  if (chosen === 'light' || chosen === 'dark') return chosen
  return darkQuery().matches ? 'dark' : 'light'
}

const listeners = new Set<() => void>()

function subscribe(listener: () => void) {
  listeners.add(listener)
  const query = darkQuery()
  query.addEventListener('change', listener)
  return () => {
    listeners.delete(listener)
    query.removeEventListener('change', listener)
  }
}

function applyTheme(theme: Theme) {
  document.documentElement.dataset.theme = theme
  try {
    window.localStorage.setItem(STORAGE_KEY, theme)
  } catch {
    // Without storage the choice lasts for this page only.
  }
  for (const listener of listeners) listener()
}

/** Keeps the root element in step with a saved choice made in another tab. */
export function syncThemeFromStorage() {
  window.addEventListener('storage', (event) => {
    if (event.key !== STORAGE_KEY) return
    const choice = readChoice()
    if (choice) document.documentElement.dataset.theme = choice
    else delete document.documentElement.dataset.theme
    for (const listener of listeners) listener()
  })
}

export function useTheme(): { theme: Theme; toggleTheme: () => void } {
  const theme = useSyncExternalStore(subscribe, currentTheme, () => 'light' as const)
  const toggleTheme = useCallback(
    () => applyTheme(currentTheme() === 'dark' ? 'light' : 'dark'),
    [],
  )
  return { theme, toggleTheme }
}
