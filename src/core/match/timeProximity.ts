import { daysBetween } from '../calendar';
/** Whole days between two dates either way round, null when either is unknown. */
export function daysApart(a: string | null, b: string | null): number | null {
  const days = daysBetween(a, b);
  return days === null ? null : Math.abs(days);
}

/**
 * Days at which closeness in time has halved: two weeks. A story's reports come in a burst of
 * days to weeks (a strike and its aftermath, a protest and the arrests after it); a month on,
 * most reports naming the same people are about something else they did.
 */
const HALF_DAYS = 14;

/**
 * 1 for the same day, a half two weeks apart, a tenth four months apart: smooth, so a report of
 * the same story half a year earlier keeps a little of it rather than falling off a step.
 */
export function timeProximity(days: number | null): number {
  if (days === null) return 0;
  return 1 / (1 + days / HALF_DAYS);
}
