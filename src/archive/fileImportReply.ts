import type { AnalyzedArticle, Detection, ExtractedArticle } from '../core/types';

/** What the page posts to an analysis worker (fileImportWorker.ts). */
export interface AnalyzeRequest {
  id: number;
  article: ExtractedArticle;
  detection: Detection;
}

/** Asks a worker to warm its analyser (src/core/warmUp.ts) before the first page comes; answered `{ id, warmed: true }`. */
export interface WarmUpRequest {
  id: number;
  warmUp: true;
}

/** The analysis without what the page sent: the article only when analysis changed it (capped, marked truncated). */
export type AnalyzeReply =
  | { id: number; analysis: Omit<AnalyzedArticle, 'article' | 'detection'>; article?: ExtractedArticle }
  | { id: number; error: string }
  | { id: number; warmed: true };

/**
 * The reply for one analysed article. The article's text and detection are not sent back: the
 * page holds them, and every structured clone is paid twice (written in the worker, read on the
 * page) on a machine whose cores the import already fills.
 */
export function analyzeReply(id: number, sent: ExtractedArticle, analyzed: AnalyzedArticle): AnalyzeReply {
  const { article, detection: _detection, ...analysis } = analyzed;
  return article === sent ? { id, analysis } : { id, analysis, article };
}

/** The analysed article a reply stands for, given what was sent: as analyzeExtracted returned it. */
export function analyzedFromReply(reply: Extract<AnalyzeReply, { analysis: unknown }>, sent: Omit<AnalyzeRequest, 'id'>): AnalyzedArticle {
  return { article: reply.article ?? sent.article, detection: sent.detection, ...reply.analysis };
}
