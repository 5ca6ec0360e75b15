import { daysBetween } from '../calendar';
/** Whole days between two dates either way round, null when either is unknown. */
export function daysApart(a: string | null, b: string | null): number | null {
  const days = daysBetween(a, b);
  return days === null ? null : Math.abs(days);
}

/** Days at which closeness in time has halved: a month, the span of most news stories' bursts. */
const HALF_DAYS = 30;

/**
 * 1 for the same day, a half one month apart, a tenth nine months apart: smooth, so a report of
 * the same story half a year earlier keeps a little of it rather than falling off a step.
 */
export function timeProximity(days: number | null): number {
  if (days === null) return 0;
  return 1 / (1 + days / HALF_DAYS);
}
