/** 42 s, 3 min 5 s, 1 h 2 min: how long is left, as a person says it (never "0 s"). */
export function formatDuration(ms: number): string {
  const seconds = Math.max(1, Math.ceil(ms / 1000));
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} min ${seconds % 60} s`;
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

/**
 * Time left for work counted in items, from the pace of those done so far in this run: null
 * until a few are done (one slow first page would promise hours) or when none is left.
 */
export function msLeftFor(done: number, left: number, elapsedMs: number, minDone = 3): number | null {
  if (done < minDone || left <= 0 || elapsedMs <= 0) return null;
  return Math.round((elapsedMs / done) * left);
}
