// Brings an element to the top of the panel that scrolls it. Element.scrollIntoView would also
// scroll every ancestor, including the page around a full-height workspace, shifting its layout.
export function scrollIntoPanel(element: HTMLElement): void {
  let panel = element.parentElement
  while (panel && !/(auto|scroll)/.test(getComputedStyle(panel).overflowY)) {
    panel = panel.parentElement
  }
  // Stacked on a phone, the page itself scrolls, and scrolling it is what we want.
  if (!panel || panel === document.documentElement || panel === document.body) {
    element.scrollIntoView({ behavior: 'smooth', block: 'start' })
    return
  }
  const offset = element.getBoundingClientRect().top - panel.getBoundingClientRect().top
  panel.scrollTo({ top: panel.scrollTop + offset, behavior: 'smooth' })
}
