import { describe, expect, test } from 'vitest';
import { indexKeys } from '../core/match';
import { ingestArticle } from './ingest';
import { loadCorpusStats } from './keyStats';
import { checkArticle } from './related';
import { analyzedSeed, archiveOfSeeds, RUSSIAN_MINSK_VISIT } from './testing';

// The background keeps each candidate's weighted vectors between checks while the archive is
// unchanged (keyStats.ts, CorpusStats.kept): a reader must see exactly what a worker started
// afresh would show, on a second look at a page and after the archive changes.

const russian = RUSSIAN_MINSK_VISIT;

async function pair() {
  // Another handle on the same archive: a worker that has checked nothing yet.
  const { db: warm, handle: fresh } = await archiveOfSeeds('kept');
  return { warm, fresh };
}

describe('what a check keeps between checks', () => {
  test('a page checked again, after other pages, shows the same related reports and scores as a fresh worker', async () => {
    const { warm, fresh } = await pair();
    const seed = analyzedSeed(4);
    const first = await checkArticle(warm, seed);
    await checkArticle(warm, russian);
    const again = await checkArticle(warm, seed);
    expect(first.related.length).toBeGreaterThan(0);
    expect(again).toEqual(first);
    expect(await checkArticle(fresh(), seed)).toEqual(first);
    expect(await checkArticle(fresh(), russian)).toEqual(await checkArticle(warm, russian));
  });

  test('after a report is saved, the related reports are those a fresh worker finds, the new one among them', async () => {
    const { warm, fresh } = await pair();
    await checkArticle(warm, analyzedSeed(4));
    await checkArticle(warm, russian);
    await ingestArticle(warm, russian, { origin: 'saved' });
    const after = await checkArticle(warm, analyzedSeed(4));
    expect(after.related.map((r) => r.url)).toContain(russian.article.url);
    expect(after).toEqual(await checkArticle(fresh(), analyzedSeed(4)));
  });

  test('a kept build that read a key without its count is built again once that count is read', async () => {
    const { warm } = await pair();
    const [first, second] = indexKeys(analyzedSeed(0));
    const candidate = { id: 1 };
    // The first check read the count of one key only; the build also looked the other up.
    const before = await loadCorpusStats(warm, [first!]);
    const built = before.kept!(candidate, () => before.df(second!));
    expect(built).toBe(0);
    // A later check of the same archive reads the other key's count: the kept build is stale.
    const after = await loadCorpusStats(warm, [first!, second!]);
    expect(after.kept!(candidate, () => after.df(second!))).toBeGreaterThan(0);
    // Its keys all counted, it is kept from then on.
    expect(after.kept!(candidate, () => -1)).toBeGreaterThan(0);
  });
});
