import { useI18n } from '../i18n/i18n'
import { Button } from './button'

/**
 * Previous / next page of a long list, with where the agent is. (Its typed props read like
 * BlockedReasonsTrigger's, which duplicates pairs with it by shape: no logic is shared.)
 */
export function Pager({
  label,
  page,
  pages,
  onPage,
}: {
  /** The navigation landmark's name. */
  label: string
  /** 0-based. */
  page: number
  pages: number
  onPage: (page: number) => void
}) {
  const i18n = useI18n()
  return (
    <nav className="pager" aria-label={label}>
      <Button size="small" disabled={page === 0} onClick={() => onPage(page - 1)}>
        {i18n.t('pager.previous')}
      </Button>
      <span aria-live="polite">{i18n.t('pager.pageOf', { page: page + 1, pages })}</span>
      <Button size="small" disabled={page >= pages - 1} onClick={() => onPage(page + 1)}>
        {i18n.t('pager.next')}
      </Button>
    </nav>
  )
}
