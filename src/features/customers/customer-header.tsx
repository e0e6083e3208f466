import type { ReactNode, Ref } from 'react'
import { Link } from 'wouter'
import type { Customer } from '../../api/schemas'
import { useI18n } from '../../i18n/i18n'

/**
 * A customer page's top: the breadcrumb back to the customers, the heading (focused when the page
 * opens), and the link that skips to its subscriptions when there are any.
 */
export function CustomerHeader({
  title,
  headingRef,
  onSkip,
}: {
  title: ReactNode
  headingRef: Ref<HTMLHeadingElement>
  /** Moves focus to the subscriptions; without it there is no skip link. */
  onSkip?: (() => void) | undefined
}) {
  const i18n = useI18n()
  return (
    <>
      <nav aria-label={i18n.t('nav.breadcrumb')} className="breadcrumb">
        <Link href="/">{i18n.t('customers.title')}</Link>
        <span aria-hidden="true"> / </span>
        <span aria-current="page">{title}</span>
      </nav>
      <h1 id="customer-heading" ref={headingRef} tabIndex={-1}>
        {title}
      </h1>
      {onSkip ? (
        // biome-ignore lint/a11y/useValidAnchor: a skip link is a link by convention; routes live in the hash, so the click moves focus itself
        <a
          href="#subscriptions-heading"
          className="skip-link skip-link-inline"
          onClick={(event) => {
            event.preventDefault()
            onSkip()
          }}
        >
          {i18n.t('customer.skipToSubscriptions')}
        </a>
      ) : null}
    </>
  )
}

/** The customer's domain, relationship and whether the partner has delegated admin rights. */
export function CustomerFacts({ customer }: { customer: Customer }) {
  const i18n = useI18n()
  return (
    <dl className="customer-facts">
      <div>
        <dt>{i18n.t('customer.domain')}</dt>
        <dd>{customer.companyProfile.domain ?? '—'}</dd>
      </div>
      <div>
        <dt>{i18n.t('customer.relationship')}</dt>
        <dd>{i18n.t('relationship', { value: customer.relationshipToPartner ?? 'none' })}</dd>
      </div>
      <div>
        <dt>{i18n.t('customer.delegatedAdmin')}</dt>
        <dd>
          {customer.allowDelegatedAccess
            ? i18n.t('customers.delegatedAdmin.on')
            : i18n.t('customers.delegatedAdmin.off')}
        </dd>
      </div>
    </dl>
  )
}
