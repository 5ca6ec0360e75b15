/**
 * Pages' work counted, and `onIdle` called once no page has come for `idleMs` after the last one
 * ended: the worker's idle-time jobs (idleWarmUp.ts, idleKeyCounts.ts) begin only then, and a job
 * asks `busy` before each of its steps.
 */
export function idleSpells(onIdle: () => void, idleMs: number) {
  let busy = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const cancel = () => {
    clearTimeout(timer);
    timer = undefined;
  };
  /** Calls `onIdle` after `ms` (the idle spell unless said), replacing a call already due. */
  const arm = (ms = idleMs) => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      onIdle();
    }, ms);
  };
  return {
    arm,
    cancel,
    /** A page's work is under way. */
    get busy(): boolean {
      return busy > 0;
    },
    /** Runs a page's work; `onIdle` is not called until it and the idle spell after it are over. */
    async whileBusy<T>(work: () => Promise<T>): Promise<T> {
      busy++;
      cancel();
      try {
        return await work();
      } finally {
        busy--;
        if (busy === 0) arm();
      }
    },
  };
}
