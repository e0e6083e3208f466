import type { Page } from '@playwright/test'

/**
 * Where the text inside `selector` wraps in the middle of a word: a line that ends with a letter
 * or digit and a next line that starts with one ("Exchang / e"), within one text node. Breaks
 * after a space, hyphen, slash or underscore, and between CJK characters, are fine. Returns the
 * words so broken.
 */
export function midWordBreaks(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((css) => {
    const word = /[\p{L}\p{N}]/u
    const cjk = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u
    const broken: string[] = []
    for (const element of document.querySelectorAll(css)) {
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT)
      const seen: { previous?: { char: string; top: number; text: string; index: number } } = {}
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? ''
        // Text nodes of their own (a badge, the next line of a cell) start a line by design.
        seen.previous = undefined
        for (let index = 0; index < text.length; index++) {
          const range = document.createRange()
          range.setStart(node, index)
          range.setEnd(node, index + 1)
          const char = text[index] ?? ''
          // A space (collapsed to nothing at the end of a line) is where a line may break.
          if (/\s/.test(char)) {
            if (seen.previous) seen.previous.char = ' '
            continue
          }
          const rect = range.getClientRects()[0]
          if (!rect || rect.width === 0) continue
          const previous = seen.previous
          if (previous && rect.top > previous.top + 2) {
            const joined = word.test(previous.char) && word.test(char) && !cjk.test(previous.char) && !cjk.test(char)
            if (joined)
              broken.push(
                `${previous.text.slice(Math.max(0, previous.index - 12), previous.index + 1)}|${text.slice(index, index + 12)}`,
              )
          }
          seen.previous = { char, top: rect.top, text, index }
        }
      }
    }
    return broken
  }, selector)
}

/** Elements inside `selector` whose text takes more than one line (characters' tops, ±8 px). */
export function wrapped(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((css) => {
    const out: string[] = []
    for (const element of document.querySelectorAll(css)) {
      const tops: number[] = []
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT)
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? ''
        for (let index = 0; index < text.length; index++) {
          const range = document.createRange()
          range.setStart(node, index)
          range.setEnd(node, index + 1)
          const rect = range.getClientRects()[0]
          if (rect && rect.width > 0) tops.push(rect.top)
        }
      }
      if (tops.length > 0 && Math.max(...tops) - Math.min(...tops) > 8) out.push(element.textContent ?? '')
    }
    return out
  }, selector)
}

/** The page scrolls sideways: something is wider than the viewport. */
export function overflowsSideways(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1)
}
