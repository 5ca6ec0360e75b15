import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, test } from 'vitest';
import { matchIntoState, savedMarkFor, savedMarkOf } from '../../entrypoints/background/pageAnalysis';
import { emptyTabState } from '../../entrypoints/background/tabStates';
import { analyzeText } from '../../src/core/pipeline';
import { candidatesIn, readSurroundings } from '../../src/archive/candidates';
import { loadHeldKeyDays } from '../../src/archive/heldKeyDays';
import { ingestArticle, ingestArticles } from '../../src/archive/ingest';
import { loadAllKeyCounts } from '../../src/archive/keyStats';
import { checkArticle } from '../../src/archive/related';
import { freshArchive } from '../../src/archive/testing';

// The background reads a page's stored copies and the reports published near it while the page
// is analysed (readSurroundings): a check given them must show exactly what it shows reading
// them itself, and must read them again when the archive changed in between.

const people = ['Пригожин', 'Шойгу', 'Лукашенко', 'Зеленский'];
const report = (n: number, publishedAt: string | null) => analyzeText(
  `${people[n % 4]} и ЧВК «Вагнер»: заявление (${n})\n\n${people[n % 4]} заявил, что ЧВК «Вагнер» продолжит работу в Бахмуте, сообщила пресс-служба (${n}). ` +
    `${people[(n + 1) % 4]} ответил ему в Минске.`,
  { url: `https://ru.test/${n}`, publishedAt },
);
const day = (i: number) => new Date(Date.UTC(2022, 0, 1) + ((i * 11) % 400) * 86_400_000).toISOString().slice(0, 10);
const queries = [report(1000, '2022-03-10'), report(1001, '2022-09-30T12:00:00Z'), report(1002, null), report(5, day(5))];

async function archive() {
  const factory = new IDBFactory();
  const name = `ahead-${Math.random()}`;
  const db = freshArchive(name, factory);
  await ingestArticles(db, Array.from({ length: 120 }, (_, n) => ({ analyzed: report(n, n % 13 === 4 ? null : day(n)), origin: 'imported' as const })));
  // Each handle a worker of its own: one reading everything, one holding the counts and the key index.
  const reading = freshArchive(name, factory);
  const holding = freshArchive(name, factory);
  expect(await loadAllKeyCounts(holding)).toBe(true);
  expect(await loadHeldKeyDays(holding)).toBe(true);
  return { db, reading, holding };
}

describe('surroundings read ahead of the check', () => {
  test('a check given them shows the same reports and contradictions; the saved mark is the one looked up', async () => {
    const { reading, holding } = await archive();
    for (const query of queries) {
      const ahead = readSurroundings(holding, query.article);
      expect(await checkArticle(holding, query, ahead)).toEqual(await checkArticle(reading, query));
      expect(await savedMarkOf(holding, ahead)).toEqual(await savedMarkFor(reading, query));
    }
    // A stored page (queries[3] is report 5): left out of its own candidates, and marked saved.
    const ahead = readSurroundings(holding, queries[3]!.article);
    expect((await ahead).self.size).toBe(1);
    const mark = await savedMarkOf(holding, ahead);
    expect(mark).not.toBeNull();
    expect(mark).toEqual(await savedMarkFor(reading, queries[3]!));
    const state = await matchIntoState(holding, emptyTabState(1, queries[3]!.article.url), queries[3]!, ahead);
    expect(state.saved).toEqual(mark);
    expect(state.related.map((r) => r.url)).not.toContain(queries[3]!.article.url);
    expect({ ...state, updatedAt: '' }).toEqual({ ...(await matchIntoState(reading, emptyTabState(1, queries[3]!.article.url), queries[3]!)), updatedAt: '' });
  });

  test('read before the archive changed, they are read again', async () => {
    const { db, reading, holding } = await archive();
    const query = queries[0]!;
    const ahead = readSurroundings(holding, query.article);
    await ahead;
    // Another context saves this very text at another address, and the held counts follow the archive.
    const copy = await ingestArticle(db, { ...query, article: { ...query.article, url: 'https://mirror.test/copy' } }, { origin: 'saved' });
    expect(copy.status).toBe('added');
    expect(await loadAllKeyCounts(holding)).toBe(true);
    expect(await loadHeldKeyDays(holding)).toBe(true);
    const early = await ahead;
    const { candidates } = await holding.transaction('r', [holding.keyStats, holding.features, holding.articles], async () => {
      const read = await candidatesIn(holding, query, early);
      return read;
    });
    expect(candidates.length).toBeGreaterThan(0);
    expect(candidates.map((c) => c.id)).not.toContain((copy as { id: number }).id);
    const after = await checkArticle(holding, query, ahead);
    expect(after.related.map((r) => r.url)).not.toContain('https://mirror.test/copy');
    expect(after).toEqual(await checkArticle(reading, query));
  });
});
