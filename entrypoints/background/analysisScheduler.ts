import type { Detection } from '@/src/core/types';

/** `article`: what the page sent with its verdict (unchecked), handed on as it came. */
type Run = (tabId: number, url: string, detection: Detection, article?: unknown) => Promise<void>;

/** Reports closer together than this are a burst: after its first, only the burst's last is analysed, once it pauses. */
export const QUIET_MS = 300;
/** The same page with the same verdict is not analysed again this soon after. */
export const AGAIN_AFTER_MS = 10_000;

/**
 * Analyses a tab's page at once when it is the first report in a while (a reader opening an
 * article should not wait), then, while reports keep coming closer than QUIET_MS apart, only the
 * latest, once they pause; and never the same page and verdict again within seconds. A page
 * firing a hundred location changes, or pushing fifty history entries, costs two analyses
 * instead of a hundred (issue 12: 100 synthetic location changes gave 100 extract-and-analyse
 * runs, and the archive page stalled meanwhile).
 */
export function analysisScheduler(run: Run, now: () => number = Date.now) {
  const timers = new Map<number, ReturnType<typeof setTimeout>>();
  const last = new Map<number, { key: string; at: number }>();
  const reportedAt = new Map<number, number>();
  return {
    report(tabId: number, url: string, detection: Detection, article?: unknown): void {
      const key = `${url}\n${JSON.stringify(detection)}`;
      const previous = last.get(tabId);
      if (previous?.key === key && now() - previous.at < AGAIN_AFTER_MS) return;
      const before = reportedAt.get(tabId);
      reportedAt.set(tabId, now());
      clearTimeout(timers.get(tabId));
      const start = () => {
        timers.delete(tabId);
        last.set(tabId, { key, at: now() });
        void run(tabId, url, detection, article);
      };
      if (before === undefined || now() - before >= QUIET_MS) start();
      else timers.set(tabId, setTimeout(start, QUIET_MS));
    },
    forget(tabId: number): void {
      clearTimeout(timers.get(tabId));
      timers.delete(tabId);
      last.delete(tabId);
      reportedAt.delete(tabId);
    },
  };
}
