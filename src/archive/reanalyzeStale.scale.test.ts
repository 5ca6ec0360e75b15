import { expect, test } from 'vitest';
import { ANALYZER_VERSION } from '../core/analyze';
import { ingestArticle } from './ingest';
import { reanalyzeStale } from './reanalyzeStale';
import { analyzedSeed, freshArchive } from './testing';

// Issue 12, item 8: re-analysis after an update started its scan from the first article for
// every batch, so it read the archive's current articles again and again (800 articles read
// 17,200 records).
test('re-analysis reads each article about once, however many batches it takes', async () => {
  const db = freshArchive();
  let reads = 0;
  // Every article record the archive hands up, through any kind of read.
  db.use({
    stack: 'dbcore',
    name: 'count-article-reads',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        if (name !== 'articles') return table;
        return {
          ...table,
          get: (request) => table.get(request).then((value) => ((reads += value ? 1 : 0), value)),
          getMany: (request) => table.getMany(request).then((values) => ((reads += values.length), values)),
          query: (request) => table.query(request).then((response) => ((reads += request.values === false ? 0 : response.result.length), response)),
          openCursor: (request) => table.openCursor(request).then((cursor) => cursor && Object.create(cursor, {
            start: { value: (onNext: () => void) => cursor.start(() => ((reads += 1), onNext())) },
          })),
        };
      },
    }),
  });
  const { id } = await ingestArticle(db, analyzedSeed(1), { origin: 'saved' });
  const model = (await db.articles.get(id))!;
  const { id: _id, ...row } = model;
  // 199 copies of one current article, then 10 stale ones at the end of the key order.
  await db.articles.bulkAdd(Array.from({ length: 209 }, (_, i) => ({
    ...row,
    url: `https://news.test/${i}`,
    canonicalUrl: `https://news.test/${i}`,
    contentHash: `h${i}`,
    analyzerVersion: i >= 199 ? ANALYZER_VERSION - 1 : ANALYZER_VERSION,
  })));
  reads = 0;
  expect(await reanalyzeStale(db, 2)).toBe(10);
  // 210 articles, each read once by the scan and each stale one again inside its transaction.
  expect(reads).toBeLessThanOrEqual(210 + 10 + 4);
  expect(await db.articles.filter((record) => record.analyzerVersion !== ANALYZER_VERSION).count()).toBe(0);
});
