import type { Detection } from '@/src/core/types';

type Run = (tabId: number, url: string, detection: Detection) => Promise<void>;

/** A page's reports are gathered this long before it is analysed: a burst of location changes is one. */
export const QUIET_MS = 300;
/** The same page with the same verdict is not analysed again this soon after. */
export const AGAIN_AFTER_MS = 10_000;

/**
 * Analyses each tab's latest reported page once its reports pause, and not again for the same
 * page and verdict within seconds. A page firing a hundred location changes, or pushing fifty
 * history entries, costs one or two analyses instead of a hundred (issue 12: 100 synthetic
 * location changes gave 100 extract-and-analyse runs, and the archive page stalled meanwhile).
 */
export function analysisScheduler(run: Run, now: () => number = Date.now) {
  const timers = new Map<number, ReturnType<typeof setTimeout>>();
  const last = new Map<number, { key: string; at: number }>();
  return {
    report(tabId: number, url: string, detection: Detection): void {
      const key = `${url}\n${JSON.stringify(detection)}`;
      const previous = last.get(tabId);
      if (previous?.key === key && now() - previous.at < AGAIN_AFTER_MS) return;
      clearTimeout(timers.get(tabId));
      timers.set(tabId, setTimeout(() => {
        timers.delete(tabId);
        last.set(tabId, { key, at: now() });
        void run(tabId, url, detection);
      }, QUIET_MS));
    },
    forget(tabId: number): void {
      clearTimeout(timers.get(tabId));
      timers.delete(tabId);
      last.delete(tabId);
    },
  };
}
