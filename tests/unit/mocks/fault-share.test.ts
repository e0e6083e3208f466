import { afterEach, describe, expect, it } from 'vitest'
import { clearFault, db, mockSettings, setFault } from '../../../mocks/handlers'
import { call, customerNamed, withMockServer } from './mock-api'

withMockServer()

afterEach(() => {
  mockSettings.random = undefined
})

function contosoPath() {
  return `/customers/${customerNamed(db, 'Contoso Ltd').id}/subscriptions`
}

describe('fault injection: a share of requests', () => {
  it('fails each request whose roll falls under the share, and answers the others', async () => {
    const rolls = [0.1, 0.5, 0.29, 0.3, 0.99]
    mockSettings.random = () => rolls.shift() ?? 0.99
    setFault({ kind: 'conflict', scope: 'share', percent: 30 })
    const statuses: number[] = []
    for (let i = 0; i < 5; i++) statuses.push((await call(contosoPath())).status)
    expect(statuses).toEqual([409, 200, 409, 200, 200])
    // The fault stays until cleared (unlike `next`).
    expect(mockSettings.fault).toEqual({ kind: 'conflict', scope: 'share', percent: 30 })
    clearFault()
    expect((await call(contosoPath())).status).toBe(200)
  })

  it('defaults to 25% and refuses a share outside 1..100', () => {
    setFault({ kind: 'server_error', scope: 'share' })
    expect(mockSettings.fault).toEqual({ kind: 'server_error', scope: 'share', percent: 25 })
    expect(() => setFault({ kind: 'server_error', scope: 'share', percent: 0 })).toThrow(TypeError)
    expect(() => setFault({ kind: 'server_error', scope: 'share', percent: 150 })).toThrow(TypeError)
  })

  it('roughly the share over many requests (seeded rolls)', async () => {
    let state = 7
    mockSettings.random = () => {
      state = (state * 1103515245 + 12345) % 2 ** 31
      return state / 2 ** 31
    }
    setFault({ kind: 'server_error', scope: 'share', percent: 50 })
    let failed = 0
    for (let i = 0; i < 200; i++) if ((await call(contosoPath())).status === 500) failed += 1
    expect(failed).toBeGreaterThan(70)
    expect(failed).toBeLessThan(130)
  })
})
