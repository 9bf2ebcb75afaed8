// Resolves the colour theme to a data-theme attribute on <html> before the first paint, so there is
// no flash and the dark tokens in src/styles/tokens.css need only that one selector. The theme is
// the user's saved choice, else the system's; it follows the system while no choice is saved, and a
// choice saved (or cleared) in another tab. src/hooks/use-theme.ts saves choices under the same key.
/* global window, document */
;(function () {
  var STORAGE_KEY = 'pairwise-theme'
  var darkQuery = window.matchMedia('(prefers-color-scheme: dark)')

  function savedChoice() {
    try {
      var theme = window.localStorage.getItem(STORAGE_KEY)
      return theme === 'light' || theme === 'dark' ? theme : null
    } catch {
      // Storage can be unavailable (private mode, blocked storage); the system theme applies then.
      return null
    }
  }

  function apply() {
    document.documentElement.dataset.theme = savedChoice() || (darkQuery.matches ? 'dark' : 'light')
  }

  apply()
  darkQuery.addEventListener('change', function () {
    if (!savedChoice()) apply()
  })
  window.addEventListener('storage', function (event) {
    if (event.key === STORAGE_KEY || event.key === null) apply()
  })
})()
