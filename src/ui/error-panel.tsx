import { useI18n } from '../i18n/i18n'
import type { MessageKey } from '../i18n/messages/en-US'
import { Button } from './button'
import { isReportedError, type ReportedError } from './error-report'

interface Explanation {
  readonly title: MessageKey
  readonly action: MessageKey
}

function explain(error: ReportedError): Explanation {
  switch (error.kind) {
    case 'network':
      return { title: 'error.network.title', action: 'error.network.action' }
    case 'signin':
      return { title: 'error.signin.title', action: 'error.signin.action' }
    case 'timeout':
      return { title: 'error.timeout.title', action: 'error.timeout.action' }
    case 'malformed':
      return { title: 'error.malformed.title', action: 'error.malformed.action' }
    case 'http':
      break
  }
  const status = error.details.status ?? 0
  if (status === 400) return { title: 'error.400.title', action: 'error.400.action' }
  if (status === 401) return { title: 'error.401.title', action: 'error.401.action' }
  if (status === 403) return { title: 'error.403.title', action: 'error.403.action' }
  if (status === 404) return { title: 'error.404.title', action: 'error.404.action' }
  if (status === 409 || status === 412) return { title: 'error.conflict.title', action: 'error.conflict.action' }
  if (status === 429) return { title: 'error.429.title', action: 'error.429.action' }
  if (status >= 500) return { title: 'error.5xx.title', action: 'error.5xx.action' }
  return { title: 'error.other.title', action: 'error.other.action' }
}

/** What happened, what to do, and the ids support needs. Announced as an alert. */
export function ErrorPanel({
  error,
  onRetry,
  children,
}: {
  error: unknown
  onRetry?: () => void
  children?: React.ReactNode
}) {
  const i18n = useI18n()
  if (!isReportedError(error)) {
    return (
      <div className="error-panel" role="alert">
        <p className="error-title">{i18n.t('error.unexpected.title')}</p>
        <p>{i18n.t('error.unexpected.action')}</p>
        {error instanceof Error ? <p className="error-detail">{error.message}</p> : null}
        {onRetry ? <Button onClick={onRetry}>{i18n.t('action.retry')}</Button> : null}
      </div>
    )
  }
  const { title, action } = explain(error)
  const { details } = error
  const status = error.kind === 'http' ? (details.status ?? 0) : 0
  // The API's own sentence is English and, for the statuses explained here, says the same again
  // (429: "wait 2 seconds"; a refusal: every reason, which `children` lists): shown only when it
  // is all there is to say.
  const showDescription =
    details.description !== undefined &&
    children == null &&
    (status === 400 || status === 404 || error.kind !== 'http' || title === 'error.other.title')
  // Trying the same again cannot help a refusal, a missing permission or a missing resource.
  const retry = status === 400 || status === 403 || status === 404 ? undefined : onRetry
  return (
    <div className="error-panel" role="alert">
      <p className="error-title">{i18n.t(title, { seconds: details.timeoutSeconds ?? 20 })}</p>
      {showDescription ? <p className="error-description">{details.description}</p> : null}
      {children}
      <p>{i18n.t(action, { seconds: details.retryAfterSeconds ?? 30 })}</p>
      <ErrorIds error={error} />
      {retry ? <Button onClick={retry}>{i18n.t('action.retry')}</Button> : null}
    </div>
  )
}

/** What happened (HTTP status and Partner Center's code) and the correlation id support needs. */
export function ErrorIds({ error }: { error: ReportedError }) {
  const i18n = useI18n()
  const { details } = error
  return (
    <dl className="error-ids">
      <dt>{i18n.t('error.status')}</dt>
      <dd>
        {error.kind === 'http'
          ? `HTTP ${details.status}${details.code !== undefined ? ` · ${i18n.t('error.code', { code: String(details.code) })}` : ''}`
          : i18n.t(`error.kind.${error.kind}`)}
      </dd>
      <dt>{i18n.t('error.correlationId')}</dt>
      <dd>
        <code>{details.correlationId}</code>
      </dd>
    </dl>
  )
}
