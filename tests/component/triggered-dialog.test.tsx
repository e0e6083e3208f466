import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useRef, useState } from 'react'
import { describe, expect, it } from 'vitest'
import { I18nProvider } from '../../src/i18n/i18n'
import { DialogShell } from '../../src/ui/dialog'
import { useTriggeredDialog } from '../../src/ui/use-triggered-dialog'

// A list whose rows open one dialog each, as the customer page's rows do: the hook alone, with
// the dialog shell, so that what it promises is seen without the rest of the page.
function Rows() {
  const heading = useRef<HTMLHeadingElement>(null)
  const dialogs = useTriggeredDialog<'edit', string>(heading)
  const [rows, setRows] = useState(['Alpha', 'Beta'])
  return (
    <main>
      <h1 ref={heading} tabIndex={-1}>
        Rows
      </h1>
      {rows.map((row) => (
        <button
          key={row}
          type="button"
          ref={(element) => dialogs.registerTrigger(row, 'edit', element)}
          onClick={() => dialogs.open('edit', row, row)}
        >
          Edit {row}
        </button>
      ))}
      {dialogs.opened ? (
        <DialogShell
          key={dialogs.opened.key}
          open
          onOpenChange={dialogs.onOpenChange}
          title={`Editing ${dialogs.opened.item}`}
          returnFocus={dialogs.returnFocus}
        >
          <button
            type="button"
            onClick={() => {
              const removed = dialogs.opened?.id
              setRows((all) => all.filter((row) => row !== removed))
              dialogs.close()
            }}
          >
            Remove it
          </button>
        </DialogShell>
      ) : null}
    </main>
  )
}

function renderRows() {
  const user = userEvent.setup()
  render(
    <I18nProvider locale="en-US">
      <Rows />
    </I18nProvider>,
  )
  return user
}

describe('useTriggeredDialog', () => {
  it('opens one dialog for the row asked, and gives focus back to that row’s control on Escape', async () => {
    const user = renderRows()
    await user.click(screen.getByRole('button', { name: 'Edit Beta' }))
    expect(screen.getByRole('dialog', { name: 'Editing Beta' })).toBeInTheDocument()
    await user.keyboard('{Escape}')
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Edit Beta' })).toHaveFocus()

    await user.click(screen.getByRole('button', { name: 'Edit Alpha' }))
    expect(screen.getByRole('dialog', { name: 'Editing Alpha' })).toBeInTheDocument()
    await user.keyboard('{Escape}')
    expect(screen.getByRole('button', { name: 'Edit Alpha' })).toHaveFocus()
  })

  it('gives focus to the fallback when the control that opened the dialog is gone', async () => {
    const user = renderRows()
    await user.click(screen.getByRole('button', { name: 'Edit Alpha' }))
    await user.click(screen.getByRole('button', { name: 'Remove it' }))
    expect(screen.queryByRole('button', { name: 'Edit Alpha' })).not.toBeInTheDocument()
    expect(screen.getByRole('heading', { name: 'Rows' })).toHaveFocus()
  })
})
