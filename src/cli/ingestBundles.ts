import { createReadStream } from 'node:fs';
import type { ArchiveDB } from '../archive';
import { BundleError } from '../archive/bundleError';
import { importBundleStream, ImportStopped } from '../archive/bundleImport';
import { ProgressLines } from './progressLines';

/** A .json FILE given to `ingest`: read as a Backstory bundle (the file the archive page exports). */
export const isBundleFile = (file: string) => /\.json$/i.test(file);

export interface BundleFileSummary {
  file: string;
  /** Articles in the bundle: added, and already in the archive (by address or text), which are kept as they are. */
  articles: number;
  added: number;
  duplicates: number;
  /** Dataset events in it: stored, and kept as they were because the archive's copy is newer. */
  events?: { total: number; stored: number; newerKept: number };
}

/**
 * Merges bundles into the archive as the archive page imports one: read as a stream (a bundle
 * of any size), checked whole first, then stored in batches; an article the archive holds is a
 * duplicate and is never replaced, and a dataset event the archive holds from a newer import is
 * kept. A file that is no bundle (or a broken one) is left out with why, before anything of it
 * is stored, and the others go on.
 */
export async function ingestBundles(db: ArchiveDB, files: string[]): Promise<{ bundles: BundleFileSummary[]; unreadable: { file: string; reason: string }[] }> {
  const bundles: BundleFileSummary[] = [];
  const unreadable: { file: string; reason: string }[] = [];
  for (const file of files) {
    const text = () => createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 20 }) as AsyncIterable<string>;
    try {
      let progress = null as ProgressLines | null;
      const counts = (s: { added: number; duplicates: number }) => `${s.added.toLocaleString('en')} added, ${s.duplicates.toLocaleString('en')} already there`;
      const summary = await importBundleStream(db, text, {
        origin: 'imported',
        batchSize: 500,
        // The first pass checks the whole file; the bar counts the second, which stores.
        onProgress: (p) => {
          if (p.phase !== 'storing') return;
          progress ??= new ProgressLines(file, p.total);
          progress.update(p.done, counts(p));
        },
      });
      progress?.finish(summary.total, counts(summary));
      bundles.push({ file, articles: summary.total, added: summary.added, duplicates: summary.duplicates, ...(summary.events ? { events: summary.events } : {}) });
    } catch (error) {
      if (error instanceof BundleError) unreadable.push({ file, reason: error.message });
      else if (error instanceof ImportStopped) throw error.cause ?? error;
      else if ((error as NodeJS.ErrnoException).code) unreadable.push({ file, reason: `cannot be read: ${(error as Error).message}` });
      else throw error;
    }
  }
  return { bundles, unreadable };
}
