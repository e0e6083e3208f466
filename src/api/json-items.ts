/**
 * Reads a Partner Center collection (`{ "totalCount": N, "items": [...], "links": ... }`) as its
 * text arrives: the raw JSON of each element of the top-level `items` array is handed out as soon
 * as it is complete, so that the first of 10,000 subscriptions can be parsed, validated and shown
 * before the rest has been read. Everything outside `items` is kept as the envelope (with `items`
 * left empty) and parsed at the end. Scanning stops as soon as enough elements are found, so a
 * body that arrives in one piece is still handed out a batch at a time.
 */
export interface CollectionScanner {
  /** More of the body's text. */
  push(text: string): void
  /** Up to `max` complete elements found so far, each as its JSON text, in order. */
  take(max: number): string[]
  /** The top-level `totalCount`, once it has been read (it comes first in Partner Center's answers). */
  readonly totalCount: number | undefined
  /** After the last `push`: the envelope's JSON text with `items` empty. Throws if the text ended inside a value. */
  envelope(): string
}

const QUOTE = 34
const BACKSLASH = 92
const OPEN_BRACE = 123
const CLOSE_BRACE = 125
const OPEN_BRACKET = 91
const CLOSE_BRACKET = 93
const COMMA = 44
const COLON = 58

function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 13 || code === 9
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57
}

export function createCollectionScanner(): CollectionScanner {
  let text = ''
  let pos = 0
  let depth = 0
  /** Inside the top-level `items` array (depth 2 is its elements' level). */
  let inItems = false
  /** Where the element being read starts in `text`, or -1 between elements. */
  let elementStart = -1
  /** The last string read at depth 1, and whether a colon followed it: the key of what comes next. */
  let lastKey: string | undefined
  let afterColon = false
  /** The envelope read so far, up to `envelopeFrom` (while outside `items`, it goes on from there). */
  let envelopeText = ''
  let envelopeFrom = 0
  let totalCount: number | undefined
  const found: string[] = []

  /** Skips the string that starts at `pos`; false (pos unchanged) if it does not end in `text` yet. */
  const skipString = (): boolean => {
    let at = pos + 1
    for (;;) {
      const quote = text.indexOf('"', at)
      if (quote < 0) return false
      let backslashes = 0
      for (let i = quote - 1; i > pos && text.charCodeAt(i) === BACKSLASH; i--) backslashes++
      if (backslashes % 2 === 0) {
        pos = quote + 1
        return true
      }
      at = quote + 1
    }
  }

  const endElement = (end: number) => {
    found.push(text.slice(elementStart, end))
    elementStart = -1
  }

  /** Scans until `want` elements are waiting or the text runs out (or stops inside a token). */
  const scan = (want: number) => {
    while (found.length < want && pos < text.length) {
      const code = text.charCodeAt(pos)
      if (inItems && depth === 2) {
        if (elementStart < 0) {
          if (isSpace(code) || code === COMMA) {
            pos++
            continue
          }
          if (code === CLOSE_BRACKET) {
            inItems = false
            depth = 1
            envelopeFrom = pos
            pos++
            continue
          }
          elementStart = pos
        } else if (code === COMMA || code === CLOSE_BRACKET || isSpace(code)) {
          // The end of a number, true, false or null element.
          endElement(pos)
          continue
        }
      }
      if (code === QUOTE) {
        const start = pos
        if (!skipString()) return
        if (depth === 1) {
          lastKey = JSON.parse(text.slice(start, pos)) as string
          afterColon = false
        } else if (inItems && depth === 2) endElement(pos)
        continue
      }
      if (code === COLON) {
        if (depth === 1) afterColon = true
      } else if (code === OPEN_BRACE || code === OPEN_BRACKET) {
        if (depth === 1 && code === OPEN_BRACKET && afterColon && lastKey === 'items') {
          // The envelope keeps `"items":[`; the elements go out one by one.
          envelopeText += text.slice(envelopeFrom, pos + 1)
          inItems = true
        }
        depth++
      } else if (code === CLOSE_BRACE || code === CLOSE_BRACKET) {
        depth--
        if (inItems && depth === 2) {
          endElement(pos + 1)
          pos++
          continue
        }
      } else if (
        depth === 1 &&
        afterColon &&
        lastKey === 'totalCount' &&
        totalCount === undefined &&
        (isDigit(code) || code === 45)
      ) {
        const match = /^-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(pos, pos + 40))
        if (!match || pos + match[0].length >= text.length) return
        totalCount = Number(match[0])
        pos += match[0].length
        continue
      }
      pos++
    }
  }

  return {
    push(more) {
      if (more === '') return
      // Drop what has been handed out or kept already, so that the buffer stays small.
      if (!inItems) {
        envelopeText += text.slice(envelopeFrom, pos)
        envelopeFrom = pos
      }
      const keepFrom = elementStart >= 0 ? elementStart : pos
      text = text.slice(keepFrom) + more
      pos -= keepFrom
      if (elementStart >= 0) elementStart -= keepFrom
      envelopeFrom = Math.max(0, envelopeFrom - keepFrom)
    },
    take(max) {
      scan(max)
      return found.splice(0, max)
    },
    get totalCount() {
      return totalCount
    },
    envelope() {
      scan(Number.POSITIVE_INFINITY)
      if (depth !== 0 || inItems || pos < text.length || found.length > 0) {
        throw new SyntaxError('the collection ended early')
      }
      return envelopeText + text.slice(envelopeFrom)
    },
  }
}
