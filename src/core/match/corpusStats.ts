import type { Analysis } from '../types';
import { indexKeys } from './indexKeys';

/** Document frequency of an index key over the archive. */
export interface CorpusStats {
  docCount: number;
  df(key: string): number;
  /**
   * Optional: what `build` makes of one candidate under these counts, kept by a caller whose
   * counts and candidates hold from one query to the next (the archive's, until it changes), so
   * a candidate's vectors are not built again for every query it is ranked for.
   */
  kept?<T>(candidate: object, build: () => T): T;
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
