// Applies the theme the user chose before (if any) before the first paint, so there is no flash.
/* global window, document */
;(function () {
  try {
    var theme = window.localStorage.getItem('pairwise-theme')
    if (theme === 'light' || theme === 'dark') {
      document.documentElement.dataset.theme = theme
    }
  } catch {
    // Storage can be unavailable (private mode, blocked storage); the system theme applies then.
  }
})()
