/**
 * What a page can tell of this tab's sign-in before MSAL loads (src/auth/msal-storage.ts): the live
 * build paints its sign-in page from the HTML only when the tab holds none (scripts/first-paint-sign-in.ts).
 */
import { describe, expect, it } from 'vitest'
import { matchingSignInSnapshot } from '../../../scripts/first-paint-sign-in'
import { mayHoldSignIn } from '../../../src/auth/msal-storage'

function storageOf(keys: readonly string[]): Pick<Storage, 'length' | 'key'> {
  return { length: keys.length, key: (index) => keys[index] ?? null }
}

const CLIENT = '00000000-1111-2222-3333-444444444444'

describe('mayHoldSignIn', () => {
  it('is false in a tab MSAL has only started in: its version and settings say nothing of a sign-in', () => {
    expect(mayHoldSignIn(storageOf([]))).toBe(false)
    expect(mayHoldSignIn(storageOf(['msal.version', 'msal.browser.log.level', 'upgrade-console.theme']))).toBe(false)
  })

  it.each([
    ['an account', 'msal.3.account.keys'],
    ['tokens', `msal.3.token.keys.${CLIENT}`],
    ['a sign-in under way', 'msal.interaction.status'],
    ['a sign-in’s answer on its way back (the redirect bridge)', `msal.${CLIENT}.urlHash`],
    ['the request of a sign-in under way', `msal.${CLIENT}.request.params`],
    ['an account entry of an older schema', 'msal.account.keys'],
  ])('is true when the tab holds %s', (_what, key) => {
    expect(mayHoldSignIn(storageOf(['msal.version', key]))).toBe(true)
  })

  it('is true when the storage cannot be read: unknown is not “signed out”', () => {
    expect(mayHoldSignIn(undefined)).toBe(true)
    const broken = {
      length: 1,
      key: () => {
        throw new DOMException('denied', 'SecurityError')
      },
    }
    expect(mayHoldSignIn(broken)).toBe(true)
  })
})

describe('the live build’s first-paint rule (matchingSignInSnapshot)', () => {
  const signIn = { template: 'first-paint-sign-in', hash: '#/', media: 'all' }
  const all = (query: string) => query === 'all'
  const fresh = storageOf(['msal.version'])

  it('shows the sign-in page on the first screen’s address in a tab without a sign-in', () => {
    expect(matchingSignInSnapshot([signIn], { search: '', hash: '' }, all, fresh)).toBe(signIn)
    expect(matchingSignInSnapshot([signIn], { search: '', hash: '#/' }, all, storageOf([]))).toBe(signIn)
  })

  it('shows nothing in a tab that holds a sign-in, or where one is under way', () => {
    expect(matchingSignInSnapshot([signIn], { search: '', hash: '#/' }, all, storageOf(['msal.3.account.keys']))).toBe(
      undefined,
    )
    expect(matchingSignInSnapshot([signIn], { search: '', hash: '#/' }, all, undefined)).toBe(undefined)
  })

  it('shows nothing for a sign-in’s answer in the address, a demo link, or another page', () => {
    const none = [
      { search: '?code=abc&state=xyz', hash: '' },
      { search: '', hash: '#code=abc&state=xyz' },
      { search: '?role=billing_admin', hash: '#/' },
      { search: '', hash: '#/customers/?lang=sv-SE' },
      { search: '', hash: '#/help' },
    ]
    for (const location of none)
      expect(matchingSignInSnapshot([signIn], location, all, fresh), location.hash).toBe(undefined)
  })

  it('shows nothing in a window the snapshot was not made for', () => {
    const desktop = { ...signIn, media: '(min-width: 641px)' }
    expect(matchingSignInSnapshot([desktop], { search: '', hash: '#/' }, all, fresh)).toBe(undefined)
  })
})
