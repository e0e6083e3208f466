import { queryOptions } from '@tanstack/react-query'
import * as z from 'zod/mini'
import { apiRequest } from './client'
import { queryKeys } from './query-keys'
import { attributes, collectionSchema } from './schemas'

/**
 * Partner Center's activity log: GET /auditrecords?startDate=&endDate=&filter= (DOMAIN.md
 * "Activity"). resourceOldValue and resourceNewValue are the resource as JSON text.
 */
export const auditRecordSchema = z.looseObject({
  id: z.string(),
  customerId: z.optional(z.nullable(z.string())),
  customerName: z.optional(z.nullable(z.string())),
  userPrincipalName: z.optional(z.nullable(z.string())),
  applicationId: z.optional(z.nullable(z.string())),
  resourceType: z.optional(z.nullable(z.string())),
  resourceOldValue: z.optional(z.nullable(z.string())),
  resourceNewValue: z.optional(z.nullable(z.string())),
  operationType: z.string(),
  operationStatus: z.string(),
  operationDate: z.string(),
  originalCorrelationId: z.optional(z.nullable(z.string())),
  customizedData: z.optional(z.nullable(z.array(z.looseObject({ key: z.string(), value: z.nullable(z.string()) })))),
  attributes: z.optional(attributes),
})
export type AuditRecord = z.infer<typeof auditRecordSchema>

const auditCollectionSchema = collectionSchema(auditRecordSchema)

export interface AuditQuery {
  /** ISO dates (YYYY-MM-DD); endDate counts the whole day. */
  readonly startDate: string
  readonly endDate: string
  /** Only this customer's records (Partner Center's CustomerId filter). */
  readonly customerId?: string
}

/** At most this many pages are read for one view (500 records each). */
export const MAX_AUDIT_PAGES = 20

/** Every record of the period (following links.next), newest first. */
export async function fetchAuditRecords(query: AuditQuery, signal?: AbortSignal): Promise<AuditRecord[]> {
  const params = new URLSearchParams({ startDate: query.startDate, endDate: query.endDate, size: '500' })
  if (query.customerId) {
    params.set('filter', JSON.stringify({ Field: 'CustomerId', Value: query.customerId, Operator: 'equals' }))
  }
  const records: AuditRecord[] = []
  let continuation: string | undefined
  for (let page = 0; page < MAX_AUDIT_PAGES; page++) {
    const { data } = await apiRequest({
      path: `/auditrecords?${params.toString()}`,
      schema: auditCollectionSchema,
      headers: continuation ? { 'MS-ContinuationToken': continuation } : undefined,
      signal,
    })
    records.push(...data.items)
    continuation = data.links?.next?.headers?.find((h) => h.key.toLowerCase() === 'ms-continuationtoken')?.value
    if (!continuation) break
  }
  return records.sort((a, b) => Date.parse(b.operationDate) - Date.parse(a.operationDate))
}

export const auditRecordsQueryOptions = (query: AuditQuery) =>
  queryOptions({
    queryKey: queryKeys.auditRecordsOf(query),
    queryFn: ({ signal }) => fetchAuditRecords(query, signal),
    // Any write (this tab's, a bulk run's, another tab's) adds records: read afresh on every view.
    staleTime: 0,
  })
