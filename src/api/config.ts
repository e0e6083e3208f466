/**
 * Where the Partner Center API lives. Unset VITE_API_BASE_URL means the embedded mock (MSW) on
 * this origin; set, it is a real Partner Center-compatible backend, e.g. https://api.partnercenter.microsoft.com/v1.
 */
const liveApiBaseUrl: string | undefined = import.meta.env.VITE_API_BASE_URL || undefined

export function apiBaseUrl(): string {
  if (liveApiBaseUrl) return liveApiBaseUrl.replace(/\/$/, '')
  return new URL('/v1', globalThis.location?.origin ?? 'http://localhost').toString()
}

/** The client gives up on a call after this long and says so (tests may shorten it). */
export const clientSettings = { requestTimeoutMs: 20_000 }
