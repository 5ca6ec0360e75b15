import { describe, expect, test } from 'vitest';
import { analyzeText } from '../core/pipeline';
import { findCandidateIds, windowsFor } from './candidates';
import { ingestArticle } from './ingest';
import { keyDay, keyDayRange } from './matchFeatures';
import { freshArchive } from './testing';

describe('candidates by time: a window of days around the report, widened when too few come back', () => {
  test('a dated report in a large archive is first sought within a month, then half a year, two years, and the whole archive', () => {
    expect(windowsFor('2023-06-25T10:00:00Z', 10_000, 200)).toEqual([
      { from: '2023-05-26', to: '2023-07-25' },
      { from: '2022-12-27', to: '2023-12-22' },
      { from: '2021-06-25', to: '2025-06-24' },
      undefined,
    ]);
    // No day to centre on, or a small archive (each key lists a few hundred at most): the whole archive at once.
    expect(windowsFor(null, 10_000, 200)).toEqual([undefined]);
    expect(windowsFor('2023-06-25', 150, 200)).toEqual([undefined]);
    expect(windowsFor('2023-06-25', 900, 200)).toEqual([undefined]);
  });

  test("a key's index entries sort by day, and a key's range holds no other key's", () => {
    const days = ['1999-12-31', '2022-02-24', '2022-02-25', '2023-01-13', '2024-06-01'];
    const entries = days.map((day) => keyDay('e:person:prigozhin', day));
    expect([...entries].sort()).toEqual(entries);
    const [lower, upper] = keyDayRange('e:person:prigozhin', '2022-02-01', '2022-12-31');
    expect(entries.map((e) => e >= lower && e <= upper)).toEqual([false, true, true, false, false]);
    const [first, last] = keyDayRange('e:person:prigozhin');
    expect([keyDay('e:person:prigozhin', ''), ...entries].every((e) => e >= first && e <= last)).toBe(true);
    for (const other of ['e:person:putin', 't:вагнер', 'v:attack:2022-02-24']) {
      expect(days.some((day) => keyDay(other, day) >= first && keyDay(other, day) <= last)).toBe(false);
    }
  });

  // Reports that all name Prigozhin and Wagner: keys too many articles carry to be read whole.
  const report = (n: number, publishedAt: string) => analyzeText(
    `Пригожин выступил с заявлением о ЧВК «Вагнер» (${n})\n\nЕвгений Пригожин заявил, что ЧВК «Вагнер» продолжит работу, сообщила его пресс-служба (${n}).`,
    { url: `https://ru.test/${publishedAt}/${n}`, publishedAt },
  );
  const fill = async (dates: string[]) => {
    const db = freshArchive();
    for (const [n, date] of dates.entries()) await ingestArticle(db, report(n, date), { origin: 'imported' });
    return db;
  };
  const urlsOf = async (db: Awaited<ReturnType<typeof fill>>, ids: number[]) =>
    (await db.articles.bulkGet(ids)).map((record) => record?.url.split('/')[3]).sort();

  test('reports of the same weeks fill the candidates: the same names two years earlier are not read', async () => {
    const old = Array.from({ length: 22 }, (_, i) => `2021-0${1 + (i % 6)}-1${i % 10}`);
    // The older reports saved last (an import of an older archive): the latest saved are not the nearest.
    const db = await fill(['2023-06-18', '2023-06-19', '2023-06-20', ...old]);
    const ids = await findCandidateIds(db, report(100, '2023-06-25'), 3);
    expect(await urlsOf(db, ids)).toEqual(['2023-06-18', '2023-06-19', '2023-06-20']);
  });

  test('when the month holds too few, the window widens until the archive gives enough, the latest first', async () => {
    const old = Array.from({ length: 22 }, (_, i) => `2020-03-${String(1 + i).padStart(2, '0')}`);
    const db = await fill([...old, '2023-06-20']);
    const ids = await findCandidateIds(db, report(100, '2023-06-25'), 3);
    // One report of June 2023; none within two years before it: the whole archive, the latest of 2020 next.
    expect(await urlsOf(db, ids)).toEqual(['2020-03-21', '2020-03-22', '2023-06-20']);
  });
});
