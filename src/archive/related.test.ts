import { describe, expect, test } from 'vitest';
import { getArticleByUrl } from './articles';
import { findCandidateIds } from './candidates';
import { ingestArticle } from './ingest';
import { checkArticle, findRelated } from './related';
import { analyzeText } from '../core/pipeline';
import { analyzedSeed, freshArchive } from './testing';

async function archiveOf(seeds: number[]) {
  const db = freshArchive();
  for (const n of seeds) await ingestArticle(db, analyzedSeed(n), { origin: 'imported' });
  return db;
}

describe('matching against the archive', () => {
  test("Putin's Minsk visit: the other report of the same day comes first, as the same event", async () => {
    const db = await archiveOf([0, 1, 2, 3]);
    const related = await findRelated(db, analyzedSeed(4));
    expect(related.length).toBeGreaterThan(0);
    expect(related[0]?.title).toContain('Putin heads for Belarus');
    expect(related[0]?.sameEvent).toBe(true);
    expect(related[0]?.reasons.length).toBeGreaterThan(0);
  });

  test('contradictions are sought in older reports of the story too, not only in those shown as related', async () => {
    // Seed 002 (January 2023) against Lukashenko's October 2022 "not directly": months apart,
    // so time ranks the report low among the related, yet the two conflict (gold.json).
    const db = await archiveOf([0, 1, 3, 4]);
    const { contradictions } = await checkArticle(db, analyzedSeed(2));
    const pair = contradictions.find((c) => c.statement.text.includes('could formally join the war') && c.other.text.includes('involved in the war directly'));
    expect(pair?.kind).toBe('opposing_claims');
  });

  test("a report is answered by its side's latest denial: the launch pad (Jan 2023) by Khrenin's October words, not Lukashenko's of July", async () => {
    const db = await archiveOf([0, 1]);
    const { contradictions } = await checkArticle(db, analyzedSeed(2));
    const launchPad = contradictions.filter((c) => c.statement.text.includes('launching pad'));
    expect(launchPad).toHaveLength(1);
    expect(launchPad[0]).toMatchObject({ kind: 'denial_vs_report', other: expect.objectContaining({ speaker: 'Viktor Khrenin' }) });
  });

  test('an article already in the archive is not related to itself', async () => {
    const db = await archiveOf([0, 1, 2, 3, 4]);
    const query = analyzedSeed(4);
    const related = await findRelated(db, query);
    expect(related.map((report) => report.url)).not.toContain(query.article.url);
    const ids = await findCandidateIds(db, query);
    const selfId = (await getArticleByUrl(db, query.article.url))?.id;
    expect(ids).not.toContain(selfId);
  });

  test('a page whose text could not be read (a title alone) is not taken for every other such page', async () => {
    const db = freshArchive();
    const titleOnly = (url: string, title: string) => analyzeText(`${title}\n\n`, { url, publishedAt: '2023-06-24' });
    await ingestArticle(db, titleOnly('https://ru.test/1', 'Пригожин заявил о походе ЧВК «Вагнер» на Москву'), { origin: 'imported' });
    const query = titleOnly('https://ru.test/2', 'Лукашенко договорился с Пригожиным, колонны ЧВК «Вагнер» остановлены');
    expect(query.article.text).toBe('');
    const related = await findRelated(db, query);
    expect(related.map((report) => report.url)).toEqual(['https://ru.test/1']);
  });

  test('keys common to most of a large archive are not read, yet a query with nothing rarer still finds candidates', async () => {
    const db = freshArchive();
    const titleOnly = (n: number, title: string) => analyzeText(`${title}\n\n`, { url: `https://ru.test/${n}`, publishedAt: '2023-06-24' });
    for (let n = 0; n < 55; n++) await ingestArticle(db, titleOnly(n, `Россия ${n}`), { origin: 'imported' });
    await ingestArticle(db, titleOnly(100, 'Пригожин и Россия'), { origin: 'imported' });
    const ids = await findCandidateIds(db, titleOnly(200, 'Пригожин в России'));
    const first = await db.articles.get(ids[0]!);
    expect(first?.url).toBe('https://ru.test/100');
    expect((await findCandidateIds(db, titleOnly(201, 'Россия и мир'))).length).toBeGreaterThan(0);
  });

  test('candidates come from shared index keys and are capped', async () => {
    const db = await archiveOf([0, 1, 2, 3]);
    expect(await findCandidateIds(db, analyzedSeed(4), 2)).toHaveLength(2);
    const empty = freshArchive();
    expect(await findRelated(empty, analyzedSeed(4))).toEqual([]);
  });

  test('check returns the article, its detection, related reports and contradictions', async () => {
    const db = await archiveOf([0, 1, 2, 3]);
    const result = await checkArticle(db, analyzedSeed(4));
    expect(result.article.publishedAt).toBe('2022-12-19');
    expect(result.detection.countries).toContain('BY');
    expect(result.related[0]?.sameEvent).toBe(true);
    expect(result.contradictions.length).toBeGreaterThan(0);
    for (const contradiction of result.contradictions) {
      expect(result.related.map((report) => report.url)).toContain(contradiction.other.url);
    }
    expect(await db.articles.count()).toBe(4);
  });

  test('a post that names no one the archive knows still meets the reports of the same days, not older ones', async () => {
    const db = freshArchive();
    const report = (url: string, publishedAt: string, text: string) => analyzeText(text, { url, publishedAt });
    await ingestArticle(db, report('https://ru.test/detained', '2020-08-10',
      'МВД: задержаны около 3000 человек\n\nВ ходе ночных акций протеста в Минске и других городах задержаны около 3000 человек, сообщили в МВД.'), { origin: 'imported' });
    await ingestArticle(db, report('https://ru.test/may-detained', '2020-05-30',
      'В Гродно задержали участников пикета\n\nВ Гродно милиция задержала участников пикета за сбор подписей.'), { origin: 'imported' });
    const post = report('https://be.test/couple', '2020-08-11',
      'Жорстка затрыманы аналітык і яго жонка\n\nНа Нямізе сілавікі затрымалі палітычнага аналітыка і яго жонку, іх збілі і даставілі ў РУУС.');
    const ids = await findCandidateIds(db, post);
    const urls = (await db.articles.bulkGet(ids)).map((record) => record?.url);
    expect(urls).toEqual(['https://ru.test/detained']);
  });
});


describe('candidates in bounded time', () => {
  test('a key carried by more articles than are read for it yields its latest ones', async () => {
    const db = freshArchive();
    const report = (n: number, publishedAt = '2023-06-20') => analyzeText(`Пригожин выступил с заявлением ${n}\n\nЕвгений Пригожин заявил, что ЧВК «Вагнер» продолжит работу ${n}.`, { url: `https://ru.test/${n}`, publishedAt });
    for (let n = 0; n < 8; n++) await ingestArticle(db, report(n), { origin: 'imported' });
    // Months later, so no report is a candidate for being published nearby: keys alone find them.
    const query = report(100, '2023-11-01');
    const urls = async (ids: number[]) => (await db.articles.bulkGet(ids)).map((record) => record?.url);
    expect(await urls(await findCandidateIds(db, query, 200, 3))).toEqual(['https://ru.test/7', 'https://ru.test/6', 'https://ru.test/5']);
    expect(await findCandidateIds(db, query, 200)).toHaveLength(8);
  });
});
