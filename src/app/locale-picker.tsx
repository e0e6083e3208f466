import { useId } from 'react'
import { useI18n } from '../i18n/i18n'
import { isLocale, LOCALE_NAMES, LOCALES } from '../i18n/locales'

/** The language of the product; remembered across reloads. Each name is in its own language. */
export function LocalePicker() {
  const i18n = useI18n()
  const id = useId()
  return (
    <div className="locale-picker">
      <label htmlFor={id}>{i18n.t('locale.label')}</label>
      <select
        id={id}
        value={i18n.locale}
        onChange={(event) => {
          if (isLocale(event.target.value)) i18n.setLocale(event.target.value)
        }}
      >
        {LOCALES.map((locale) => (
          <option key={locale} value={locale} lang={locale}>
            {LOCALE_NAMES[locale]}
          </option>
        ))}
      </select>
    </div>
  )
}
