import * as z from 'zod/mini'
import { backgroundTask } from './background-task'
import { httpError, malformed, send } from './client'
import { ApiError } from './errors'
import { createCollectionScanner } from './json-items'
import { collectionSchema } from './schemas'

/**
 * Reading a long collection as it arrives (a large customer's 10,000 subscriptions): with the
 * customer page, not the first screen.
 */

/** A collection's envelope alone (its items are checked one by one as they arrive). */
const collectionEnvelopeSchema = collectionSchema(z.unknown())

/** What a collection read as it arrives hands out: the next items, and whether they were the last. */
export interface CollectionBatch<T> {
  readonly items: T[]
  /** The collection's totalCount, once read (before the items in Partner Center's answers). */
  readonly totalCount: number | undefined
  readonly done: boolean
}

/** Items parsed and validated per task: a few milliseconds each, so the page stays responsive. */
const ITEMS_PER_TASK = 500
/** The first batch fills a screen; later ones grow fourfold, so a long list re-renders a few times only. */
const FIRST_BATCH = 100
const BATCH_GROWTH = 4

/**
 * GET a collection and hand out its items in batches as the answer arrives: the first screenful
 * after about a hundred items, then batches four times larger, each item validated against
 * `itemSchema` (a bad one fails the read as malformed, naming its index). The last batch has
 * `done` set, after the envelope (totalCount, links) was validated too.
 */
export async function* apiCollectionStream<S extends z.ZodMiniType>(request: {
  readonly path: string
  readonly itemSchema: S
  readonly signal?: AbortSignal
}): AsyncGenerator<CollectionBatch<z.infer<S>>, void, undefined> {
  const sent = await send(request)
  const { response } = sent
  if (!response.ok) throw httpError(sent, await response.text())
  // A connection that breaks while the answer arrives fails as a network error would (a read retries it).
  const read = async (): Promise<ReadableStreamReadResult<Uint8Array>> => {
    if (!reader) return { done: true, value: undefined }
    try {
      return await reader.read()
    } catch (cause) {
      if (request.signal?.aborted) throw cause
      throw new ApiError('network', cause instanceof Error ? cause.message : 'Network error', {
        requestId: sent.requestId,
        correlationId: sent.correlationId,
      })
    }
  }
  const scanner = createCollectionScanner()
  const decoder = new TextDecoder()
  const reader = response.body?.getReader()
  let index = 0
  let batch: z.infer<S>[] = []
  let batchSize = FIRST_BATCH
  const validate = (texts: readonly string[]) => {
    let values: unknown[]
    try {
      values = JSON.parse(`[${texts.join(',')}]`) as unknown[]
    } catch {
      throw malformed(sent, request.path, undefined)
    }
    for (const value of values) {
      const parsed = request.itemSchema.safeParse(value)
      if (!parsed.success) {
        const issues = parsed.error.issues.map((issue) => ({ ...issue, path: ['items', index, ...issue.path] }))
        throw malformed(sent, request.path, issues)
      }
      batch.push(parsed.data)
      index += 1
    }
  }
  try {
    for (;;) {
      const chunk = await read()
      scanner.push(chunk.done ? decoder.decode() : decoder.decode(chunk.value, { stream: true }))
      for (;;) {
        const texts = scanner.take(Math.min(ITEMS_PER_TASK, batchSize - batch.length))
        if (texts.length === 0) break
        validate(texts)
        if (batch.length >= batchSize) {
          yield { items: batch, totalCount: scanner.totalCount, done: false }
          batch = []
          batchSize *= BATCH_GROWTH
        }
        await backgroundTask()
      }
      if (chunk.done) break
    }
    let envelope: unknown
    try {
      envelope = JSON.parse(scanner.envelope())
    } catch {
      throw malformed(sent, request.path, undefined)
    }
    const checked = collectionEnvelopeSchema.safeParse(envelope)
    if (!checked.success) throw malformed(sent, request.path, checked.error.issues)
    yield { items: batch, totalCount: checked.data.totalCount, done: true }
  } finally {
    await reader?.cancel().catch(() => undefined)
  }
}
