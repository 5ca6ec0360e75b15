import type { AnalyzedArticle, Detection, ExtractedArticle } from '../core/types';
import { analyzedFromReply, type AnalyzeReply, type AnalyzeRequest } from './fileImportReply';

/** Workers that analyse for the file import (fileImportWorker.ts), each given the next page when it has the fewest waiting. */
export interface AnalyzerPool {
  analyze: (article: ExtractedArticle, detection: Detection) => Promise<AnalyzedArticle>;
  size: number;
  close(): void;
}

/** How many workers for this machine: one per core, at most four (the page's own thread reads and stores). */
export function poolSize(cores = globalThis.navigator?.hardwareConcurrency ?? 2): number {
  return Math.min(4, Math.max(1, cores));
}

export function analyzerPool(makeWorker: () => Worker, size = poolSize()): AnalyzerPool {
  const workers = Array.from({ length: size }, () => ({ worker: makeWorker(), busy: 0 }));
  const waiting = new Map<number, { resolve: (analyzed: AnalyzedArticle) => void; reject: (error: Error) => void; slot: (typeof workers)[number]; sent: Omit<AnalyzeRequest, 'id'> }>();
  let next = 0;
  for (const slot of workers) {
    slot.worker.onmessage = ({ data }: MessageEvent<AnalyzeReply>) => {
      const job = waiting.get(data.id);
      if (!job) return;
      waiting.delete(data.id);
      job.slot.busy -= 1;
      if ('error' in data) job.reject(new Error(data.error));
      else job.resolve(analyzedFromReply(data, job.sent));
    };
    // A worker that fails to load or dies: what it held is answered, not left hanging.
    slot.worker.onerror = (event) => {
      event.preventDefault();
      for (const [id, job] of waiting) {
        if (job.slot !== slot) continue;
        waiting.delete(id);
        job.reject(new Error(event.message || 'the analysis worker stopped'));
      }
      slot.busy = 0;
    };
  }
  return {
    size,
    analyze(article: ExtractedArticle, detection: Detection) {
      const slot = workers.reduce((least, candidate) => (candidate.busy < least.busy ? candidate : least));
      const id = next++;
      slot.busy += 1;
      return new Promise<AnalyzedArticle>((resolve, reject) => {
        waiting.set(id, { resolve, reject, slot, sent: { article, detection } });
        slot.worker.postMessage({ id, article, detection } satisfies AnalyzeRequest);
      });
    },
    close() {
      for (const { worker } of workers) worker.terminate();
      for (const job of waiting.values()) job.reject(new Error('the import was closed'));
      waiting.clear();
    },
  };
}
