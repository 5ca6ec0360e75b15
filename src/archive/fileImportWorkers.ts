import type { AnalyzedArticle, Detection, ExtractedArticle } from '../core/types';
import { analyzedFromReply, type AnalyzeReply, type AnalyzeRequest, type WarmUpRequest } from './fileImportReply';

/** Workers that analyse for the file import (fileImportWorker.ts), each given the next page when it has the fewest waiting. */
export interface AnalyzerPool {
  analyze: (article: ExtractedArticle, detection: Detection) => Promise<AnalyzedArticle>;
  /**
   * Has every worker warm its analyser (src/core/warmUp.ts); settles when all have, or failed.
   * Begun while the reader picks the files, it takes the workers' start-up off the import.
   */
  warmUp(): Promise<void>;
  size: number;
  close(): void;
}

/** How many workers for this machine: one per core, at most four (the page's own thread reads and stores). */
export function poolSize(cores = globalThis.navigator?.hardwareConcurrency ?? 2): number {
  return Math.min(4, Math.max(1, cores));
}

export function analyzerPool(makeWorker: () => Worker, size = poolSize()): AnalyzerPool {
  const workers = Array.from({ length: size }, () => ({ worker: makeWorker(), busy: 0 }));
  /** Each request's answer, by its id: a reply settles it, a failed worker rejects it. */
  const waiting = new Map<number, { settle: (reply: AnalyzeReply) => void; reject: (error: Error) => void; slot: (typeof workers)[number] }>();
  let next = 0;
  const send = (slot: (typeof workers)[number], request: (id: number) => AnalyzeRequest | WarmUpRequest, settle: (reply: AnalyzeReply) => void, reject: (error: Error) => void) => {
    const id = next++;
    slot.busy += 1;
    waiting.set(id, { settle, reject, slot });
    slot.worker.postMessage(request(id));
  };
  for (const slot of workers) {
    slot.worker.onmessage = ({ data }: MessageEvent<AnalyzeReply>) => {
      const job = waiting.get(data.id);
      if (!job) return;
      waiting.delete(data.id);
      job.slot.busy -= 1;
      job.settle(data);
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
  let warming: Promise<void> | null = null;
  return {
    size,
    warmUp() {
      warming ??= Promise.all(
        workers.map((slot) => new Promise<void>((resolve) => send(slot, (id) => ({ id, warmUp: true }), () => resolve(), () => resolve()))),
      ).then(() => undefined);
      return warming;
    },
    analyze(article: ExtractedArticle, detection: Detection) {
      const slot = workers.reduce((least, candidate) => (candidate.busy < least.busy ? candidate : least));
      const sent = { article, detection };
      return new Promise<AnalyzedArticle>((resolve, reject) =>
        send(
          slot,
          (id) => ({ id, article, detection }),
          (reply) => {
            if ('error' in reply) reject(new Error(reply.error));
            else if ('analysis' in reply) resolve(analyzedFromReply(reply, sent));
            else reject(new Error('the analysis worker answered a page with a warm-up'));
          },
          reject,
        ),
      );
    },
    close() {
      for (const { worker } of workers) worker.terminate();
      for (const job of waiting.values()) job.reject(new Error('the import was closed'));
      waiting.clear();
    },
  };
}
