import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, test } from 'vitest';
import type { Contradiction } from '../core/types';
import { dismissPair, dismissedKeys, pairKey, restorePair, withoutDismissed } from './dismissedPairs';
import { freshArchive } from './testing';

const denial: Contradiction = {
  kind: 'denial_vs_report', score: 0.8,
  statement: { text: 'Belarus allowed its territory to be used as a launching pad for the invasion.', speaker: null },
  other: { text: 'We categorically do not accept any war.', speaker: 'Alexander Lukashenko', url: 'https://www.express.co.uk/news/world/1635678', title: 'Putin hints', publishedAt: '2022-07-02' },
  explanation: 'Alexander Lukashenko denies that Belarus takes part in the war.',
};
const troops: Contradiction = {
  kind: 'opposing_claims', score: 0.6,
  statement: { text: 'Лукашенко заявил, что не будет отправлять войска на Украину.', speaker: 'Александр Лукашенко' },
  other: { text: 'Белорусские войска сосредоточены у границы с Украиной.', speaker: null, url: 'https://meduza.io/news/2022/12/19/a', title: 'Войска у границы', publishedAt: '2022-12-19' },
  explanation: 'Александр Лукашенко denies that Belarus will send troops to Ukraine.',
};

let db = freshArchive(`dismissed-${Math.random()}`);
afterEach(() => {
  db.close();
  db = freshArchive(`dismissed-${Math.random()}`);
});

describe('pairs marked "not a contradiction"', () => {
  test('stay hidden after the archive is closed and opened again', async () => {
    const factory = new IDBFactory();
    const first = freshArchive('reopened', factory);
    await dismissPair(first, denial);
    first.close();
    const again = freshArchive('reopened', factory);
    expect(await withoutDismissed(again, [denial, troops])).toEqual([troops]);
    expect((await dismissedKeys(again)).size).toBe(1);
    again.close();
  });

  test('are the same pair when the other report is the one open, or its copy is read elsewhere', () => {
    const reversed = { statement: { text: denial.other.text, speaker: denial.other.speaker }, other: { ...denial.other, text: denial.statement.text, speaker: null } };
    expect(pairKey(reversed)).toBe(pairKey(denial));
    const syndicated = { ...denial, other: { ...denial.other, url: 'https://www.msn.com/en-gb/news/world/putin-hints', text: 'We  categorically do NOT accept any war.' } };
    expect(pairKey(syndicated)).toBe(pairKey(denial));
  });

  test('another statement of the same speaker is another pair', () => {
    const other = { ...denial, other: { ...denial.other, text: 'Belarus will not take part in the war.' } };
    expect(pairKey(other)).not.toBe(pairKey(denial));
  });

  test('come back when restored', async () => {
    const key = await dismissPair(db, troops);
    await restorePair(db, key);
    expect(await withoutDismissed(db, [denial, troops])).toEqual([denial, troops]);
  });
});
