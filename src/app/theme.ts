/**
 * The colour theme: the system's (prefers-color-scheme, the default), or light or dark pinned by
 * the agent with the header's switch, remembered across reloads. Pinned, it is written on <html>
 * as data-theme, which sets color-scheme and so every light-dark() token (styles/tokens.css).
 */
export const THEMES = ['system', 'light', 'dark'] as const
export type Theme = (typeof THEMES)[number]

const STORAGE_KEY = 'upgrade-console.theme'

export function isTheme(value: unknown): value is Theme {
  return typeof value === 'string' && (THEMES as readonly string[]).includes(value)
}

export function storedTheme(): Theme {
  try {
    const stored = globalThis.localStorage?.getItem(STORAGE_KEY)
    return isTheme(stored) ? stored : 'system'
  } catch {
    return 'system'
  }
}

export function applyTheme(theme: Theme, root: HTMLElement = document.documentElement): void {
  if (theme === 'system') delete root.dataset.theme
  else root.dataset.theme = theme
}

/** Applies the theme and remembers it; without storage it lasts for this page. */
export function chooseTheme(theme: Theme): void {
  applyTheme(theme)
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, theme)
  } catch {
    // The choice then lasts for this page only.
  }
}
