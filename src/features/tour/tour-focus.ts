/**
 * When a new card takes focus: always after an action on the card (Show me, Next, Resume); after
 * the viewer did a step, unless they are still working on its element (keyboard focus on the info
 * icon, on an offer); after they undid a step, only if focus is nowhere in particular.
 */
export type FocusPolicy =
  | { readonly kind: 'take' }
  | { readonly kind: 'unlessBusy'; readonly busyIn: HTMLElement | null }
  | { readonly kind: 'ifIdle' }

export function takesFocus(policy: FocusPolicy): boolean {
  const active = document.activeElement
  const idle = !active || active === document.body
  switch (policy.kind) {
    case 'take':
      return true
    case 'unlessBusy':
      return idle || !policy.busyIn?.contains(active)
    case 'ifIdle':
      return idle
  }
}
