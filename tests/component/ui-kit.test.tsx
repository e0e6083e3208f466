import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { parseWholeNumber } from '../../src/rules/quantity'
import { Button } from '../../src/ui/button'
import { Notice } from '../../src/ui/notice'
import { NumberField } from '../../src/ui/number-field'
import { Table, VirtualRows } from '../../src/ui/table'

/** The kit (src/ui) on its own, as the features use it. */
describe('Button', () => {
  it('is a named button that never submits a form unless it is the submit button', async () => {
    const user = userEvent.setup()
    const submitted = vi.fn((event: SubmitEvent) => event.preventDefault())
    const clicked = vi.fn()
    render(
      <form onSubmit={(event) => submitted(event.nativeEvent as SubmitEvent)}>
        <Button onClick={clicked}>Cancel</Button>
        <Button type="submit" variant="primary">
          Submit
        </Button>
      </form>,
    )
    await user.click(screen.getByRole('button', { name: 'Cancel' }))
    expect(clicked).toHaveBeenCalledTimes(1)
    expect(submitted).not.toHaveBeenCalled()
    await user.click(screen.getByRole('button', { name: 'Submit' }))
    expect(submitted).toHaveBeenCalledTimes(1)
  })

  it('works by keyboard, and a disabled one does nothing', async () => {
    const user = userEvent.setup()
    const clicked = vi.fn()
    render(
      <>
        <Button variant="link" onClick={clicked}>
          Why no upgrade?
        </Button>
        <Button disabled onClick={clicked}>
          Not now
        </Button>
      </>,
    )
    await user.tab()
    expect(screen.getByRole('button', { name: 'Why no upgrade?' })).toHaveFocus()
    await user.keyboard('{Enter}')
    expect(clicked).toHaveBeenCalledTimes(1)
    await user.click(screen.getByRole('button', { name: 'Not now' }))
    expect(clicked).toHaveBeenCalledTimes(1)
  })
})

function Quantity({ max }: { max: number }) {
  const [text, setText] = useState('1')
  const count = parseWholeNumber(text)
  const error = !Number.isInteger(count) || count < 1 ? 'Enter a whole number.' : count > max ? `At most ${max}.` : null
  return (
    <NumberField
      label="Licenses"
      hint={`Up to ${max}.`}
      error={error}
      value={text}
      onValueChange={setText}
      min={1}
      max={max}
    />
  )
}

describe('NumberField', () => {
  it('is a labelled spinbutton described by its hint, then by its error in the hint’s place', async () => {
    const user = userEvent.setup()
    render(<Quantity max={5} />)
    const field = screen.getByRole('spinbutton', { name: 'Licenses' })
    expect(field).toHaveValue(1)
    expect(field).toHaveAccessibleDescription('Up to 5.')
    expect(field).not.toBeInvalid()
    await user.clear(field)
    await user.type(field, '9')
    expect(field).toHaveAccessibleDescription('At most 5.')
    expect(field).toBeInvalid()
    expect(screen.queryByText('Up to 5.')).not.toBeInTheDocument()
  })

  it('hands over the digits as typed: 1e1 is an error, not 10', async () => {
    const user = userEvent.setup()
    render(<Quantity max={50} />)
    const field = screen.getByRole('spinbutton', { name: 'Licenses' })
    await user.clear(field)
    await user.type(field, '1e1')
    expect(field).toHaveAccessibleDescription('Enter a whole number.')
    await user.clear(field)
    await user.type(field, '10')
    expect(field).toHaveAccessibleDescription('Up to 50.')
  })
})

describe('Notice', () => {
  it('says its sentence with the role it is given', () => {
    render(
      <Notice tone="warning" role="note">
        Read-only role
      </Notice>,
    )
    expect(screen.getByRole('note')).toHaveTextContent('Read-only role')
  })
})

describe('Table and VirtualRows', () => {
  it('shows only the rows in view; the spacer rows are hidden from assistive technology', () => {
    render(
      <Table aria-label="Customers" aria-rowcount={101}>
        <tbody>
          <VirtualRows before={450} after={900} columns={2}>
            {[40, 41].map((n) => (
              <tr key={n} aria-rowindex={n + 1}>
                <td>Customer {n}</td>
                <td>{n}</td>
              </tr>
            ))}
          </VirtualRows>
        </tbody>
      </Table>,
    )
    const table = screen.getByRole('table', { name: 'Customers' })
    const rows = within(table).getAllByRole('row')
    expect(rows.map((row) => row.textContent)).toEqual(['Customer 4040', 'Customer 4141'])
    const spacers = table.querySelectorAll('tr[aria-hidden="true"]')
    expect([...spacers].map((row) => (row.firstElementChild as HTMLElement).style.height)).toEqual(['450px', '900px'])
  })

  it('renders no spacer where nothing is out of view, but always the marker it is asked for', () => {
    const marker = { current: null as HTMLTableRowElement | null }
    render(
      <Table aria-label="Subscriptions">
        <tbody>
          <VirtualRows before={0} after={0} columns={3} marker={marker}>
            <tr>
              <td>Only row</td>
            </tr>
          </VirtualRows>
        </tbody>
      </Table>,
    )
    expect(marker.current).toBeInstanceOf(HTMLTableRowElement)
    expect(marker.current?.getAttribute('aria-hidden')).toBe('true')
    expect(
      screen.getByRole('table', { name: 'Subscriptions' }).querySelectorAll('tr[aria-hidden="true"]'),
    ).toHaveLength(1)
  })
})
