import { useId, useState } from 'react'
import { useI18n } from '../i18n/i18n'
import { chooseTheme, isTheme, storedTheme, THEMES, type Theme } from './theme'

/**
 * Light, dark or the system's theme; remembered across reloads (app/theme.ts). (Its select reads
 * like the demo's role select, which duplicates pairs with it by shape: another list, another store.)
 */
export function ThemePicker() {
  const i18n = useI18n()
  const id = useId()
  const [theme, setTheme] = useState<Theme>(storedTheme)
  return (
    <div className="theme-picker">
      <label htmlFor={id}>{i18n.t('theme.label')}</label>
      <select
        id={id}
        value={theme}
        onChange={(event) => {
          if (!isTheme(event.target.value)) return
          chooseTheme(event.target.value)
          setTheme(event.target.value)
        }}
      >
        {THEMES.map((choice) => (
          <option key={choice} value={choice}>
            {i18n.t(`theme.${choice}`)}
          </option>
        ))}
      </select>
    </div>
  )
}
