import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, test } from 'vitest';
import { analyzeText } from '../core/pipeline';
import { deleteArticle } from './articles';
import { findCandidateIds, windowsFor } from './candidates';
import { loadHeldKeyDays } from './heldKeyDays';
import { ingestArticle, ingestArticles } from './ingest';
import { loadAllKeyCounts } from './keyStats';
import { checkArticle } from './related';
import { freshArchive } from './testing';

// A worker holds the `keyDays` index in memory while idle (heldKeyDays.ts): a check's key reads
// must then find exactly the ids the index gives, in the same order, for every window and
// widening, and the held index must never answer for an archive that changed since.

const people = ['Пригожин', 'Шойгу', 'Лукашенко', 'Зеленский'];
const report = (n: number, publishedAt: string | null) => analyzeText(
  `${people[n % 4]} и ЧВК «Вагнер»: заявление (${n})\n\n${people[n % 4]} заявил, что ЧВК «Вагнер» продолжит работу в Бахмуте, сообщила пресс-служба (${n}). ` +
    `${people[(n + 1) % 4]} ответил ему в Минске.`,
  { url: `https://ru.test/${n}`, publishedAt },
);

/** Reports over two years, three a day, some undated: an archive whose keys widen. */
function dates(count: number): Array<string | null> {
  return Array.from({ length: count }, (_, i) => {
    if (i % 17 === 5) return null;
    const day = new Date(Date.UTC(2022, 0, 1) + ((Math.floor(i / 3) * 37) % 700) * 86_400_000).toISOString().slice(0, 10);
    return i % 3 === 0 ? `${day}T08:00:00Z` : day;
  });
}
const queries = [report(1000, '2022-03-10'), report(1001, '2023-09-30T12:00:00Z'), report(1002, '2021-06-01'), report(1003, null), report(1004, '2022-11-15')];
/** Reports on the very first and last days of each query's windows, where a widening begins. */
const onBounds = queries.flatMap((query) => windowsFor(query.article.publishedAt, 10_000, 200).flatMap((window) => (window ? [window.from, window.to] : [])));

async function archive(count = 90) {
  const factory = new IDBFactory();
  const name = `held-${Math.random()}`;
  const db = freshArchive(name, factory);
  await ingestArticles(db, [...dates(count), ...onBounds].map((date, n) => ({ analyzed: report(n, date), origin: 'imported' as const })));
  // Each handle a worker of its own: one that reads the index, one that holds every count, one that holds the index too.
  const reading = freshArchive(name, factory);
  const counted = freshArchive(name, factory);
  const holding = freshArchive(name, factory);
  expect(await loadAllKeyCounts(counted)).toBe(true);
  expect(await loadAllKeyCounts(holding)).toBe(true);
  expect(await loadHeldKeyDays(holding, undefined, { pageSize: 7, commonAbove: () => Infinity })).toBe(true);
  return { db, reading, counted, holding, handle: () => freshArchive(name, factory) };
}

describe('the key index held in memory', () => {
  test('candidate ids are those the index gives, in the same order, with every window, widening and cap', async () => {
    const { reading, counted, holding } = await archive();
    for (const query of queries) {
      for (const [limit, perKey] of [[3, 2], [5, 3], [8, 5], [20, 4], [40, 200], [200, 200]] as const) {
        const expected = await findCandidateIds(reading, query, limit, perKey);
        expect(await findCandidateIds(counted, query, limit, perKey)).toEqual(expected);
        expect(await findCandidateIds(holding, query, limit, perKey)).toEqual(expected);
      }
    }
  });

  test('checks show the same reports and contradictions; after a change the held index is not used until read again', async () => {
    const { db, reading, holding } = await archive();
    for (const query of queries) expect(await checkArticle(holding, query)).toEqual(await checkArticle(reading, query));
    // Another context saves a report of the queries' days: the generation moves.
    const saved = await ingestArticle(db, report(2000, '2022-03-11'), { origin: 'saved' });
    const after = await checkArticle(holding, queries[0]!);
    expect(after.related.map((r) => r.url)).toContain('https://ru.test/2000');
    expect(after).toEqual(await checkArticle(reading, queries[0]!));
    expect(await loadAllKeyCounts(holding)).toBe(true);
    expect(await loadHeldKeyDays(holding)).toBe(true);
    if (saved.status === 'added') await deleteArticle(db, saved.id);
    const deleted = await checkArticle(holding, queries[0]!);
    expect(deleted.related.map((r) => r.url)).not.toContain('https://ru.test/2000');
    expect(deleted).toEqual(await checkArticle(reading, queries[0]!));
  });

  test('a read told to stop goes on where it stopped; one past its most entries holds nothing and is not tried again', async () => {
    const { reading, handle } = await archive();
    const paused = handle();
    expect(await loadAllKeyCounts(paused)).toBe(true);
    let asked = 0;
    expect(await loadHeldKeyDays(paused, () => ++asked > 2, { pageSize: 10 })).toBe(false);
    expect(await loadHeldKeyDays(paused, () => false, { pageSize: 10 })).toBe(true);
    for (const query of queries) expect(await findCandidateIds(paused, query, 5, 3)).toEqual(await findCandidateIds(reading, query, 5, 3));
    const tooMany = handle();
    expect(await loadHeldKeyDays(tooMany, undefined, { maxEntries: 50 })).toBe(false);
    expect(await loadHeldKeyDays(tooMany)).toBe(false);
  });
});
