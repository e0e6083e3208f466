import { describe, expect, it } from 'vitest'
import { fetchPrebuiltManyCustomers, mayLoadManyCustomers } from '../../../mocks/prebuilt'
import { findBuiltInScenario } from '../../../mocks/scenarios'
import { GENERATOR_VERSION, MANY_CUSTOMERS_NAME } from '../../../mocks/scenarios/generate'

const asDataUrl = (value: unknown) => `data:application/json,${encodeURIComponent(JSON.stringify(value))}`

describe('the prebuilt many-customers scenario', () => {
  it('is fetched only when that scenario is about to be loaded', () => {
    expect(mayLoadManyCustomers('many-customers', null)).toBe(true)
    expect(mayLoadManyCustomers(' many-customers ', null)).toBe(true)
    expect(mayLoadManyCustomers('default', '{"active":{"kind":"built-in","name":"many-customers"}}')).toBe(false)
    expect(mayLoadManyCustomers(null, '{"active":{"kind":"built-in","name":"many-customers"}}')).toBe(true)
    expect(mayLoadManyCustomers(null, '{"active":{"kind":"built-in","name":"default"}}')).toBe(false)
    expect(mayLoadManyCustomers(undefined, null)).toBe(false)
  })

  it('is ignored when missing or from another generator version (the scenario is generated then)', async () => {
    expect(await fetchPrebuiltManyCustomers(undefined)).toBe(false)
    expect(await fetchPrebuiltManyCustomers('data:application/json,not json')).toBe(false)
    const scenario = { name: MANY_CUSTOMERS_NAME, customers: [] }
    expect(await fetchPrebuiltManyCustomers(asDataUrl({ generatorVersion: GENERATOR_VERSION - 1, scenario }))).toBe(
      false,
    )
  })

  it('is what loading the scenario gives, instead of generating it', async () => {
    const scenario = { format: 1, name: MANY_CUSTOMERS_NAME, title: 'Prebuilt', customers: [] }
    expect(await fetchPrebuiltManyCustomers(asDataUrl({ generatorVersion: GENERATOR_VERSION, scenario }))).toBe(true)
    expect(findBuiltInScenario(MANY_CUSTOMERS_NAME)?.load()).toMatchObject({ title: 'Prebuilt', customers: [] })
  })
})
