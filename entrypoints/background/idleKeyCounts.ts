import { idleSpells } from './idleSpells';
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
  let loading: Promise<unknown> | null = null;
  const spells = idleSpells(() => {
    if (spells.busy || loading) return;
    // A failed read changes nothing: checks read the counts they need.
    loading = load(() => spells.busy).catch(() => false).finally(() => {
      loading = null;
    });
  }, idleMs);
  spells.arm();
  return {
    /** Runs a page's work; the counts are read (again if the archive changed) once it and the idle spell after it are over. */
    whileBusy: spells.whileBusy,
    /** The archive changed (another page imported or deleted): its counts are read again once idle. */
    changed(): void {
      if (!spells.busy) spells.arm();
    },
    /** The read under way, if any (tests). */
    get loading(): Promise<unknown> | null {
      return loading;
    },
  };
}
