import { useI18n } from '../i18n/i18n'
import { Button } from './button'

/**
 * A dialog form's Cancel and submit. While the write is on its way Cancel is off, and submit says
 * so (`submit`: its words for either state) and stays focusable but inert (aria-disabled): a second
 * press sends nothing.
 */
export function FormActions({ pending, submit, onCancel }: { pending: boolean; submit: string; onCancel: () => void }) {
  const i18n = useI18n()
  return (
    <div className="dialog-actions">
      <Button onClick={onCancel} disabled={pending}>
        {i18n.t('action.cancel')}
      </Button>
      <Button type="submit" variant="primary" aria-disabled={pending || undefined}>
        {submit}
      </Button>
    </div>
  )
}
