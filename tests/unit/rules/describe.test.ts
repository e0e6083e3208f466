import { describe, expect, it } from 'vitest'
import { describeProblem, problemDetails, toUpgradeError } from '../../../src/rules/describe'
import { problemCode, type UpgradeProblem } from '../../../src/rules/upgrade-problems'
import { N, offerId } from './fixtures'

/** One example of every problem kind, with the code DOMAIN.md gives for it. */
const EXAMPLES: readonly (readonly [UpgradeProblem, number])[] = [
  [{ kind: 'delegated_admin_permissions_disabled' }, 1],
  [{ kind: 'subscription_status_not_active', status: 'suspended' }, 2],
  [{ kind: 'subscription_status_not_active', status: 'deleted' }, 2],
  [
    {
      kind: 'conflicting_service_types',
      services: ['exchange', 'teams'],
      heldBy: [{ offerId: offerId(N.exchangePlan1), channel: 'partner' }],
    },
    3,
  ],
  [{ kind: 'concurrency_conflicts', channel: 'partner' }, 4],
  [{ kind: 'concurrency_conflicts', channel: 'other' }, 4],
  [{ kind: 'subscription_add_ons_present', addOnOfferIds: [offerId(N.audioConferencing)] }, 6],
  [{ kind: 'subscription_does_not_have_any_upgrade_paths' }, 7],
  [{ kind: 'subscription_target_offer_not_found', targetOfferId: 'SOME-ID' }, 8],
  [{ kind: 'subscription_not_provisioned' }, 9],
]

describe('describeProblem / toUpgradeError', () => {
  it.each(EXAMPLES)('%o -> code %i with English text', (problem, code) => {
    expect(problemCode(problem)).toBe(code)
    const error = toUpgradeError(problem)
    expect(error.code).toBe(code)
    expect(error.description).toBe(describeProblem(problem))
    expect(error.description.length).toBeGreaterThan(10)
    expect(error.description).toMatch(/^[A-Z][\s\S]*\.$/)
    expect(error.description).not.toMatch(/undefined|\[object/)
    expect(error.additionalDetails).toBe(problemDetails(problem))
  })

  it('covers every problem kind', () => {
    expect(new Set(EXAMPLES.map(([p]) => p.kind)).size).toBe(8)
  })

  it('the status text names the status', () => {
    expect(describeProblem({ kind: 'subscription_status_not_active', status: 'suspended' })).toContain('suspended')
    expect(toUpgradeError({ kind: 'subscription_status_not_active', status: 'deleted' }).additionalDetails).toBe(
      'deleted',
    )
  })

  it('a conflict names the offer holding the services, the channel and the services', () => {
    const text = describeProblem({
      kind: 'conflicting_service_types',
      services: ['exchange'],
      heldBy: [{ offerId: offerId(N.exchangePlan1), channel: 'other' }],
    })
    expect(text).toContain('Exchange Online (Plan 1)')
    expect(text).toContain('another partner or channel')
    expect(text).toContain('Exchange Online')
    expect(
      problemDetails({
        kind: 'conflicting_service_types',
        services: ['exchange', 'teams'],
        heldBy: [],
      }),
    ).toBe('exchange,teams')
  })

  it('a target held through another channel says it must be cancelled first', () => {
    const other = describeProblem({ kind: 'concurrency_conflicts', channel: 'other' })
    expect(other).toMatch(/another partner or channel/)
    expect(other).toMatch(/cancel/)
    expect(describeProblem({ kind: 'concurrency_conflicts', channel: 'partner' })).not.toMatch(/cancel/)
    expect(toUpgradeError({ kind: 'concurrency_conflicts', channel: 'other' }).additionalDetails).toBe('other')
  })

  it('add-ons are named', () => {
    expect(
      describeProblem({ kind: 'subscription_add_ons_present', addOnOfferIds: [offerId(N.audioConferencing)] }),
    ).toContain('Microsoft Teams Audio Conferencing')
  })

  it('an unknown target is named by its id', () => {
    const error = toUpgradeError({ kind: 'subscription_target_offer_not_found', targetOfferId: 'ABC-123' })
    expect(error.description).toContain('ABC-123')
    expect(error.additionalDetails).toBe('ABC-123')
  })
})
