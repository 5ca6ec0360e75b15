import { WARM_UP_LANGS, warmUpAnalysis } from '@/src/core/warmUp';
import { idleSpells } from './idleSpells';

/**
 * How long the worker has had no page to analyse before it warms the analyser: a reader reads
 * for seconds between articles, while a page's steps follow each other within milliseconds.
 */
export const WARM_UP_IDLE_MS = 250;

/**
 * Warms the analyser while the worker is idle: each language's sample analysed twice
 * (src/core/warmUp.ts), one analysis a task, begun only after an idle spell and never while a
 * page is being analysed (a page reported during a step is taken up when the step ends, and
 * the steps left wait for the next idle spell). A worker's first English article paid about 270
 * ms compiling chrono's patterns, and the first of each other language its own first uses
 * (2026-11-29, Node: the first five devset articles' first-use cost 1.0 s, 0.26 s after the
 * warm-up); now a reader's next article, in any language, finds them done. A page reported
 * during a step waits for that step alone (one sample's analysis, a few tens of milliseconds
 * once the worker's tables are built).
 */
export function idleWarmUp(run: (lang: string) => void = warmUpAnalysis, steps: string[] = WARM_UP_LANGS.flatMap((lang) => [lang, lang]), idleMs = WARM_UP_IDLE_MS) {
  let next = 0;
  const spells = idleSpells(() => {
    if (spells.busy || next >= steps.length) return;
    try {
      run(steps[next++]!);
    } catch {
      // A warm-up that fails changes nothing: the page's own analysis does the same work.
    }
    // The next step in a task of its own: a page reported meanwhile is handled first.
    if (next < steps.length) spells.arm(0);
  }, idleMs);
  spells.arm();
  return {
    /** Runs a page's work; no warm-up step begins until it and the idle spell after it are over. */
    whileBusy: spells.whileBusy,
    /** Steps not yet run. */
    get left(): number {
      return steps.length - next;
    },
  };
}
