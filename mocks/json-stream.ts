/**
 * A large collection's JSON as a stream of text chunks, the same text JSON.stringify gives: the
 * envelope's keys in order, and its `items` serialized a slice at a time, one slice per read. The
 * mock answers a 10,000-subscription list this way, so that serializing it does not hold the page
 * (the demo's mock runs on the page's main thread) and the client reads the first rows while the
 * rest is still being written, as it would from a real network.
 */
export const STREAM_FIRST_ITEMS = 100
export const STREAM_ITEMS_PER_CHUNK = 1000

/**
 * A later task of background priority (the app's rendering and input go first), where the browser
 * has `scheduler.postTask`; else a plain later task (Node).
 */
export function afterThePagesWork(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { postTask?: (run: () => void, o: object) => Promise<void> } })
    .scheduler
  if (scheduler?.postTask) return scheduler.postTask(() => undefined, { priority: 'background' })
  return new Promise((resolve) => setTimeout(resolve, 0))
}

/** True when a body is a collection worth streaming. */
export function isLargeCollection(body: unknown): body is { readonly items: readonly unknown[] } {
  if (typeof body !== 'object' || body === null) return false
  const items = (body as { readonly items?: unknown }).items
  return Array.isArray(items) && items.length > STREAM_FIRST_ITEMS
}

/** The text pieces of `JSON.stringify(body)`, `items` a slice at a time (first a short one). */
export function* collectionJsonChunks(body: {
  readonly items: readonly unknown[]
}): Generator<string, void, undefined> {
  let head = '{'
  let first = true
  const entries = Object.entries(body).filter(([, value]) => value !== undefined && typeof value !== 'function')
  for (const [key, value] of entries) {
    const prefix = `${first ? '' : ','}${JSON.stringify(key)}:`
    first = false
    if (key !== 'items') {
      head += prefix + JSON.stringify(value)
      continue
    }
    head += `${prefix}[`
    const { items } = body
    let from = 0
    let size = STREAM_FIRST_ITEMS
    while (from < items.length) {
      const slice = items.slice(from, from + size).map((item) => JSON.stringify(item) ?? 'null')
      yield `${head}${from === 0 ? '' : ','}${slice.join(',')}`
      head = ''
      from += size
      size = STREAM_ITEMS_PER_CHUNK
    }
    head += ']'
  }
  yield `${head}}`
}

/** A stream of text pieces: `next` gives each (undefined: the end); a throw fails the stream. */
function textStream(next: () => Promise<string | undefined>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder()
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const text = await next()
      if (text === undefined) controller.close()
      else controller.enqueue(encoder.encode(text))
    },
  })
}

/** The chunks as a byte stream: each read serializes the next slice only. */
export function collectionJsonStream(body: { readonly items: readonly unknown[] }): ReadableStream<Uint8Array> {
  const chunks = collectionJsonChunks(body)
  let first = true
  return textStream(async () => {
    // After the first slice, each waits for the page's own work: the client's first rows paint
    // before the mock (on the same main thread in the demo) writes the rest.
    if (!first) await afterThePagesWork()
    first = false
    const next = chunks.next()
    return next.done ? undefined : next.value
  })
}

/**
 * A long collection whose first chunk is known before the collection itself (the prebuilt first
 * answers of mocks/first-answers.ts, sent while the database loads): `firstChunk` at once, then
 * the rest of `collection()`'s chunks. The answer is exactly that collection's JSON: if its first
 * chunk is not `firstChunk` (the data changed meanwhile), the stream fails rather than mix the two.
 */
export function collectionJsonStreamFrom(
  firstChunk: string,
  collection: () => Promise<{ readonly items: readonly unknown[] }>,
): ReadableStream<Uint8Array> {
  let chunks: Generator<string, void, undefined> | undefined
  let first = true
  return textStream(async () => {
    if (first) {
      first = false
      return firstChunk
    }
    await afterThePagesWork()
    if (!chunks) {
      chunks = collectionJsonChunks(await collection())
      const head = chunks.next()
      if (head.done || head.value !== firstChunk)
        throw new Error('The collection changed after its first items were sent.')
    }
    const next = chunks.next()
    return next.done ? undefined : next.value
  })
}
