import { describe, expect, test } from 'vitest';
import { detectText } from '../core/detect';
import { analyzeExtracted } from '../core/pipeline';
import type { ExtractedArticle } from '../core/types';
import { analyzeReply, type AnalyzeReply, type AnalyzeRequest, type WarmUpRequest } from './fileImportReply';
import { analyzerPool } from './fileImportWorkers';

// Written for the test: a short English report with a quoted statement.
const article: ExtractedArticle = {
  url: 'https://news.example.org/2024/03/12/border',
  title: 'Belarus denies moving troops to the border',
  byline: null,
  siteName: 'News Example',
  publishedAt: '2024-03-12',
  lang: 'en',
  text: '"We have not moved any units to the border," the Belarusian defence minister Viktor Khrenin told reporters in Minsk on Monday.',
};

/** Stands in for fileImportWorker.ts: answers each message a task later, in the order sent; or fails to load. */
class FakeWorker {
  onmessage: ((event: MessageEvent<AnalyzeReply>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  readonly seen: string[] = [];
  constructor(private readonly broken = false) {}
  postMessage(data: AnalyzeRequest | WarmUpRequest) {
    this.seen.push('warmUp' in data ? 'warm-up' : 'page');
    setTimeout(() => {
      if (this.broken) return this.onerror?.({ message: 'failed to load', preventDefault: () => undefined } as ErrorEvent);
      const reply: AnalyzeReply = 'warmUp' in data ? { id: data.id, warmed: true } : analyzeReply(data.id, data.article, analyzeExtracted(data.article, data.detection));
      this.onmessage?.({ data: reply } as MessageEvent<AnalyzeReply>);
    }, 0);
  }
  terminate() {}
}

describe('analyzerPool', () => {
  test('warms every worker once, then analyses as before', async () => {
    const made: FakeWorker[] = [];
    const pool = analyzerPool(() => (made.push(new FakeWorker()), made.at(-1) as unknown as Worker), 2);
    const warm = pool.warmUp();
    expect(pool.warmUp()).toBe(warm);
    await warm;
    expect(made.map((worker) => worker.seen)).toEqual([['warm-up'], ['warm-up']]);
    const detection = detectText(article.title, article.text);
    const analyzed = await pool.analyze(article, detection);
    expect(analyzed).toEqual(analyzeExtracted(article, detection));
    pool.close();
  });

  test('a page sent while the workers warm up waits for it and is analysed', async () => {
    const pool = analyzerPool(() => new FakeWorker() as unknown as Worker, 1);
    const warm = pool.warmUp();
    const detection = detectText(article.title, article.text);
    const analyzed = pool.analyze(article, detection);
    await warm;
    expect((await analyzed).statements).toEqual(analyzeExtracted(article, detection).statements);
    pool.close();
  });

  test('a worker that fails to load still lets the warm-up settle', async () => {
    const pool = analyzerPool(() => new FakeWorker(true) as unknown as Worker, 2);
    await expect(pool.warmUp()).resolves.toBeUndefined();
    await expect(pool.analyze(article, detectText(article.title, article.text))).rejects.toThrow('failed to load');
    pool.close();
  });
});
