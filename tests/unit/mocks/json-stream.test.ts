import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  collectionJsonChunks,
  collectionJsonStream,
  isLargeCollection,
  STREAM_FIRST_ITEMS,
} from '../../../mocks/json-stream'

describe('a large collection as a stream', () => {
  it('is the very text JSON.stringify gives, whatever the items and envelope', () => {
    fc.assert(
      fc.property(fc.array(fc.jsonValue(), { maxLength: 2500 }), fc.jsonValue(), (items, links) => {
        const body = { totalCount: items.length, items, links, attributes: { objectType: 'Collection' } }
        expect([...collectionJsonChunks(body)].join('')).toBe(JSON.stringify(body))
      }),
      { numRuns: 30 },
    )
  })

  it('sends the first items in a short first chunk, then the rest in slices', async () => {
    const items = Array.from({ length: 2500 }, (_, i) => ({ id: String(i) }))
    const body = { totalCount: items.length, items }
    const chunks = [...collectionJsonChunks(body)]
    expect(chunks.length).toBeGreaterThan(2)
    expect(JSON.parse(`${chunks[0]}]}`)).toEqual({ totalCount: 2500, items: items.slice(0, STREAM_FIRST_ITEMS) })
    const text = await new Response(collectionJsonStream(body)).text()
    expect(JSON.parse(text)).toEqual(body)
  })

  it('streams only collections longer than one first chunk', () => {
    expect(isLargeCollection({ items: Array.from({ length: STREAM_FIRST_ITEMS + 1 }) })).toBe(true)
    expect(isLargeCollection({ items: Array.from({ length: STREAM_FIRST_ITEMS }) })).toBe(false)
    expect(isLargeCollection({ code: 500 })).toBe(false)
    expect(isLargeCollection(undefined)).toBe(false)
  })
})
