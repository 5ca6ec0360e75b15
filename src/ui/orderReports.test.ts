import { expect, test } from 'vitest';
import type { RelatedReport } from '@/src/core/types';
import { orderReports } from './orderReports';

const report = (title: string, publishedAt: string | null, score: number, sameEvent = false): RelatedReport => ({
  url: `https://news.example/${encodeURIComponent(title)}`,
  title,
  siteName: null,
  publishedAt,
  score,
  sameEvent,
  reasons: [],
});

const matched = [
  report('Putin heads for Belarus', '2022-12-19', 0.42, true),
  report('Putin hints at defence pact', '2022-07-02', 0.25),
  report('Undated wire copy', null, 0.3),
  report('Russia drags another neighbour', '2022-10-17T09:00:00Z', 0.22),
];

test('closest first keeps the matcher’s order', () => {
  expect(orderReports(matched, 'closest').map((r) => r.title)).toEqual(matched.map((r) => r.title));
});

test('the timeline runs oldest first, undated last', () => {
  expect(orderReports(matched, 'timeline').map((r) => r.title)).toEqual([
    'Putin hints at defence pact',
    'Russia drags another neighbour',
    'Putin heads for Belarus',
    'Undated wire copy',
  ]);
});
