/** Focus `element` unless something still on the page holds focus (the tour's card, a dialog). */
export function focusIfLost(element: HTMLElement | null) {
  const active = document.activeElement
  if (!active || active === document.body || !active.isConnected) element?.focus()
}
