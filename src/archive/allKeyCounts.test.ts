import { describe, expect, test } from 'vitest';
import { deleteArticle } from './articles';
import { ingestArticle } from './ingest';
import { completeCheckCache, loadAllKeyCounts } from './keyStats';
import { checkArticle } from './related';
import { analyzedSeed, archiveOfSeeds, RUSSIAN_MINSK_VISIT } from './testing';

// A worker reads every key's count while idle (loadAllKeyCounts), and its checks then read no
// counts: what they show must be exactly what a worker that read them check by check shows,
// and once the archive changes the counts held are not used until read again.

const russian = RUSSIAN_MINSK_VISIT;

async function pair() {
  const { db: reading, handle } = await archiveOfSeeds('all');
  // Two more handles on the same archive, each a worker of its own: one that reads counts as
  // checks ask for them, one that read them all first.
  const byCheck = handle();
  const held = handle();
  expect(await loadAllKeyCounts(held)).toBe(true);
  return { reading, byCheck, held, another: handle };
}

describe('every key count held in memory', () => {
  test('checks show the same reports, scores and contradictions as checks that read their counts, in the same order', async () => {
    const { byCheck, held } = await pair();
    expect(completeCheckCache(held)).toBeDefined();
    expect(completeCheckCache(byCheck)).toBeUndefined();
    for (const query of [analyzedSeed(4), russian, analyzedSeed(2), analyzedSeed(4)]) {
      const expected = await checkArticle(byCheck, query);
      expect(await checkArticle(held, query)).toEqual(expected);
    }
    const first = await checkArticle(held, analyzedSeed(4));
    expect(first.related.length).toBeGreaterThan(0);
  });

  test('after the archive changes the held counts are not used, and a new read holds the new ones', async () => {
    const { reading, byCheck, held } = await pair();
    await checkArticle(held, analyzedSeed(4));
    // Another context saves a report: the generation moves.
    const saved = await ingestArticle(reading, russian, { origin: 'saved' });
    const after = await checkArticle(held, analyzedSeed(4));
    expect(after.related.map((r) => r.url)).toContain(russian.article.url);
    expect(after).toEqual(await checkArticle(byCheck, analyzedSeed(4)));
    expect(completeCheckCache(held)).toBeUndefined();
    expect(await loadAllKeyCounts(held)).toBe(true);
    if (saved.status === 'added') await deleteArticle(reading, saved.id);
    const deleted = await checkArticle(held, analyzedSeed(4));
    expect(deleted.related.map((r) => r.url)).not.toContain(russian.article.url);
    expect(deleted).toEqual(await checkArticle(byCheck, analyzedSeed(4)));
  });

  test('a read told to stop, or past its most keys, holds nothing; one read in small pages holds every count', async () => {
    const { another } = await pair();
    const other = another();
    let asked = 0;
    expect(await loadAllKeyCounts(other, () => ++asked > 2, { pageSize: 10 })).toBe(false);
    expect(completeCheckCache(other)).toBeUndefined();
    expect(await loadAllKeyCounts(other, undefined, { pageSize: 7 })).toBe(true);
    const tooMany = another();
    expect(await loadAllKeyCounts(tooMany, undefined, { maxKeys: 5 })).toBe(false);
    expect(completeCheckCache(tooMany)).toBeUndefined();
    // Not tried again while the archive is as large.
    expect(await loadAllKeyCounts(tooMany)).toBe(false);
    const whole = another();
    expect(await loadAllKeyCounts(whole)).toBe(true);
    const paged = completeCheckCache(other)?.all;
    expect(paged?.size).toBeGreaterThan(50);
    expect(paged).toEqual(completeCheckCache(whole)?.all);
    expect(paged?.has('#generation')).toBe(false);
  });
});
