import { addDays, DEFAULT_DAYS } from './activity-model'

export const DAY = /^\d{4}-\d{2}-\d{2}$/

export interface ActivityView {
  readonly customer: string
  readonly from: string
  readonly to: string
  readonly operation: string
  readonly user: string
}

/** The view lives in the URL (`#/activity?customer=…&from=…&to=…&operation=…&user=…`). */
export function parseView(search: string, today: string): ActivityView {
  const params = new URLSearchParams(search)
  const day = (value: string | null, fallback: string) => (value && DAY.test(value) ? value : fallback)
  return {
    customer: params.get('customer') ?? '',
    from: day(params.get('from'), addDays(today, -DEFAULT_DAYS)),
    to: day(params.get('to'), today),
    operation: params.get('operation') ?? '',
    user: params.get('user') ?? '',
  }
}

export function serializeView(view: ActivityView, today: string): string {
  const params = new URLSearchParams()
  if (view.customer) params.set('customer', view.customer)
  if (view.from !== addDays(today, -DEFAULT_DAYS)) params.set('from', view.from)
  if (view.to !== today) params.set('to', view.to)
  if (view.operation) params.set('operation', view.operation)
  if (view.user) params.set('user', view.user)
  const text = params.toString()
  return text ? `?${text}` : ''
}
