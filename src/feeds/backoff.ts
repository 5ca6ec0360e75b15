/** Feeds are read at most this often; a failing feed waits longer with each failure, up to a day. */
export const FEED_INTERVAL_MS = 60 * 60_000;
const FIRST_RETRY_MS = 5 * 60_000;
const MAX_WAIT_MS = 24 * 60 * 60_000;

/**
 * When to try a feed (or a page) again after `failures` failures in a row: 5 minutes, then
 * doubling (10, 20, 40 ...) up to a day, never sooner than the server's Retry-After.
 */
export function retryAt(failures: number, now: number, retryAfterMs: number | null = null): number {
  const wait = Math.min(MAX_WAIT_MS, FIRST_RETRY_MS * 2 ** Math.max(0, failures - 1));
  return now + Math.max(wait, Math.min(retryAfterMs ?? 0, MAX_WAIT_MS));
}

/** Retry-After as milliseconds: seconds or an HTTP date. */
export function parseRetryAfter(value: string | null, now: number): number | null {
  if (!value) return null;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const at = Date.parse(value);
  return Number.isFinite(at) ? Math.max(0, at - now) : null;
}
