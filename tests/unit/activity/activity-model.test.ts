import { describe, expect, it } from 'vitest'
import type { AuditRecord } from '../../../src/api/audit-records'
import { filterEntries, toCsv, toEntry } from '../../../src/features/activity/activity-model'

/** An audit record as the activity views read it (src/features/activity/activity-model.ts). */
function record(overrides: Partial<AuditRecord> = {}): AuditRecord {
  return {
    id: 'r1',
    customerId: 'c1',
    customerName: 'Contoso Ltd',
    userPrincipalName: 'rosa@partner.example',
    resourceType: 'subscription',
    resourceOldValue: JSON.stringify({
      id: 's1',
      friendlyName: 'Contoso – Basic',
      offerName: 'Basic',
      quantity: 25,
      status: 'active',
    }),
    resourceNewValue: JSON.stringify({
      id: 's1',
      friendlyName: 'Contoso – Basic',
      offerName: 'Basic',
      quantity: 30,
      status: 'active',
    }),
    operationType: 'update_subscription',
    operationStatus: 'succeeded',
    operationDate: '2026-11-30T10:00:00Z',
    originalCorrelationId: 'corr',
    customizedData: [{ key: 'RequestedQuantity', value: '30' }],
    ...overrides,
  }
}

describe('activity entries', () => {
  it('read the subscription before and after from the JSON text', () => {
    expect(toEntry(record())).toMatchObject({
      subscriptionId: 's1',
      before: { name: 'Contoso – Basic', quantity: 25, status: 'active' },
      after: { quantity: 30 },
      requestedQuantity: 30,
      correlationId: 'corr',
    })
  })

  it('a refused upgrade: what was asked and why; unreadable or empty values are left out', () => {
    const entry = toEntry(
      record({
        operationType: 'upgrade_subscription',
        operationStatus: 'failed',
        resourceNewValue: 'not json',
        customizedData: [
          { key: 'RequestedQuantity', value: '2' },
          { key: 'TargetOfferName', value: 'Office 365 E5' },
          { key: 'ErrorDescription', value: 'Access denied.' },
          { key: 'TargetSubscriptionId', value: null },
        ],
      }),
    )
    expect(entry).toMatchObject({ requestedQuantity: 2, requestedOffer: 'Office 365 E5', error: 'Access denied.' })
    expect(entry.after).toBeUndefined()
    expect(entry.newSubscriptionId).toBeUndefined()
  })

  it('filter by operation and user', () => {
    const entries = [toEntry(record()), toEntry(record({ id: 'r2', operationType: 'upgrade_subscription' }))]
    expect(filterEntries(entries, { operation: 'upgrade_subscription', user: '' }).map((e) => e.id)).toEqual(['r2'])
    expect(filterEntries(entries, { operation: '', user: 'someone@else' })).toEqual([])
  })
})

describe('CSV', () => {
  it('quotes commas, quotes and line breaks, and defuses what a spreadsheet would run as a formula', () => {
    const csv = toCsv(
      ['a', 'b'],
      [
        ['=HYPERLINK("x")', 'Fabrikam, Inc.'],
        ['+1', 'line\nbreak'],
        ['-2', '@me'],
      ],
    )
    expect(csv).toBe('a,b\r\n"\'=HYPERLINK(""x"")","Fabrikam, Inc."\r\n\'+1,"line\nbreak"\r\n\'-2,\'@me\r\n')
  })
})
