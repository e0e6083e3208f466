import { afterEach, describe, expect, it, vi } from 'vitest'
import * as z from 'zod/mini'
import { holdRequestsUntil } from '../../../src/api/client'
import { apiCollectionStream } from '../../../src/api/collection-stream'
import { isApiError } from '../../../src/api/errors'

/** A collection answer whose connection breaks after its first `sent` items. */
function brokenAnswer(sent: number): Response {
  const items = Array.from({ length: sent }, (_, i) => JSON.stringify({ id: String(i) }))
  const encoder = new TextEncoder()
  let first = true
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (first) {
        first = false
        controller.enqueue(encoder.encode(`{"totalCount":${sent * 2},"items":[${items.join(',')},`))
      } else controller.error(new TypeError('network error'))
    },
  })
  return new Response(body, { headers: { 'Content-Type': 'application/json', 'MS-CorrelationId': 'corr-1' } })
}

afterEach(() => holdRequestsUntil(undefined))

describe('a collection read as it arrives', () => {
  it('hands out the first items, then fails as a lost connection, with the ids, when the answer breaks off', async () => {
    vi.spyOn(globalThis, 'fetch').mockResolvedValue(brokenAnswer(150))
    const batches = apiCollectionStream({
      path: '/customers/x/subscriptions',
      itemSchema: z.object({ id: z.string() }),
    })
    const first = await batches.next()
    expect(first.value).toMatchObject({ totalCount: 300, done: false })
    expect(first.value?.items).toHaveLength(100)
    const failure = await (async () => {
      try {
        for (;;) if ((await batches.next()).done) return undefined
      } catch (error) {
        return error
      }
    })()
    expect(isApiError(failure) && failure.kind).toBe('network')
    expect(isApiError(failure) && failure.details.correlationId).toBe('corr-1')
    expect(isApiError(failure) && failure.details.requestId).toMatch(/^[0-9a-f-]{36}$/)
  })
})
