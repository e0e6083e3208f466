import { describe, expect, it } from 'vitest'
import {
  formatPath,
  InvalidScenarioError,
  parseScenario,
  readScenarioText,
  type ScenarioCheck,
  scenarioText,
  validateScenario,
} from '../../../mocks/scenario'
import { OFFER_IDS } from '../../../src/rules/offers'

/** A small valid scenario in the file format: two customers, an add-on, other channel, users. */
const ids = {
  contoso: '11111111-1111-4111-8111-000000000001',
  contosoTenant: '11111111-1111-4111-8111-000000000002',
  fabrikam: '22222222-2222-4222-8222-000000000001',
  fabrikamTenant: '22222222-2222-4222-8222-000000000002',
  basic: 'aaaaaaaa-0000-4000-8000-000000000001',
  archiving: 'aaaaaaaa-0000-4000-8000-000000000002',
  apps: 'bbbbbbbb-0000-4000-8000-000000000001',
  megan: 'cccccccc-0000-4000-8000-000000000001',
  alex: 'cccccccc-0000-4000-8000-000000000002',
  noah: 'dddddddd-0000-4000-8000-000000000001',
}

// biome-ignore lint/suspicious/noExplicitAny: free-form JSON fixtures, edited per case
type Json = Record<string, any>

function sub(id: string, offerId: string, quantity: number, extra: Json = {}): Json {
  return {
    id,
    offerId,
    friendlyName: `Subscription ${id.slice(0, 4)}`,
    quantity,
    status: 'active',
    billingCycle: 'annual',
    termDuration: 'P1Y',
    creationDate: '2026-02-01T08:31:10Z',
    effectiveStartDate: '2026-02-01T00:00:00Z',
    commitmentEndDate: '2027-01-31T00:00:00Z',
    autoRenewEnabled: true,
    ...extra,
  }
}

function good(): Json {
  return {
    format: 1,
    name: 'small',
    title: 'Small',
    description: 'Two customers.',
    signedInUser: { displayName: 'Rosa Alvarez', role: 'admin_agent' },
    customers: [
      {
        id: ids.contoso,
        companyProfile: { tenantId: ids.contosoTenant, domain: 'contoso.com', companyName: 'Contoso Ltd' },
        relationshipToPartner: 'reseller',
        allowDelegatedAccess: true,
        subscriptions: [
          sub(ids.basic, OFFER_IDS.businessBasic, 2),
          sub(ids.archiving, OFFER_IDS.exchangeArchivingAddOn, 2, { parentSubscriptionId: ids.basic }),
        ],
        otherChannelSubscriptions: [{ offerId: OFFER_IDS.e3, quantity: 5, channel: 'Another CSP partner' }],
        users: [
          {
            id: ids.megan,
            displayName: 'Megan Bowen',
            userPrincipalName: 'megan@contoso.com',
            licenses: [ids.basic, ids.archiving],
            selfServiceLicenses: ['TEAMS_EXPLORATORY', 'POWER_BI_STANDARD'],
          },
          {
            id: ids.alex,
            displayName: 'Alex Wilber',
            userPrincipalName: 'alex@contoso.com',
            licenses: [ids.basic],
            selfServiceLicenses: [],
          },
        ],
      },
      {
        id: ids.fabrikam,
        companyProfile: { tenantId: ids.fabrikamTenant, domain: 'fabrikam.com', companyName: 'Fabrikam, Inc.' },
        relationshipToPartner: 'advisor',
        allowDelegatedAccess: false,
        subscriptions: [
          sub(ids.apps, OFFER_IDS.appsForBusiness, 300, { status: 'suspended', suspensionReasons: ['x'] }),
        ],
        otherChannelSubscriptions: [],
        users: [
          {
            id: ids.noah,
            displayName: 'Noah Kim',
            userPrincipalName: 'noah@fabrikam.com',
            licenses: [ids.apps],
            selfServiceLicenses: [],
          },
        ],
      },
    ],
  }
}

function edited(edit: (s: Json) => void): Json {
  const s = good()
  edit(s)
  return s
}

function problemsOf(check: ScenarioCheck): readonly string[] {
  return check.ok ? [] : check.problems
}

describe('validateScenario', () => {
  it('accepts a good file whole, as the Scenario', () => {
    const check = validateScenario(good())
    expect(check.ok).toBe(true)
    if (!check.ok) return
    expect(check.scenario).toEqual(good())
    // format is optional; an empty customer list is fine.
    expect(validateScenario(edited((s) => delete s.format)).ok).toBe(true)
    expect(validateScenario(edited((s) => (s.customers = []))).ok).toBe(true)
    // Dates may be plain dates or carry an offset; ids compare without case.
    const variants = edited((s) => {
      s.customers[0].subscriptions[0].effectiveStartDate = '2026-02-01'
      s.customers[0].subscriptions[0].creationDate = '2026-02-01T09:00:00.123+05:30'
      s.customers[0].users[1].licenses = [ids.basic.toUpperCase()]
    })
    expect(problemsOf(validateScenario(variants))).toEqual([])
  })

  it("accepts the SDKs' Subscription.isMicrosoftProduct, true as every catalog offer is Microsoft's", () => {
    expect(
      problemsOf(validateScenario(edited((s) => (s.customers[0].subscriptions[0].isMicrosoftProduct = true)))),
    ).toEqual([])
    expect(
      problemsOf(validateScenario(edited((s) => (s.customers[0].subscriptions[0].isMicrosoftProduct = false)))),
    ).toEqual([
      'customers[0].subscriptions[0].isMicrosoftProduct: every offer of this catalog is a Microsoft product, so this is true (or left out), not false',
    ])
  })

  it('formats paths as customers[2].subscriptions[0].offerId', () => {
    expect(formatPath(['customers', 2, 'subscriptions', 0, 'offerId'])).toBe('customers[2].subscriptions[0].offerId')
    expect(formatPath([])).toBe('scenario')
    expect(problemsOf(validateScenario(edited((s) => (s.customers[1].subscriptions[0].offerId = 'xyz'))))).toEqual([
      'customers[1].subscriptions[0].offerId: unknown offer "xyz"',
    ])
  })

  describe('reports each kind of problem with its path', () => {
    const cases: readonly [string, (s: Json) => void, readonly string[]][] = [
      [
        'not an object',
        (s) => Object.assign(s, { customers: 'none' }),
        ['customers: expected a list ([...]), not string "none"'],
      ],
      [
        'a missing field',
        (s) => delete s.customers[0].companyProfile.domain,
        ['customers[0].companyProfile.domain: missing'],
      ],
      ['an unknown field', (s) => (s.customers[0].companyname = 'x'), ['customers[0].companyname: unknown field']],
      ['a $schema field', (s) => (s.$schema = 'x'), ['$schema: unknown field']],
      ['another format', (s) => (s.format = 2), ['format: this app reads scenario format 1, not 2']],
      [
        'a name that cannot go in a URL',
        (s) => (s.name = 'My demo'),
        ['name: must be lower-case letters, digits and dashes (it is used in ?scenario=name), not "My demo"'],
      ],
      ['an empty title', (s) => (s.title = ''), ['title: must not be empty']],
      [
        'an unknown role',
        (s) => (s.signedInUser.role = 'boss'),
        [
          'signedInUser.role: unknown role "boss"; one of global_admin, user_management_admin, admin_agent, sales_agent, helpdesk_agent, billing_admin, account_admin, referrals_admin, mpn_partner_admin, executive_report_viewer',
        ],
      ],
      ['a non-GUID id', (s) => (s.customers[1].id = 'fabrikam'), ['customers[1].id: not a GUID: "fabrikam"']],
      [
        'a non-GUID tenant',
        (s) => (s.customers[1].companyProfile.tenantId = '42'),
        ['customers[1].companyProfile.tenantId: not a GUID: "42"'],
      ],
      [
        'a bad domain',
        (s) => (s.customers[0].companyProfile.domain = 'contoso'),
        ['customers[0].companyProfile.domain: not a domain name: "contoso"'],
      ],
      [
        'an unknown relationship',
        (s) => (s.customers[0].relationshipToPartner = 'friend'),
        ['customers[0].relationshipToPartner: must be one of "reseller", "advisor", "none", not "friend"'],
      ],
      [
        'a string for a boolean',
        (s) => (s.customers[0].allowDelegatedAccess = 'yes'),
        ['customers[0].allowDelegatedAccess: expected true or false, not string "yes"'],
      ],
      [
        'a bad date',
        (s) => (s.customers[0].subscriptions[0].creationDate = 'yesterday'),
        ['customers[0].subscriptions[0].creationDate: not an ISO 8601 date (e.g. 2026-02-01T00:00:00Z): "yesterday"'],
      ],
      [
        'an impossible date',
        (s) => (s.customers[0].subscriptions[0].creationDate = '2026-02-31T00:00:00Z'),
        [
          'customers[0].subscriptions[0].creationDate: not an ISO 8601 date (e.g. 2026-02-01T00:00:00Z): "2026-02-31T00:00:00Z"',
        ],
      ],
      [
        'a commitment that ends before it starts',
        (s) => (s.customers[0].subscriptions[0].commitmentEndDate = '2026-01-01T00:00:00Z'),
        [
          'customers[0].subscriptions[0].commitmentEndDate: "2026-01-01T00:00:00Z" is not after effectiveStartDate "2026-02-01T00:00:00Z"',
        ],
      ],
      [
        'an unknown status',
        (s) => (s.customers[0].subscriptions[0].status = 'frozen'),
        [
          'customers[0].subscriptions[0].status: must be one of "none", "active", "pending", "suspended", "deleted", "expired", "disabled", not "frozen"',
        ],
      ],
      [
        'a fractional quantity',
        (s) => (s.customers[0].subscriptions[0].quantity = 2.5),
        ['customers[0].subscriptions[0].quantity: expected a whole number, not 2.5'],
      ],
      [
        'a quantity above the offer maximum',
        (s) => (s.customers[1].subscriptions[0].quantity = 301),
        ['customers[1].subscriptions[0].quantity: 301 is above the maximum of 300 for Microsoft 365 Apps for business'],
      ],
      [
        'a quantity below the offer minimum',
        (s) => {
          s.customers[1].subscriptions[0].quantity = 0
          s.customers[1].users = []
        },
        ['customers[1].subscriptions[0].quantity: 0 is below the minimum of 1 for Microsoft 365 Apps for business'],
      ],
      [
        'an unknown other-channel offer',
        (s) => (s.customers[0].otherChannelSubscriptions[0].offerId = 'E3'),
        ['customers[0].otherChannelSubscriptions[0].offerId: unknown offer "E3"'],
      ],
      [
        'an other-channel quantity of 0',
        (s) => (s.customers[0].otherChannelSubscriptions[0].quantity = 0),
        ['customers[0].otherChannelSubscriptions[0].quantity: must be more than 0, not 0'],
      ],
      [
        'a duplicate subscription id',
        (s) => (s.customers[1].subscriptions[0].id = ids.basic.toUpperCase()),
        [
          `customers[1].subscriptions[0].id: duplicate subscription id "${ids.basic.toUpperCase()}", also at customers[0].subscriptions[0].id`,
          `customers[1].users[0].licenses[0]: no subscription "${ids.apps}"`,
        ],
      ],
      [
        'a duplicate customer, tenant and domain',
        (s) => {
          s.customers[1].id = ids.contoso
          s.customers[1].companyProfile.tenantId = ids.contosoTenant
          s.customers[1].companyProfile.domain = 'CONTOSO.com'
          s.customers[1].users[0].userPrincipalName = 'noah@contoso.com'
        },
        [
          'customers[1].companyProfile.domain: duplicate domain "CONTOSO.com", also at customers[0].companyProfile.domain',
          `customers[1].companyProfile.tenantId: duplicate tenantId "${ids.contosoTenant}", also at customers[0].companyProfile.tenantId`,
          `customers[1].id: duplicate customer id "${ids.contoso}", also at customers[0].id`,
        ],
      ],
      [
        'a duplicate user id',
        (s) => (s.customers[1].users[0].id = ids.megan),
        [`customers[1].users[0].id: duplicate user id "${ids.megan}", also at customers[0].users[0].id`],
      ],
      [
        'an add-on without its parent',
        (s) => delete s.customers[0].subscriptions[1].parentSubscriptionId,
        [
          'customers[0].subscriptions[1].parentSubscriptionId: missing: Exchange Online Archiving for Exchange Online is an add-on, so it needs the subscription it was bought for',
        ],
      ],
      [
        'an add-on of a missing parent',
        (s) => (s.customers[0].subscriptions[1].parentSubscriptionId = 'aaaaaaaa-0000-4000-8000-00000000ffff'),
        ['customers[0].subscriptions[1].parentSubscriptionId: no subscription "aaaaaaaa-0000-4000-8000-00000000ffff"'],
      ],
      [
        "an add-on of another customer's subscription",
        (s) => (s.customers[0].subscriptions[1].parentSubscriptionId = ids.apps),
        [
          `customers[0].subscriptions[1].parentSubscriptionId: subscription "${ids.apps}" belongs to customers[1] (Fabrikam, Inc.), not to this customer`,
        ],
      ],
      [
        'a parent on a subscription that is not an add-on',
        (s) => (s.customers[0].subscriptions[0].parentSubscriptionId = ids.archiving),
        [
          'customers[0].subscriptions[0].parentSubscriptionId: Microsoft 365 Business Basic is not an add-on, so it has no parent subscription',
        ],
      ],
      [
        'an add-on whose parent is an add-on',
        (s) => {
          s.customers[0].subscriptions.push(
            sub('aaaaaaaa-0000-4000-8000-000000000003', OFFER_IDS.audioConferencing, 1, {
              parentSubscriptionId: ids.archiving,
            }),
          )
        },
        [
          `customers[0].subscriptions[2].parentSubscriptionId: "${ids.archiving}" is itself an add-on (Exchange Online Archiving for Exchange Online)`,
        ],
      ],
      [
        "a license of another customer's subscription",
        (s) => s.customers[1].users[0].licenses.push(ids.basic),
        [
          `customers[1].users[0].licenses[1]: subscription "${ids.basic}" belongs to customers[0] (Contoso Ltd), not to this customer`,
        ],
      ],
      [
        'a license of a missing subscription',
        (s) => (s.customers[0].users[1].licenses = ['nope']),
        ['customers[0].users[1].licenses[0]: no subscription "nope"'],
      ],
      [
        'a license listed twice',
        (s) => s.customers[0].users[1].licenses.push(ids.basic),
        [`customers[0].users[1].licenses[1]: subscription "${ids.basic}" is listed twice`],
      ],
      [
        'more users than seats',
        (s) => (s.customers[0].subscriptions[0].quantity = 1),
        ['customers[0].subscriptions[0].quantity: 2 users hold a license of this subscription, more than its 1 seat'],
      ],
      [
        'an unknown self-service license',
        (s) => s.customers[0].users[1].selfServiceLicenses.push('FREE_LUNCH'),
        [
          'customers[0].users[1].selfServiceLicenses[0]: unknown self-service license "FREE_LUNCH"; one of TEAMS_EXPLORATORY, POWER_BI_STANDARD, O365_APPS_TRIAL, BOOKINGS_TRIAL, MCOEV_TRIAL',
        ],
      ],
      [
        'a user principal name on another domain',
        (s) => (s.customers[0].users[1].userPrincipalName = 'alex@fabrikam.com'),
        [`customers[0].users[1].userPrincipalName: "alex@fabrikam.com" is not on the customer's domain "contoso.com"`],
      ],
      [
        'a user principal name that is not one',
        (s) => (s.customers[0].users[1].userPrincipalName = 'Alex Wilber'),
        ['customers[0].users[1].userPrincipalName: not a user principal name (name@domain): "Alex Wilber"'],
      ],
    ]
    for (const [name, edit, expected] of cases) {
      it(name, () => {
        expect(problemsOf(validateScenario(edited(edit)))).toEqual(expected)
      })
    }
  })

  it('reports ALL problems of a file at once, shape and cross references together, ordered by path', () => {
    const broken = edited((s) => {
      delete s.title
      s.signedInUser.role = 'boss'
      s.customers[0].subscriptions[0].offerId = 'xyz'
      s.customers[0].users[0].selfServiceLicenses = ['NOPE']
      s.customers[1].id = 'not-a-guid'
      s.customers[1].subscriptions[0].quantity = 'many'
      s.customers[1].users[0].licenses = [ids.basic]
    })
    expect(problemsOf(validateScenario(broken))).toEqual([
      'customers[0].subscriptions[0].offerId: unknown offer "xyz"',
      'customers[0].users[0].selfServiceLicenses[0]: unknown self-service license "NOPE"; one of TEAMS_EXPLORATORY, POWER_BI_STANDARD, O365_APPS_TRIAL, BOOKINGS_TRIAL, MCOEV_TRIAL',
      'customers[1].id: not a GUID: "not-a-guid"',
      'customers[1].subscriptions[0].quantity: expected a number, not string "many"',
      `customers[1].users[0].licenses[0]: subscription "${ids.basic}" belongs to customers[0] (Contoso Ltd), not to this customer`,
      'signedInUser.role: unknown role "boss"; one of global_admin, user_management_admin, admin_agent, sales_agent, helpdesk_agent, billing_admin, account_admin, referrals_admin, mpn_partner_admin, executive_report_viewer',
      'title: missing',
    ])
  })

  it('allows more users than seats in an exported state (exportedFrom), where the rules can lead to it', () => {
    const overAssigned = edited((s) => (s.customers[0].subscriptions[0].quantity = 1))
    expect(validateScenario(overAssigned).ok).toBe(false)
    expect(validateScenario({ ...overAssigned, exportedFrom: 'small' }).ok).toBe(true)
  })

  it('never throws, whatever it is given', () => {
    const hostile = new Proxy(good(), {
      get() {
        throw new Error('trap')
      },
    })
    for (const input of [undefined, null, 42, 'text', [], [good()], hostile]) {
      expect(() => validateScenario(input)).not.toThrow()
      expect(validateScenario(input).ok).toBe(false)
    }
    expect(problemsOf(validateScenario([]))).toEqual(['scenario: expected an object ({...}), not a list'])
    expect(problemsOf(validateScenario({}))).toEqual([
      'customers: missing',
      'description: missing',
      'name: missing',
      'signedInUser: missing',
      'title: missing',
    ])
  })
})

describe('readScenarioText', () => {
  it('reads a file', () => {
    const check = readScenarioText(scenarioText(parseScenario(good())))
    expect(check.ok && check.scenario).toEqual(good())
    // A byte-order mark, as some editors save, is fine.
    expect(readScenarioText(`\uFEFF${JSON.stringify(good())}`).ok).toBe(true)
  })

  it('reports invalid JSON and empty files', () => {
    const broken = readScenarioText('{ "name": "x", }')
    expect(problemsOf(broken)).toHaveLength(1)
    expect(problemsOf(broken)[0]).toMatch(/^file: not valid JSON \(.+\)$/)
    expect(problemsOf(readScenarioText('   '))).toEqual(['file: empty; expected a scenario in JSON'])
  })

  it('writes the text with format first', () => {
    const { format: _, ...rest } = good()
    expect(scenarioText(parseScenario(rest)).startsWith('{\n  "format": 1,\n  "name": "small",')).toBe(true)
  })
})

describe('parseScenario', () => {
  it('throws InvalidScenarioError with every problem', () => {
    const broken = edited((s) => {
      s.customers[0].subscriptions[0].offerId = 'xyz'
      s.customers[1].id = 'x'
    })
    let thrown: unknown
    try {
      parseScenario(broken)
    } catch (error) {
      thrown = error
    }
    expect(thrown).toBeInstanceOf(InvalidScenarioError)
    expect((thrown as InvalidScenarioError).problems).toEqual([
      'customers[0].subscriptions[0].offerId: unknown offer "xyz"',
      'customers[1].id: not a GUID: "x"',
    ])
  })
})
