// Bundled by bench/optionsScale.ts and evaluated in the archive page of the built extension:
// the archive page's own search code over the index the page built in Chromium's IndexedDB.
import { ArchiveSearch } from '../../src/search/archiveSearch';
import { EMPTY_QUERY, type SearchQuery } from '../../src/search/filterDocs';

const bench = {
  /** Opening the stored index (as the page does when it opens), then each query `runs` times; milliseconds. */
  async search(queries: Array<Partial<SearchQuery>>, runs: number): Promise<{ load: number; size: number; times: Record<string, number[]>; counts: Record<string, number> }> {
    const index = new ArchiveSearch();
    const start = performance.now();
    await index.load();
    const load = performance.now() - start;
    const times: Record<string, number[]> = {};
    const counts: Record<string, number> = {};
    for (const query of queries) {
      const key = JSON.stringify(query);
      times[key] = [];
      for (let i = 0; i < runs; i++) {
        const t = performance.now();
        counts[key] = index.search({ ...EMPTY_QUERY, ...query }).length;
        times[key]!.push(performance.now() - t);
      }
    }
    return { load, size: index.size, times, counts };
  },
};

(globalThis as unknown as { __optionsBench: typeof bench }).__optionsBench = bench;
