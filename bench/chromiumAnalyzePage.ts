// The analysis bench's own code, bundled by bench/chromiumAnalyze.ts and run as is in a Chromium
// worker, in a Chromium page or in Node: the same bytes everywhere, so their figures compare.
import { analyzeArticle } from '../src/core/analyze';
import { articleFromPlainText } from '../src/core/extract';
import type { ExtractedArticle } from '../src/core/types';
import { WARM_UP_LANGS, warmUpAnalysisIn } from '../src/core/warmUp';

export interface BenchText { id: string; lang: string; raw: string; url: string; publishedAt: string }
export interface BenchOptions {
  /** Passes over every text, each text once a pass, in order; the first `warmUp` are not timed. */
  passes: number;
  warmUp: number;
  /** Each text this many times in a row per pass (1: as an import reads pages). */
  repeat: number;
  /** Warm up on every other text, then time the rest, first unseen (pass 0) and then seen. */
  split?: boolean;
  /**
   * As a worker meets pages: warmed by the analyser's own samples (src/core/warmUp.ts, twice
   * each, as the workers and the service worker do), then each text analysed twice in a row, in
   * order: its first analysis (first use of whatever it alone reaches) and its second (`ms`).
   */
  cold?: boolean;
  /** With split: only the warm-up, or only the timed passes (to profile these alone). */
  phase?: 'warm' | 'timed';
}
export interface TextTiming { id: string; lang: string; words: number; ms: number[]; passMs?: number[] }

function coldRun(articles: Prepared, options: BenchOptions): TextTiming[] {
  if (options.phase !== 'timed') for (const lang of WARM_UP_LANGS) for (let run = 0; run < 2; run++) warmUpAnalysisIn(lang);
  if (options.phase === 'warm') return [];
  const timings: TextTiming[] = articles.map(({ text, words }) => ({ id: text.id, lang: text.lang, words, ms: [] }));
  const passMs = [0, 0];
  articles.forEach(({ article }, i) => {
    for (let run = 0; run < options.passes; run++) {
      const start = performance.now();
      analyzeArticle(article);
      const ms = performance.now() - start;
      timings[i]!.ms.push(ms);
      passMs[run ? 1 : 0]! += ms;
    }
  });
  if (timings[0]) timings[0].passMs = passMs;
  return timings;
}

const wordsOf = (text: string) => (text.match(/[\p{L}\p{N}_]+/gu) ?? []).length;

type Prepared = Array<{ text: BenchText; article: ExtractedArticle; words: number }>;
/** The texts read as articles once (not timed, and out of a profile of a later call). */
let prepared: { key: string; articles: Prepared } | null = null;

export function runBench(texts: BenchText[], options: BenchOptions): TextTiming[] {
  const key = texts.map((t) => t.id).join(' ');
  if (prepared?.key !== key) {
    prepared = {
      key,
      articles: texts.map((text) => {
        const article = articleFromPlainText(text.raw, { url: text.url, publishedAt: text.publishedAt });
        return { text, article, words: wordsOf(`${article.title} ${article.text}`) };
      }),
    };
  }
  const { articles } = prepared;
  if (options.cold) return coldRun(articles, options);
  if (options.split) {
    const warm = articles.filter((_, i) => i % 2 === 0);
    const timed = articles.filter((_, i) => i % 2 === 1);
    if (options.phase !== 'timed') for (let pass = 0; pass < options.warmUp; pass++) for (const { article } of warm) analyzeArticle(article);
    if (options.phase === 'warm') return [];
    const timings: TextTiming[] = timed.map(({ text, words }) => ({ id: text.id, lang: text.lang, words, ms: [] }));
    const passMs: number[] = [];
    for (let pass = 0; pass < options.passes; pass++) {
      const passStart = performance.now();
      timed.forEach(({ article }, i) => {
        const start = performance.now();
        analyzeArticle(article);
        timings[i]!.ms.push(performance.now() - start);
      });
      passMs.push(performance.now() - passStart);
    }
    if (timings[0]) timings[0].passMs = passMs;
    return timings;
  }
  const timings: TextTiming[] = articles.map(({ text, words }) => ({ id: text.id, lang: text.lang, words, ms: [] }));
  const passMs: number[] = [];
  for (let pass = 0; pass < options.passes; pass++) {
    const passStart = performance.now();
    articles.forEach(({ article }, i) => {
      for (let r = 0; r < options.repeat; r++) {
        const start = performance.now();
        analyzeArticle(article);
        const ms = performance.now() - start;
        if (pass >= options.warmUp) timings[i]!.ms.push(ms);
      }
    });
    passMs.push(performance.now() - passStart);
  }
  if (timings[0]) timings[0].passMs = passMs;
  return timings;
}

/** In a worker: one message with the texts and options, one reply with the timings. */
const scope = globalThis as unknown as { WorkerGlobalScope?: unknown; onmessage: unknown; postMessage(message: unknown): void };
if (typeof scope.WorkerGlobalScope !== 'undefined') {
  scope.onmessage = ({ data }: { data: { texts: BenchText[]; options: BenchOptions } }) => {
    scope.postMessage(runBench(data.texts, data.options));
  };
}
