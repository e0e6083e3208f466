import { describe, expect, it } from 'vitest'
import { OFFER_ID_SOURCES } from '../../../src/rules/offer-id-sources'
import { findOffer, OFFER_IDS } from '../../../src/rules/offers'

describe('offer ids are Partner Center’s, each with its source', () => {
  const entries = Object.entries(OFFER_IDS) as [keyof typeof OFFER_IDS, string][]

  it('every offer id has a recorded source; the unconfirmed ones say so', () => {
    for (const [key, id] of entries) {
      const { confirmed, source } = OFFER_ID_SOURCES[key]
      expect(source.length, key).toBeGreaterThan(20)
      if (confirmed) expect(id, key).not.toMatch(/^5A1C2D3E-/)
      else expect(source, key).toMatch(/^Not confirmed/)
    }
    expect(entries.filter(([key]) => !OFFER_ID_SOURCES[key].confirmed).map(([key]) => key)).toEqual([
      'appsForBusinessIndia',
      'businessBasicIndia',
      'businessStandardIndia',
    ])
  })

  it('the source’s product id is the offer’s SKU id (which ties an old offer name to today’s)', () => {
    for (const [key, id] of entries) {
      const product = OFFER_ID_SOURCES[key].source.match(/product ([0-9A-F]{8})…/)?.[1]
      if (!product) continue
      expect(findOffer(id)?.skuId.slice(0, 8).toUpperCase(), key).toBe(product)
    }
  })

  it('Office 365 E3 is the offer of Partner Center’s own upgrade example', () => {
    expect(findOffer('796b6b5f-613c-4e24-a17c-eba730d49c02')?.name).toBe('Office 365 E3')
  })
})
