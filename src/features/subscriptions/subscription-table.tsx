import { useWindowVirtualizer } from '@tanstack/react-virtual'
import { memo, useCallback, useId, useLayoutEffect, useMemo, useRef, useState } from 'react'
import type { Subscription } from '../../api/subscription-schemas'
import { useI18n } from '../../i18n/i18n'
import type { SubscriptionEligibility } from '../../rules/eligibility'
import { quantityLimits } from '../../rules/quantity'
import { readSubscriptionStatus } from '../../rules/subscription-status'
import { StatusBadge } from '../../ui/status-badge'
import { BlockedReasonsPopover, type BlockedReasonsTarget, BlockedReasonsTrigger } from './blocked-reasons'
import { asksService, eligibleUpgrades, useServiceUpgrades } from './service-upgrades'
import type { SortKey, SubscriptionView } from './subscription-view'
import { UpgradeInfo } from './upgrade-info'

export interface RowActions {
  onUpgrade(subscription: Subscription): void
  onAddLicenses(subscription: Subscription): void
  /** Where focus goes back after a dialog opened from this row closes. */
  registerTrigger(subscriptionId: string, kind: 'upgrade' | 'licenses', element: HTMLElement | null): void
}

const COLUMNS: readonly { key: SortKey; label: 'name' | 'offer' | 'quantity' | 'status' | 'billing' | 'termEnd' }[] = [
  { key: 'name', label: 'name' },
  { key: 'offer', label: 'offer' },
  { key: 'quantity', label: 'quantity' },
  { key: 'status', label: 'status' },
  { key: 'billing', label: 'billing' },
  { key: 'termEnd', label: 'termEnd' },
]

// A row is about 72 px high in the table, and a card of about 260 px on a phone (styles.css).
// One query, read on each call (a property read: the virtualizer asks for every row).
const phone = globalThis.matchMedia?.('(max-width: 640px)')
const estimateRowSize = () => (phone?.matches ? 260 : 72)

/**
 * The list of subscriptions: name (with the info icon), offer, quantity, status, billing, term end.
 * Long lists are virtualized against the window's scroll: only the rows near the viewport are in
 * the DOM, and aria-rowcount / aria-rowindex tell assistive technology where each row stands.
 */
export function SubscriptionTable({
  customerId,
  rows,
  names,
  eligibility,
  canManage,
  actions,
  view,
  onSort,
}: {
  customerId: string
  rows: readonly Subscription[]
  /** Every subscription's name by id (add-ons name their parent even when it is filtered out). */
  names: ReadonlyMap<string, string>
  eligibility: ReadonlyMap<string, SubscriptionEligibility>
  canManage: boolean
  actions: RowActions
  view: SubscriptionView
  onSort: (key: SortKey) => void
}) {
  const i18n = useI18n()
  const body = useRef<HTMLTableSectionElement>(null)
  const [scrollMargin, setScrollMargin] = useState(0)
  useLayoutEffect(() => {
    const top = body.current?.getBoundingClientRect().top ?? 0
    setScrollMargin(top + window.scrollY)
  }, [])
  // The key function must keep its identity between renders: the virtualizer recomputes every
  // row's offset (10,000 of them, on each scroll frame) whenever it changes.
  const getItemKey = useCallback((index: number) => rows[index]?.id ?? index, [rows])
  // Rows are not measured one by one: with 10,000 rows, every measurement makes the virtualizer
  // recompute all offsets, which made scrolling stutter. Heights vary a little (names wrap), so
  // the estimate is generous and the overscan covers the difference. Six rows on each side (about
  // half a screen) are enough for that; every extra row in the DOM adds to the layout and paint of
  // each scroll frame (12 cost about 1 ms more per frame than 6, for no visible gain).
  const virtualizer = useWindowVirtualizer({
    count: rows.length,
    estimateSize: estimateRowSize,
    overscan: 6,
    scrollMargin,
    getItemKey,
  })
  const items = virtualizer.getVirtualItems()

  // One "Why no upgrade?" popover for the whole table, shown for the row whose button opened it.
  const popoverId = useId()
  const [why, setWhy] = useState<{ id: string; name: string; trigger: HTMLElement; open: boolean } | null>(null)
  const toggleWhy = useCallback(
    (id: string, name: string, trigger: HTMLElement) =>
      setWhy((current) =>
        current?.open && current.id === id ? { ...current, open: false } : { id, name, trigger, open: true },
      ),
    [],
  )
  const closeWhy = useCallback(() => setWhy((current) => (current?.open ? { ...current, open: false } : current)), [])
  // A row that leaves the DOM (scrolled away, filtered out, now upgradable) takes its button with it:
  // its popover closes, as it did when each row had its own.
  useLayoutEffect(() => {
    if (why?.open && !why.trigger.isConnected) closeWhy()
  })
  const whyEligibility = why ? eligibility.get(why.id) : undefined
  const whyTarget = useMemo<BlockedReasonsTarget | null>(
    () =>
      why && whyEligibility
        ? {
            customerId,
            subscriptionId: why.id,
            subscriptionName: why.name,
            eligibility: whyEligibility,
            trigger: why.trigger,
            open: why.open,
          }
        : null,
    [customerId, why, whyEligibility],
  )

  const columnCount = canManage ? 7 : 6
  const before = items.length > 0 ? (items[0]?.start ?? 0) - scrollMargin : 0
  const after = items.length > 0 ? virtualizer.getTotalSize() - ((items[items.length - 1]?.end ?? 0) - scrollMargin) : 0

  return (
    <div className="table-wrap">
      <table className="table table-stack subscriptions" aria-rowcount={rows.length + 1}>
        <caption className="visually-hidden">{i18n.t('subscriptions.caption')}</caption>
        <thead>
          <tr aria-rowindex={1}>
            {COLUMNS.map((column) => {
              const active = view.sort === column.key
              return (
                <th
                  key={column.key}
                  scope="col"
                  className={column.key === 'quantity' ? 'numeric' : undefined}
                  aria-sort={active ? (view.dir === 'asc' ? 'ascending' : 'descending') : undefined}
                >
                  <button type="button" className="sort-button" onClick={() => onSort(column.key)}>
                    {i18n.t(`subscriptions.col.${column.label}`)}
                    <span aria-hidden="true" className="sort-mark">
                      {active ? (view.dir === 'asc' ? '▲' : '▼') : ''}
                    </span>
                  </button>
                </th>
              )
            })}
            {canManage ? <th scope="col">{i18n.t('subscriptions.col.actions')}</th> : null}
          </tr>
        </thead>
        <tbody ref={body}>
          {before > 0 ? (
            // biome-ignore lint/a11y/noAriaHiddenOnFocusable: a spacer row holds no content and nothing focusable
            <tr aria-hidden="true" className="spacer">
              <td colSpan={columnCount} style={{ height: before }} />
            </tr>
          ) : null}
          {items.map((item) => {
            const subscription = rows[item.index]
            if (!subscription) return null
            return (
              <SubscriptionRow
                key={item.key}
                customerId={customerId}
                index={item.index}
                subscription={subscription}
                parentName={
                  subscription.parentSubscriptionId
                    ? (names.get(subscription.parentSubscriptionId) ?? subscription.parentSubscriptionId)
                    : undefined
                }
                eligibility={eligibility.get(subscription.id)}
                canManage={canManage}
                actions={actions}
                whyOpen={why?.open === true && why.id === subscription.id}
                popoverId={popoverId}
                onWhy={toggleWhy}
              />
            )
          })}
          {after > 0 ? (
            // biome-ignore lint/a11y/noAriaHiddenOnFocusable: a spacer row holds no content and nothing focusable
            <tr aria-hidden="true" className="spacer">
              <td colSpan={columnCount} style={{ height: after }} />
            </tr>
          ) : null}
        </tbody>
      </table>
      <BlockedReasonsPopover id={popoverId} target={whyTarget} onClose={closeWhy} />
    </div>
  )
}

/** A name without its last word, and that word: the info icon is glued to the latter. */
function nameHead(name: string): string {
  const at = name.lastIndexOf(' ')
  return at < 0 ? '' : name.slice(0, at + 1)
}

function nameTail(name: string): string {
  const at = name.lastIndexOf(' ')
  return at < 0 ? name : name.slice(at + 1)
}

const SubscriptionRow = memo(function SubscriptionRow({
  customerId,
  index,
  subscription,
  parentName,
  eligibility,
  canManage,
  actions,
  whyOpen,
  popoverId,
  onWhy,
}: {
  customerId: string
  index: number
  subscription: Subscription
  parentName: string | undefined
  eligibility: SubscriptionEligibility | undefined
  canManage: boolean
  actions: RowActions
  /** The table's "Why no upgrade?" popover shows this row's reasons. */
  whyOpen: boolean
  popoverId: string
  onWhy: (id: string, name: string, trigger: HTMLElement) => void
}) {
  const i18n = useI18n()
  const name = subscription.friendlyName || subscription.offerName
  // An offer the catalog does not know: the service's answer decides (see service-upgrades.ts).
  const askService = canManage && asksService(eligibility, subscription.status)
  const service = useServiceUpgrades(customerId, subscription.id, askService)
  const serviceEligible = askService ? eligibleUpgrades(service.data).length : 0
  const canUpgrade = eligibility?.canUpgrade === true || serviceEligible > 0
  const eligibleCount = askService ? serviceEligible : (eligibility?.targets.filter((t) => t.isEligible).length ?? 0)
  const limits = quantityLimits(subscription.offerId)
  const status = readSubscriptionStatus(subscription.status)
  const canAdd = canManage && status === 'active' && limits !== undefined && subscription.quantity < limits.maximum
  return (
    <tr aria-rowindex={index + 2} data-status={status}>
      <th scope="row" className="cell-name">
        {canManage && canUpgrade ? (
          // The icon stays on the line of the name's last word, however the name wraps.
          <span className="subscription-name">
            {nameHead(name)}
            <span className="nowrap">
              {nameTail(name)}
              <UpgradeInfo
                subscriptionName={name}
                eligibleCount={eligibleCount}
                onUpgrade={() => actions.onUpgrade(subscription)}
                triggerRef={(el) => actions.registerTrigger(subscription.id, 'upgrade', el)}
              />
            </span>
          </span>
        ) : (
          <span className="subscription-name">{name}</span>
        )}
        {parentName ? (
          <span className="secondary">{i18n.rich('subscriptions.addOnOf', { parent: parentName })}</span>
        ) : null}
      </th>
      <td className="cell-wrap" data-label={i18n.t('subscriptions.col.offer')}>
        {subscription.offerName}
      </td>
      <td className="numeric" data-label={i18n.t('subscriptions.col.quantity')}>
        {i18n.formatNumber(subscription.quantity)}
      </td>
      <td data-label={i18n.t('subscriptions.col.status')}>
        <StatusBadge status={subscription.status} />
        {subscription.suspensionReasons?.length ? (
          <span className="secondary">
            {subscription.suspensionReasons
              .map((reason) => i18n.t('subscriptions.suspensionReason', { reason }))
              .join(', ')}
          </span>
        ) : null}
      </td>
      <td className="cell-billing" data-label={i18n.t('subscriptions.col.billing')}>
        {i18n.t('billing.cycle', { cycle: subscription.billingCycle ?? 'unknown' })}
        <span className="secondary">{i18n.t('billing.term', { term: subscription.termDuration ?? 'unknown' })}</span>
      </td>
      <td className="cell-date" data-label={i18n.t('subscriptions.col.termEnd')}>
        {i18n.formatDate(subscription.commitmentEndDate)}
      </td>
      {canManage ? (
        <td className="cell-actions" data-label={i18n.t('subscriptions.col.actions')}>
          <div className="row-actions">
            {canAdd ? (
              <button
                type="button"
                className="button button-small"
                ref={(el) => actions.registerTrigger(subscription.id, 'licenses', el)}
                aria-label={i18n.t('licenses.open.label', { name })}
                onClick={() => actions.onAddLicenses(subscription)}
              >
                {i18n.t('licenses.open')}
              </button>
            ) : null}
            {eligibility && !canUpgrade && !(askService && service.isPending) ? (
              <BlockedReasonsTrigger
                subscriptionName={name}
                open={whyOpen}
                popoverId={popoverId}
                onToggle={(trigger) => onWhy(subscription.id, name, trigger)}
              />
            ) : null}
          </div>
        </td>
      ) : null}
    </tr>
  )
})
