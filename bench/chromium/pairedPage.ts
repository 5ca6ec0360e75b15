// Bundled by bench/chromium/pairedChecks.ts into an extension page: the same queries checked
// through two handles on one archive, each with its own check cache, one of which holds every
// key's count (loadAllKeyCounts, as the background reads it while idle).
import { checkArticle } from '../../src/archive';
import { ArchiveDB } from '../../src/archive/db';
import { loadAllKeyCounts } from '../../src/archive/keyStats';
import type { AnalyzedArticle } from '../../src/core/types';

(globalThis as unknown as { __paired: unknown }).__paired = {
  /** Milliseconds per query for each handle, the two taking turns to go first. */
  async paired(queries: AnalyzedArticle[]): Promise<{ held: boolean; load: number; reading: number[]; holding: number[] }> {
    const reading = new ArchiveDB();
    const holding = new ArchiveDB();
    await checkArticle(reading, queries[0]!);
    await checkArticle(holding, queries[0]!);
    const start = performance.now();
    const held = await loadAllKeyCounts(holding);
    const load = performance.now() - start;
    const times = { reading: [] as number[], holding: [] as number[] };
    for (const [i, query] of queries.slice(1).entries()) {
      for (const which of i % 2 === 0 ? (['reading', 'holding'] as const) : (['holding', 'reading'] as const)) {
        const t = performance.now();
        await checkArticle(which === 'reading' ? reading : holding, query);
        times[which].push(performance.now() - t);
      }
    }
    return { held, load, ...times };
  },
};
