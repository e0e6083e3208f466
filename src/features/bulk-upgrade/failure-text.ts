import type { I18n } from '../../i18n/i18n'
import type { ItemFailure } from './bulk-run-model'

/** Why an item failed, in the user's language: what happened and what it means for the subscription. */
export function failureText(i18n: I18n, failure: ItemFailure): string {
  if (failure.outcomeUnknown) return i18n.t('bulk.failure.unknown')
  const status = failure.status ?? 0
  if (status === 412) return i18n.t('bulk.failure.changed')
  if (status === 409) return i18n.t('bulk.failure.conflict')
  if (status === 429) return i18n.t('bulk.failure.throttled')
  if (status === 403) return i18n.t('bulk.failure.forbidden')
  if (status === 404) return i18n.t('bulk.failure.notFound')
  if (status === 400) return i18n.t('bulk.failure.refused', { code: String(failure.code ?? '') })
  return i18n.t('bulk.failure.other', { status })
}
