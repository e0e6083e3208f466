import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createCollectionScanner } from '../../../src/api/json-items'

/** Feeds `text` in the given pieces, taking elements after each, and returns what came out. */
function scanInPieces(pieces: readonly string[], takeAtMost = Number.POSITIVE_INFINITY) {
  const scanner = createCollectionScanner()
  const elements: unknown[] = []
  for (const piece of pieces) {
    scanner.push(piece)
    for (let batch = scanner.take(takeAtMost); batch.length > 0; batch = scanner.take(takeAtMost)) {
      elements.push(...batch.map((text) => JSON.parse(text)))
    }
  }
  return { elements, envelope: JSON.parse(scanner.envelope()) as unknown, totalCount: scanner.totalCount }
}

function split(text: string, cuts: readonly number[]): string[] {
  const points = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b)
  const pieces: string[] = []
  let from = 0
  for (const point of points) {
    pieces.push(text.slice(from, point))
    from = point
  }
  pieces.push(text.slice(from))
  return pieces
}

const collection = {
  totalCount: 4,
  items: [
    { id: 'a', name: 'Quote " and backslash \\ and ] and } and , inside', nested: { list: [1, [2, { x: '[' }]] } },
    { id: 'b', items: [{ id: 'not-top-level' }], emoji: '😀 Ő 中' },
    42,
    'a string element with \\" escaped quote',
  ],
  links: { self: { uri: '/customers/x/subscriptions', method: 'GET', headers: [] } },
  attributes: { objectType: 'Collection', note: '"items":[1]' },
}

describe('collection scanner', () => {
  it('hands out each element of the top-level items array and keeps the rest as the envelope', () => {
    const text = JSON.stringify(collection, null, 1)
    const { elements, envelope, totalCount } = scanInPieces([text])
    expect(elements).toEqual(collection.items)
    expect(envelope).toEqual({ ...collection, items: [] })
    expect(totalCount).toBe(4)
  })

  it('gives the same result however the text is cut into pieces, and however few elements are taken at a time', () => {
    const text = JSON.stringify(collection)
    fc.assert(
      fc.property(fc.array(fc.nat(), { maxLength: 12 }), fc.integer({ min: 1, max: 5 }), (cuts, atMost) => {
        const { elements, envelope, totalCount } = scanInPieces(split(text, cuts), atMost)
        expect(elements).toEqual(collection.items)
        expect(envelope).toEqual({ ...collection, items: [] })
        expect(totalCount).toBe(4)
      }),
    )
  })

  it('reads any JSON items, with items anywhere in the object', () => {
    fc.assert(
      fc.property(
        fc.array(fc.jsonValue()),
        fc.jsonValue(),
        fc.array(fc.nat(), { maxLength: 6 }),
        (items, extra, cuts) => {
          const text = JSON.stringify({ links: extra, items, totalCount: items.length })
          const { elements, envelope, totalCount } = scanInPieces(split(text, cuts))
          // JSON text has no -0; the scanner hands out the text, which parses as 0 either way.
          expect(elements).toEqual(JSON.parse(JSON.stringify(items)))
          expect(envelope).toEqual(JSON.parse(JSON.stringify({ links: extra, items: [], totalCount: items.length })))
          expect(totalCount).toBe(items.length)
        },
      ),
    )
  })

  it('hands out the first elements before the rest of the text has arrived', () => {
    const scanner = createCollectionScanner()
    scanner.push('{"totalCount":3,"items":[{"id":"1"},{"id":"2"},{"id"')
    expect(scanner.take(10)).toEqual(['{"id":"1"}', '{"id":"2"}'])
    expect(scanner.totalCount).toBe(3)
    scanner.push(':"3"}]}')
    expect(scanner.take(10)).toEqual(['{"id":"3"}'])
    expect(JSON.parse(scanner.envelope())).toEqual({ totalCount: 3, items: [] })
  })

  it('says so when the text ends inside the collection', () => {
    const scanner = createCollectionScanner()
    scanner.push('{"totalCount":3,"items":[{"id":"1"},{"id":"2"')
    expect(scanner.take(10)).toEqual(['{"id":"1"}'])
    expect(() => scanner.envelope()).toThrow(/ended early/)
  })
})
