// Bundled by bench/chromium.ts and evaluated in an extension page of the built extension, so the
// archive code runs on Chromium's own IndexedDB, in the database the extension itself uses.
import MiniSearch from 'minisearch';
import { checkArticle } from '../../src/archive';
import { ingestArticles } from '../../src/archive/ingest';
import { loadHeldKeyDays } from '../../src/archive/heldKeyDays';
import { loadAllKeyCounts } from '../../src/archive/keyStats';
import { ArchiveDB } from '../../src/archive/db';
import type { AnalyzedArticle } from '../../src/core/types';
import { ArchiveSearch } from '../../src/search/archiveSearch';
import { EMPTY_QUERY } from '../../src/search/filterDocs';
import { replicaAt } from '../replicate';

/** Articles per transaction, as the archive page's import stores a bundle. */
const IMPORT_BATCH = 100;

let db: ArchiveDB | null = null;
const archive = (): ArchiveDB => (db ??= new ArchiveDB());

const bench = {
  /**
   * Stores articles [from, to) of the replicated archive, IMPORT_BATCH to a transaction through
   * ingestArticles, as an import stores them (a reader's one-click save is one article, one
   * transaction); milliseconds taken.
   */
  async fill(sources: AnalyzedArticle[], from: number, to: number): Promise<number> {
    const start = performance.now();
    const store = archive();
    for (let batch = from; batch < to; batch += IMPORT_BATCH) {
      const items = [];
      for (let i = batch; i < Math.min(to, batch + IMPORT_BATCH); i++) {
        items.push({ analyzed: replicaAt(sources, i), origin: 'imported' as const, savedAt: '2026-01-01T00:00:00.000Z' });
      }
      await ingestArticles(store, items);
    }
    return performance.now() - start;
  },
  /**
   * Every key's count and the key index read into memory, as the background does while idle
   * (idleKeyCounts.ts, heldKeyDays.ts): milliseconds taken, negative when it gave up (too many
   * keys or index entries, or the archive changed).
   */
  async holdKeyCounts(): Promise<number> {
    const start = performance.now();
    const held = (await loadAllKeyCounts(archive())) && (await loadHeldKeyDays(archive()));
    return (held ? 1 : -1) * (performance.now() - start);
  },
  /** One check per query; milliseconds each. */
  async check(queries: AnalyzedArticle[]): Promise<number[]> {
    const times: number[] = [];
    for (const query of queries) {
      const start = performance.now();
      await checkArticle(archive(), query);
      times.push(performance.now() - start);
    }
    return times;
  },
  /**
   * The archive page's search (src/search/archiveSearch.ts): its index brought up to the archive
   * from nothing (ms), loaded as a page opening finds it (ms), then each query's words typed as a
   * reader types them (the first five letters of two title words) and with the first filter a
   * reader sets (an outlet): milliseconds per search.
   */
  async search(queries: AnalyzedArticle[]): Promise<{ sync: number; load: number; searches: number[] }> {
    const built = new ArchiveSearch('bench-search');
    const t0 = performance.now();
    await built.sync(archive());
    const sync = performance.now() - t0;
    const index = new ArchiveSearch('bench-search');
    const t1 = performance.now();
    await index.load();
    const load = performance.now() - t1;
    const searches: number[] = [];
    for (const query of queries) {
      const text = query.article.title.split(/\s+/).filter((w) => w.length > 3).slice(0, 2).map((w) => w.slice(0, 5)).join(' ');
      for (const q of [{ ...EMPTY_QUERY, text }, { ...EMPTY_QUERY, text, outlet: query.article.siteName ?? '' }]) {
        const t = performance.now();
        index.search(q);
        searches.push(performance.now() - t);
      }
    }
    return { sync, load, searches };
  },
  /** Bytes the origin stores (IndexedDB and all), as the browser counts them. */
  async usage(): Promise<number> {
    return (await navigator.storage.estimate()).usage ?? 0;
  },
  /** MiniSearch over the same texts: the index built from scratch, then one query each. */
  miniSearch(sources: AnalyzedArticle[], size: number, queries: AnalyzedArticle[]): { build: number; queries: number[] } {
    const start = performance.now();
    const index = new MiniSearch<{ id: number; title: string; text: string }>({ fields: ['title', 'text'] });
    for (let i = 0; i < size; i++) {
      const { article } = replicaAt(sources, i);
      index.add({ id: i, title: article.title, text: article.text });
    }
    const build = performance.now() - start;
    return {
      build,
      queries: queries.map((query) => {
        const t = performance.now();
        index.search(`${query.article.title} ${query.terms.slice(0, 30).join(' ')}`);
        return performance.now() - t;
      }),
    };
  },
};

(globalThis as unknown as { __bench: typeof bench }).__bench = bench;
