import { describe, expect, test } from 'vitest';
import { analyzeText } from '../core/pipeline';
import { ingestArticle } from './ingest';
import { mergeCandidates, publishedNear } from './nearbyCandidates';
import { freshArchive } from './testing';

describe('reports published near the query', () => {
  test('are those of the same day and the two days either side, nearest first', async () => {
    const db = freshArchive();
    const days = ['2020-08-06', '2020-08-08', '2020-08-09', '2020-08-10T21:00:00Z', '2020-08-12', '2020-08-13'];
    for (const [n, day] of days.entries()) {
      await ingestArticle(db, analyzeText(`Новости ${n}\n\nТекст заметки номер ${n} о событиях дня.`, { url: `https://ru.test/${n}`, publishedAt: day }), { origin: 'imported' });
    }
    const ids = await publishedNear(db, '2020-08-10');
    const urls = (await db.articles.bulkGet(ids)).map((record) => record?.url);
    expect(urls).toEqual(['https://ru.test/3', 'https://ru.test/2', 'https://ru.test/4', 'https://ru.test/1']);
    expect(await publishedNear(db, null)).toEqual([]);
  });

  test('keep a quarter of the candidates when the keys would fill them all', () => {
    const byKeys = Array.from({ length: 8 }, (_, i) => i + 1);
    expect(mergeCandidates(byKeys, [20, 21, 3], 8)).toEqual([1, 2, 3, 4, 5, 6, 20, 21]);
    expect(mergeCandidates([1, 2], [20, 2, 21], 8)).toEqual([1, 2, 20, 21]);
    expect(mergeCandidates(byKeys, [20], 2)).toEqual([1, 2]);
  });
});
