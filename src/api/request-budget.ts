/**
 * Partner Center's request budget, kept on the client: at most `limit` requests in any window of
 * `windowMs` (Partner Center allows about 500 a minute per partner), and none at all while the
 * service has asked the client to wait (a 429's Retry-After). The long-running work of the
 * opportunities scan and the bulk upgrade asks it for a slot before each request, so that neither
 * floods the service and a 429 slows everything down, not only the request that met it.
 */
export interface BudgetClock {
  now(): number
  /** Resolves after `ms`, or rejects with the signal's reason when it is aborted first. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>
}

export const realClock: BudgetClock = {
  now: () => Date.now(),
  sleep: (ms, signal) =>
    new Promise<void>((resolve, reject) => {
      if (signal?.aborted) {
        reject(signal.reason)
        return
      }
      const timer = setTimeout(() => {
        signal?.removeEventListener('abort', onAbort)
        resolve()
      }, ms)
      const onAbort = () => {
        clearTimeout(timer)
        reject(signal?.reason)
      }
      signal?.addEventListener('abort', onAbort, { once: true })
    }),
}

const PARTNER_CENTER_REQUESTS_PER_MINUTE = 500

export class RequestBudget {
  /** Start times of the requests in the current window, oldest first. */
  private readonly recent: number[] = []
  private blockedUntil = 0

  constructor(
    readonly limit: number = PARTNER_CENTER_REQUESTS_PER_MINUTE,
    readonly windowMs: number = 60_000,
    private readonly clock: BudgetClock = realClock,
  ) {}

  /** How long the next request would have to wait now, in ms. */
  waitMs(): number {
    const now = this.clock.now()
    while (this.recent.length > 0 && (this.recent[0] ?? 0) <= now - this.windowMs) this.recent.shift()
    const windowWait = this.recent.length < this.limit ? 0 : (this.recent[0] ?? now) + this.windowMs - now
    return Math.max(windowWait, this.blockedUntil - now, 0)
  }

  /** Waits for a slot and takes it. Rejects when `signal` is aborted while waiting. */
  async acquire(signal?: AbortSignal): Promise<void> {
    for (;;) {
      signal?.throwIfAborted()
      const wait = this.waitMs()
      if (wait <= 0) {
        this.recent.push(this.clock.now())
        return
      }
      await this.clock.sleep(wait, signal)
    }
  }

  /** Partner Center said "wait" (429 Retry-After): no request from anyone until then. */
  holdFor(seconds: number): void {
    this.blockedUntil = Math.max(this.blockedUntil, this.clock.now() + seconds * 1000)
  }
}

/** The one budget of this browser tab, shared by everything that sends many requests. */
export const partnerCenterBudget = new RequestBudget()
