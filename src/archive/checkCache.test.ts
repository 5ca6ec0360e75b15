import { describe, expect, test } from 'vitest';
import { analyzeText } from '../core/pipeline';
import { deleteArticle } from './articles';
import { ingestArticle } from './ingest';
import { checkArticle } from './related';
import { analyzedSeed, freshArchive } from './testing';

// A check keeps what it read (key reads, candidates' features, statement rows) for the next
// one while the archive is unchanged (keyStats.ts). A reader must never see a stale answer:
// a report saved since is found, a report deleted since is gone, and the same page checked
// again gets the same answer.
describe('checks that reuse what earlier checks read', () => {
  test('a report saved after a check is found by the next one, and gone once deleted', async () => {
    const db = freshArchive();
    for (const n of [0, 1, 2]) await ingestArticle(db, analyzedSeed(n), { origin: 'imported' });
    const visit = analyzedSeed(4); // Putin in Minsk, 19 December 2022
    const before = await checkArticle(db, visit);
    expect(before.related.map((report) => report.title).join('\n')).not.toContain('Putin heads for Belarus');

    const saved = await ingestArticle(db, analyzedSeed(3), { origin: 'saved' }); // the Reuters report of the same visit
    const after = await checkArticle(db, visit);
    expect(after.related[0]?.title).toContain('Putin heads for Belarus');
    expect(after.related[0]?.sameEvent).toBe(true);

    expect(saved.status).toBe('added');
    if (saved.status === 'added') await deleteArticle(db, saved.id);
    const deleted = await checkArticle(db, visit);
    expect(deleted.related.map((report) => report.title).join('\n')).not.toContain('Putin heads for Belarus');
  });

  test('the same page checked twice gets the same reports and the same quoted contradiction', async () => {
    const db = freshArchive();
    for (const n of [0, 1, 3, 4]) await ingestArticle(db, analyzedSeed(n), { origin: 'imported' });
    const ultimatum = analyzedSeed(2);
    const first = await checkArticle(db, ultimatum);
    const second = await checkArticle(db, ultimatum);
    expect(second).toEqual(first);
    const pair = second.contradictions.find((c) => c.statement.text.includes('could formally join the war'));
    expect(pair?.other.text).toContain('involved in the war directly');
  });

  // Days apart, so only the keys the reports share find them (reports within two days are
  // candidates whatever they share: nearbyCandidates.ts).
  test('Russian: a report saved between two checks joins the related reports, and leaves them once deleted', async () => {
    const db = freshArchive();
    const report = (url: string, text: string, publishedAt: string) => analyzeText(text, { url, publishedAt });
    await ingestArticle(db, report('https://ru.test/1', 'Пригожин заявил о походе ЧВК «Вагнер» на Москву\n\nЕвгений Пригожин заявил, что колонны ЧВК «Вагнер» идут на Москву.', '2023-06-24'), { origin: 'imported' });
    const query = report('https://ru.test/3', 'Лукашенко подтвердил, что Пригожин находится в Беларуси\n\nАлександр Лукашенко сказал, что Евгений Пригожин и бойцы ЧВК «Вагнер» находятся в Беларуси.', '2023-06-30');
    const urls = async () => (await checkArticle(db, query)).related.map((r) => r.url).sort();
    expect(await urls()).toEqual(['https://ru.test/1']);

    const saved = await ingestArticle(db, report('https://ru.test/2', 'Лукашенко договорился с Пригожиным\n\nПресс-служба Лукашенко сообщила, что Пригожин согласился остановить колонны ЧВК «Вагнер».', '2023-06-25'), { origin: 'saved' });
    expect(await urls()).toEqual(['https://ru.test/1', 'https://ru.test/2']);

    if (saved.status === 'added') await deleteArticle(db, saved.id);
    expect(await urls()).toEqual(['https://ru.test/1']);
  });
});
