import { expect, test } from 'vitest';
import type { Contradiction } from '@/src/core/types';
import { groupByStatement } from './groupContradictions';

const lukashenko = { text: 'he has no intention of sending troops from his country to Ukraine.', speaker: 'Alexander Lukashenko' };
const launchPad = { text: 'Belarus allowed its territory to be used as a launching pad for the invasion.', speaker: null };

function against(statement: Contradiction['statement'], otherText: string, score: number, url = 'https://news.example/a'): Contradiction {
  return {
    kind: 'opposing_claims',
    score,
    statement,
    other: { text: otherText, speaker: 'Serhiy Nayev', url, title: 'Putin heads for Belarus', publishedAt: '2022-12-19' },
    explanation: 'Alexander Lukashenko denies sending troops, while Serhiy Nayev says otherwise.',
  };
}

test('a statement contradicted by several reports reads once, its other sides best first', () => {
  const groups = groupByStatement([
    against(lukashenko, 'questions will be worked out for the broader involvement of the Belarusian armed forces', 0.6),
    against(launchPad, 'We categorically do not accept any war.', 0.9),
    against(lukashenko, 'Belarus could formally join the war in Ukraine in the coming days', 0.7),
  ]);
  expect(groups.map((group) => group.statement.text)).toEqual([launchPad.text, lukashenko.text]);
  expect(groups[1]?.items.map((item) => item.score)).toEqual([0.7, 0.6]);
});

test('the same other statement from the same report is listed once', () => {
  const twice = against(lukashenko, 'Belarus could formally join the war', 0.7);
  expect(groupByStatement([twice, { ...twice }])[0]?.items).toHaveLength(1);
  expect(groupByStatement([twice, against(lukashenko, 'Belarus could formally join the war', 0.7, 'https://other.example/b')])[0]?.items).toHaveLength(2);
});
