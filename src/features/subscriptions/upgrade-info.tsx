import * as Tooltip from '@radix-ui/react-tooltip'
import { useState } from 'react'
import { useI18n } from '../../i18n/i18n'
import { InfoIcon } from '../../ui/icons'

/**
 * Step 2 of the article: "you'll see an information icon right after the subscription's name.
 * Hover over the icon, then select Upgrade now." Mouse users get exactly that. The icon is also a
 * real button: keyboard and screen-reader users focus it (the tooltip then tells them what Enter
 * does) and press it to open the same upgrade dialog. The tooltip never takes focus.
 */
export function UpgradeInfo({
  subscriptionName,
  eligibleCount,
  onUpgrade,
  triggerRef,
}: {
  subscriptionName: string
  eligibleCount: number
  onUpgrade: () => void
  triggerRef?: React.Ref<HTMLButtonElement>
}) {
  const i18n = useI18n()
  // Controlled, so that choosing Upgrade now closes the tooltip at once: left to itself it stays
  // drawn over the dialog until the pointer moves.
  const [open, setOpen] = useState(false)
  const upgrade = () => {
    setOpen(false)
    onUpgrade()
  }
  return (
    <Tooltip.Root open={open} onOpenChange={setOpen}>
      <Tooltip.Trigger asChild>
        <button
          ref={triggerRef}
          type="button"
          className="info-button"
          aria-label={i18n.t('upgrade.info.label', { name: subscriptionName })}
          onClick={upgrade}
        >
          <InfoIcon />
        </button>
      </Tooltip.Trigger>
      <Tooltip.Portal>
        <Tooltip.Content
          className="tooltip"
          side="right"
          align="center"
          sideOffset={6}
          aria-label={i18n.t('upgrade.info.tooltipLabel', { count: eligibleCount })}
        >
          <p className="tooltip-text">{i18n.t('upgrade.info.tooltip', { count: eligibleCount })}</p>
          <button type="button" className="button button-primary button-small" tabIndex={-1} onClick={upgrade}>
            {i18n.t('upgrade.now')}
          </button>
          <Tooltip.Arrow className="tooltip-arrow" />
        </Tooltip.Content>
      </Tooltip.Portal>
    </Tooltip.Root>
  )
}
