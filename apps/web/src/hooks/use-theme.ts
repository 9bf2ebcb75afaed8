// The colour theme: the system's by default, or the one the user picked, remembered in storage.
// public/theme-init.js resolves it to the root's data-theme attribute before first paint and keeps
// it in step with the system and other tabs; this hook reads that attribute and saves a new choice.
import { useCallback, useSyncExternalStore } from 'react'

export type Theme = 'light' | 'dark'

// public/theme-init.js reads the same key.
const STORAGE_KEY = 'pairwise-theme'

function currentTheme(): Theme {
  return document.documentElement.dataset.theme === 'dark' ? 'dark' : 'light'
}

function subscribe(listener: () => void) {
  const observer = new MutationObserver(listener)
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] })
  return () => observer.disconnect()
}

function applyTheme(theme: Theme) {
  document.documentElement.dataset.theme = theme
  try {
    window.localStorage.setItem(STORAGE_KEY, theme)
  } catch {
    // Without storage the choice lasts for this page only.
  }
}

export function useTheme(): { theme: Theme; toggleTheme: () => void } {
  const theme = useSyncExternalStore(subscribe, currentTheme, () => 'light' as const)
  const toggleTheme = useCallback(
    () => applyTheme(currentTheme() === 'dark' ? 'light' : 'dark'),
    [],
  )
  return { theme, toggleTheme }
}
