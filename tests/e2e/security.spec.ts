import { expect, injectInlineScript, test } from './fixtures'

// The demo build's Content-Security-Policy (scripts/security-headers.ts): no inline script runs,
// while the app itself, its mock service worker included, works (every other spec shows that).
test('the Content-Security-Policy blocks an injected inline script, and the page says which rule', async ({
  app,
  page,
}) => {
  await app.open('/')
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')
  expect(policy).toContain("script-src 'self'")
  expect(await page.locator('meta[name="referrer"]').getAttribute('content')).toBe('no-referrer')
  const outcome = await injectInlineScript(page)
  expect(outcome).toEqual({ ran: false, violated: 'script-src-elem' })
  // An inline event handler is refused too.
  const handlerRan = await page.evaluate(async () => {
    const w = window as unknown as { clicked?: boolean }
    const div = document.createElement('div')
    div.setAttribute('onclick', 'window.clicked = true')
    document.body.append(div)
    div.click()
    div.remove()
    return w.clicked === true
  })
  expect(handlerRan).toBe(false)
})
