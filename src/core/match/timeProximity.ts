import { daysBetween } from '../calendar';
/** Whole days between two dates either way round, null when either is unknown. */
export function daysApart(a: string | null, b: string | null): number | null {
  const days = daysBetween(a, b);
  return days === null ? null : Math.abs(days);
}

/** 1 for the same day, falling to 0 beyond half a year. */
export function timeProximity(days: number | null): number {
  if (days === null) return 0;
  if (days === 0) return 1;
  if (days <= 2) return 0.8;
  if (days <= 7) return 0.5;
  if (days <= 31) return 0.25;
  return days <= 183 ? 0.1 : 0;
}
