import type { Analysis } from '../types';
import { indexKeys } from './indexKeys';

/** Document frequency of an index key over the archive. */
export interface CorpusStats {
  docCount: number;
  df(key: string): number;
}

/** Stats over analyses held in memory (tests, the command line); the archive counts its own index. */
export function corpusStatsFrom(analyses: Analysis[]): CorpusStats {
  const counts = new Map<string, number>();
  for (const analysis of analyses) {
    for (const key of indexKeys(analysis)) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return { docCount: analyses.length, df: (key) => counts.get(key) ?? 0 };
}

/** Smoothed inverse document frequency: a key in every article still weighs a little. */
export function idf(stats: CorpusStats, key: string): number {
  return Math.log(1 + (stats.docCount + 1) / (stats.df(key) + 0.5));
}
