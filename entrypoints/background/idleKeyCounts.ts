import { WARM_UP_IDLE_MS } from './idleWarmUp';

/**
 * Reads every key's count into memory while the worker is idle (keyStats.ts, loadAllKeyCounts),
 * so a check reads none: at 10,000 articles a check waited on two round trips for counts, one
 * before its key reads and one of the candidates' some hundreds of keys after them. Begun after
 * each idle spell of WARM_UP_IDLE_MS (a counter read tells whether the counts held are still
 * the archive's), given up at the next page boundary of the read when a page comes meanwhile,
 * and begun again after it. `load` resolves whether every count is held.
 */
export function idleKeyCounts(load: (stop: () => boolean) => Promise<boolean>, idleMs = WARM_UP_IDLE_MS) {
  let busy = 0;
  let loading: Promise<unknown> | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const arm = () => {
    clearTimeout(timer);
    timer = setTimeout(run, idleMs);
  };
  const run = () => {
    timer = undefined;
    if (busy > 0 || loading) return;
    // A failed read changes nothing: checks read the counts they need.
    loading = load(() => busy > 0).catch(() => false).finally(() => {
      loading = null;
    });
  };
  arm();
  return {
    /** Runs a page's work; the counts are read (again if the archive changed) once it and the idle spell after it are over. */
    async whileBusy<T>(work: () => Promise<T>): Promise<T> {
      busy++;
      clearTimeout(timer);
      timer = undefined;
      try {
        return await work();
      } finally {
        busy--;
        if (busy === 0) arm();
      }
    },
    /** The archive changed (another page imported or deleted): its counts are read again once idle. */
    changed(): void {
      if (busy === 0) arm();
    },
    /** The read under way, if any (tests). */
    get loading(): Promise<unknown> | null {
      return loading;
    },
  };
}
