import { useId, useLayoutEffect } from 'react'
import type { Subscription } from '../../api/subscription-schemas'
import { useI18n } from '../../i18n/i18n'
import type { SubscriptionEligibility } from '../../rules/eligibility'
import { Table, VirtualRows } from '../../ui/table'
import { BlockedReasonsPopover } from './blocked-reasons'
import { asksService, useServiceAnswers } from './service-upgrades'
import { SubscriptionHead } from './subscription-head'
import { type RowActions, type RowLabels, SubscriptionRow, useRowLabels } from './subscription-row'
import type { SortKey, SubscriptionView } from './subscription-view'
import { useBlockedReasons } from './use-blocked-reasons'
import { useVirtualRows } from './use-virtual-rows'

/** The subscriptions a table shows, and what the agent may do with them. */
interface SubscriptionList {
  customerId: string
  rows: readonly Subscription[]
  /** Every subscription's name by id (add-ons name their parent even when it is filtered out). */
  names: ReadonlyMap<string, string>
  eligibility: ReadonlyMap<string, SubscriptionEligibility>
  canManage: boolean
  actions: RowActions
}

/**
 * The list of subscriptions: name (with the info icon), offer, quantity, status, billing, term end.
 * Long lists are virtualized against the window's scroll: only the rows near the viewport are in
 * the DOM, and aria-rowcount / aria-rowindex tell assistive technology where each row stands.
 */
export function SubscriptionTable({
  view,
  onSort,
  ...list
}: SubscriptionList & { view: SubscriptionView; onSort: (key: SortKey) => void }) {
  const i18n = useI18n()
  const labels = useRowLabels()
  // One "Why no upgrade?" popover for the whole table, shown for the row whose button opened it.
  const popoverId = useId()
  const why = useBlockedReasons(list.customerId, list.eligibility)
  return (
    <>
      <Table stack className="subscriptions" aria-rowcount={list.rows.length + 1}>
        <caption className="visually-hidden">{i18n.t('subscriptions.caption')}</caption>
        <SubscriptionHead view={view} canManage={list.canManage} onSort={onSort} />
        <SubscriptionRows
          {...list}
          labels={labels}
          whyOpenFor={why.openFor}
          popoverId={popoverId}
          onWhy={why.toggle}
          afterRender={why.closeIfGone}
        />
      </Table>
      <BlockedReasonsPopover id={popoverId} target={why.target} onClose={why.close} />
    </>
  )
}

/**
 * The rows near the viewport. The virtualizer's state lives here, the smallest component that needs
 * it: each scroll frame renders this list (and the rows that came into view), not the table's
 * caption, headers and popover.
 */
function SubscriptionRows({
  customerId,
  rows,
  names,
  eligibility,
  canManage,
  actions,
  labels,
  whyOpenFor,
  popoverId,
  onWhy,
  afterRender,
}: SubscriptionList & {
  labels: RowLabels
  whyOpenFor: string | undefined
  popoverId: string
  onWhy: (id: string, name: string, trigger: HTMLElement) => void
  /** After each render, rows in view or not (the "Why no upgrade?" popover closes with its row). */
  afterRender: () => void
}) {
  useLayoutEffect(() => afterRender())
  const { body, items, before, after } = useVirtualRows(rows)
  // Only the rows in view ask the service about an offer the catalog does not know.
  const asking: string[] = []
  if (canManage) {
    for (const item of items) {
      const subscription = rows[item.index]
      if (subscription && asksService(eligibility.get(subscription.id), subscription.status))
        asking.push(subscription.id)
    }
  }
  const answers = useServiceAnswers(customerId, asking)
  return (
    <tbody ref={body}>
      <VirtualRows before={before} after={after} columns={canManage ? 7 : 6}>
        {items.map((item) => {
          const subscription = rows[item.index]
          if (!subscription) return null
          const parentId = subscription.parentSubscriptionId
          const answer = answers.get(subscription.id)
          return (
            <SubscriptionRow
              key={item.key}
              index={item.index}
              subscription={subscription}
              parentName={parentId ? (names.get(parentId) ?? parentId) : undefined}
              eligibility={eligibility.get(subscription.id)}
              canManage={canManage}
              actions={actions}
              labels={labels}
              whyOpen={whyOpenFor === subscription.id}
              popoverId={popoverId}
              onWhy={onWhy}
              servicePending={answer?.pending}
              serviceEligible={answer?.eligible}
            />
          )
        })}
      </VirtualRows>
    </tbody>
  )
}
