const DAY_MS = 86_400_000;

export function dayOf(date: string | null): string | null {
  return date && /^\d{4}-\d{2}-\d{2}/.test(date) ? date.slice(0, 10) : null;
}

/** Whole days between two dates, null when either is unknown. */
export function daysApart(a: string | null, b: string | null): number | null {
  const dayA = dayOf(a);
  const dayB = dayOf(b);
  if (!dayA || !dayB) return null;
  return Math.round(Math.abs(Date.parse(dayA) - Date.parse(dayB)) / DAY_MS);
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
