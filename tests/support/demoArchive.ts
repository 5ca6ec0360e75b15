import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { ArchiveDB, exportBundle, ingestArticle, type ArchiveBundle } from '../../src/archive';
import { parseHtml } from '../../src/cli/html';
import { analyzeDocument } from '../../src/core/pipeline';
import { seedPageHtml, type Seed } from './seedPages';

/**
 * An archive bundle made from seed pages exactly as the extension would store them: each page
 * read by the same pipeline, ingested by the same archive code, exported as the same bundle.
 */
export async function buildDemoBundle(seeds: Seed[], urlOf: (seed: Seed) => string): Promise<ArchiveBundle> {
  const db = new ArchiveDB(`demo-${Date.now()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  try {
    for (const seed of seeds) {
      const url = urlOf(seed);
      const analyzed = analyzeDocument(parseHtml(seedPageHtml(seed, { url }), url), url);
      await ingestArticle(db, analyzed, { origin: 'imported' });
    }
    return await exportBundle(db);
  } finally {
    db.close();
  }
}
