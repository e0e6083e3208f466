import { act, fireEvent, render, screen } from '@testing-library/react'
import { useState } from 'react'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { Tour } from '../../src/features/tour/tour'
import { TOUR_STORAGE_KEY } from '../../src/features/tour/tour-progress'
import { withPageMessages } from '../../src/i18n/catalogs'
import { I18nProvider } from '../../src/i18n/i18n'

// The customer page reduced to what the tour's steps 3 and 4 look at: the info icon after a
// subscription's name, whose tooltip (Upgrade now) is open while the icon has focus.
let showIcon: (shown: boolean) => void = () => undefined

function Page() {
  const [icon, setIcon] = useState(false)
  const [tooltip, setTooltip] = useState(false)
  showIcon = setIcon
  return (
    <main>
      <table className="subscriptions">
        <tbody>
          <tr>
            <td>
              Contoso – Business Basic
              {icon ? (
                <button
                  type="button"
                  className="info-button"
                  aria-label="Upgrade Contoso – Business Basic"
                  onFocus={() => setTooltip(true)}
                  onBlur={() => setTooltip(false)}
                />
              ) : null}
            </td>
          </tr>
        </tbody>
      </table>
      {tooltip ? (
        <div className="tooltip">
          <button type="button" className="button">
            Upgrade now
          </button>
        </div>
      ) : null}
    </main>
  )
}

// The tour's words are among the pages' messages, loaded with the tour's code in the app.
beforeAll(() => withPageMessages(Promise.resolve()))
afterEach(() => sessionStorage.clear())

describe('the tour’s focus', () => {
  it('leaves focus on the info icon that Show me focused, even when the icon appeared just before', async () => {
    // The tour stands at step 3 (the info icon), on the customer's page, before its upgrades are known.
    sessionStorage.setItem(TOUR_STORAGE_KEY, JSON.stringify({ step: 2, paused: false }))
    render(
      <I18nProvider locale="en-US">
        <Page />
        <Tour
          start={false}
          path="/customers/c1"
          navigate={() => undefined}
          scenario="default"
          roleName="Admin agent"
          canUpgrade
          onEnd={() => undefined}
        />
      </I18nProvider>,
    )
    const step3 = await screen.findByRole('dialog', { name: 'Find the information icon after the name' })
    const showMe = screen.getByRole('button', { name: 'Show me' })
    expect(step3).toContainElement(showMe)
    expect(showMe).toHaveFocus()

    // The upgrades arrive and the viewer presses Show me at once, before the tour looked again.
    act(() => showIcon(true))
    fireEvent.click(showMe)
    const icon = screen.getByRole('button', { name: 'Upgrade Contoso – Business Basic' })
    expect(icon).toHaveFocus()

    // Step 4's card comes, and leaves focus where Show me put it: on the icon, whose tooltip
    // (Upgrade now) stays open, so Enter goes on with the article's step.
    const step4 = await screen.findByRole('dialog', { name: 'Hover over it and select Upgrade now' })
    expect(step4).toBeVisible()
    expect(icon).toHaveFocus()
    expect(screen.getByRole('button', { name: 'Upgrade now' })).toBeVisible()
  })
})
