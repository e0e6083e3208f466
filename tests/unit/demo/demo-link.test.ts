import { describe, expect, it } from 'vitest'
import type { DemoControls, DemoState } from '../../../src/contract/demo-controls'
import { applyDemoLink, buildDemoLink, parseDemoLink } from '../../../src/features/demo/demo-link'
import { mayBeDemoLink } from '../../../src/features/demo/demo-link-params'
import type { PartnerRole } from '../../../src/rules/roles'

const ORIGIN = 'https://demo.example/console/'

describe('parseDemoLink', () => {
  it('reads every parameter from the hash’s query and keeps the page and its view', () => {
    const link = parseDemoLink(
      `${ORIGIN}#/customers/42?status=active&scenario=edge-cases&role=helpdesk_agent&lang=zh-CN&latency=slow&tour=1&sort=name`,
    )
    expect(link).toEqual({
      scenario: 'edge-cases',
      role: 'helpdesk_agent',
      lang: 'zh-CN',
      latency: 'slow',
      tour: true,
      problems: [],
      cleaned: '/console/#/customers/42?status=active&sort=name',
    })
  })

  it('reads them from the real query string too, and drops it from the address', () => {
    const link = parseDemoLink(`${ORIGIN}?scenario=default&lang=sv-se#/help`)
    expect(link.scenario).toBe('default')
    expect(link.lang).toBe('sv-SE')
    expect(link.tour).toBe(false)
    expect(link.cleaned).toBe('/console/#/help')
  })

  it('takes a language alone for its locale', () => {
    expect(parseDemoLink(`${ORIGIN}#/?lang=zh`).lang).toBe('zh-CN')
    expect(parseDemoLink(`${ORIGIN}#/?lang=TR`).lang).toBe('tr-TR')
    expect(parseDemoLink(`${ORIGIN}#/?lang=xx`).problems).toHaveLength(1)
  })

  it('reports each unknown value with the known ones, and applies none of them', () => {
    const link = parseDemoLink(`${ORIGIN}#/?role=wizard&lang=xx-YY&latency=fast&tour=maybe`)
    expect(link.role).toBeUndefined()
    expect(link.lang).toBeUndefined()
    expect(link.latency).toBeUndefined()
    expect(link.tour).toBe(false)
    expect(link.problems).toEqual([
      { kind: 'value', param: 'role', value: 'wizard', known: expect.arrayContaining(['admin_agent']) },
      { kind: 'value', param: 'lang', value: 'xx-YY', known: expect.arrayContaining(['zh-CN', 'en-US']) },
      { kind: 'value', param: 'latency', value: 'fast', known: ['none', 'realistic', 'slow'] },
      { kind: 'value', param: 'tour', value: 'maybe', known: ['1', '0'] },
    ])
    expect(link.cleaned).toBe('/console/#/')
  })

  it('reports an unknown parameter in the real query string; the hash’s other names are the page’s view', () => {
    const link = parseDemoLink(`${ORIGIN}?senario=edge-cases#/customers/1?status=active`)
    expect(link.problems).toEqual([{ kind: 'param', param: 'senario' }])
    expect(link.scenario).toBeUndefined()
    expect(link.cleaned).toBe('/console/#/customers/1?status=active')
  })

  it('reports a problem once, however often the address repeats it', () => {
    expect(parseDemoLink(`${ORIGIN}?role=x&x=1&x=2#/?role=x`).problems).toEqual([
      { kind: 'param', param: 'x' },
      { kind: 'value', param: 'role', value: 'x', known: expect.any(Array) },
    ])
  })

  it('lets the hash win over the query string when a parameter is given twice', () => {
    expect(parseDemoLink(`${ORIGIN}?role=sales_agent#/?role=admin_agent`).role).toBe('admin_agent')
  })
})

describe('buildDemoLink', () => {
  it('writes the current page, its view and the settings, and reads back the same demo', () => {
    const href = buildDemoLink(`${ORIGIN}#/customers/42?status=active&role=sales_agent`, {
      scenario: 'edge-cases',
      role: 'helpdesk_agent',
      lang: 'hu-HU',
      latency: 'none',
    })
    expect(href).toBe(
      `${ORIGIN}#/customers/42?status=active&scenario=edge-cases&role=helpdesk_agent&lang=hu-HU&latency=none`,
    )
    expect(parseDemoLink(href)).toMatchObject({
      scenario: 'edge-cases',
      role: 'helpdesk_agent',
      lang: 'hu-HU',
      latency: 'none',
      tour: false,
      problems: [],
      cleaned: '/console/#/customers/42?status=active',
    })
  })

  it('links the customer list when the address has no page', () => {
    const href = buildDemoLink(ORIGIN, {
      scenario: 'default',
      role: 'admin_agent',
      lang: 'en-US',
      latency: 'realistic',
    })
    expect(href).toBe(`${ORIGIN}#/?scenario=default&role=admin_agent&lang=en-US&latency=realistic`)
  })
})

describe('mayBeDemoLink', () => {
  it('is true for any real query string and for a demo parameter in the hash only', () => {
    expect(mayBeDemoLink({ search: '', hash: '#/customers/1?status=active' })).toBe(false)
    expect(mayBeDemoLink({ search: '', hash: '' })).toBe(false)
    expect(mayBeDemoLink({ search: '?x=1', hash: '' })).toBe(true)
    expect(mayBeDemoLink({ search: '', hash: '#/?status=active&lang=zh-CN' })).toBe(true)
  })
})

describe('applyDemoLink', () => {
  function fakeDemo(signedInRole: PartnerRole | undefined) {
    const calls: string[] = []
    const demo = {
      getState: () => ({ signedInRole }) as DemoState,
      reset: () => calls.push('reset'),
      setLatency: (latency: string) => calls.push(`latency ${latency}`),
    } as unknown as DemoControls
    return { demo, calls }
  }

  it('starts the scenario from its start, signed in as it declares', () => {
    const { demo, calls } = fakeDemo('helpdesk_agent')
    const roles: PartnerRole[] = []
    const notices = applyDemoLink(parseDemoLink(`${ORIGIN}?scenario=edge-cases`), { demo }, (r) => roles.push(r))
    expect(notices).toEqual([])
    expect(calls).toEqual(['reset'])
    expect(roles).toEqual(['helpdesk_agent'])
  })

  it('lets role= override the scenario’s role, and sets the latency', () => {
    const { demo, calls } = fakeDemo('helpdesk_agent')
    const roles: PartnerRole[] = []
    applyDemoLink(parseDemoLink(`${ORIGIN}#/?scenario=edge-cases&role=sales_agent&latency=slow`), { demo }, (r) =>
      roles.push(r),
    )
    expect(calls).toEqual(['reset', 'latency slow'])
    expect(roles).toEqual(['sales_agent'])
  })

  it('neither resets nor changes the role for a scenario the mock did not know', () => {
    const { demo, calls } = fakeDemo('admin_agent')
    const roles: PartnerRole[] = []
    applyDemoLink(parseDemoLink(`${ORIGIN}?scenario=nope`), { demo, unknownScenario: 'nope' }, (r) => roles.push(r))
    expect(calls).toEqual([])
    expect(roles).toEqual([])
  })

  it('on a live build, reports what only the demo can do, and the link’s problems', () => {
    const roles: PartnerRole[] = []
    const link = parseDemoLink(`${ORIGIN}#/?scenario=default&role=sales_agent&lang=sv-SE&latency=bad&tour=1`)
    expect(applyDemoLink(link, undefined, (r) => roles.push(r))).toEqual([
      {
        kind: 'demo_link',
        problem: { kind: 'value', param: 'latency', value: 'bad', known: ['none', 'realistic', 'slow'] },
      },
      { kind: 'demo_only', params: ['scenario', 'role', 'tour'] },
    ])
    expect(roles).toEqual([])
  })
})
