import { describe, expect, test } from 'vitest';
import { formatDay, outletName, relativeDay, safeHref } from './format';

describe('formatDay', () => {
  test.each([
    ['2022-12-19', '19 Dec 2022'],
    ['2022-07-02T09:30:00+03:00', '2 Jul 2022'],
    [null, 'date unknown'],
    ['yesterday', 'date unknown'],
  ])('%s -> %s', (input, expected) => expect(formatDay(input)).toBe(expected));
});

describe('safeHref', () => {
  test('keeps web links', () => {
    expect(safeHref('https://www.tbsnews.net/world/putin-heads-belarus')).toBe('https://www.tbsnews.net/world/putin-heads-belarus');
  });
  test.each(['javascript:alert(1)', 'chrome-extension://abc/options.html', 'data:text/html,<b>x</b>', 'not a url', null])(
    'refuses %s',
    (url) => expect(safeHref(url)).toBeUndefined(),
  );
});

test('outletName falls back to the host', () => {
  expect(outletName(null, 'https://www.infobae.com/en/2022/12/19/x')).toBe('infobae.com');
  expect(outletName('Reuters', 'https://x.example')).toBe('Reuters');
});

test('relativeDay reads like a timeline', () => {
  expect(relativeDay('2022-12-19', '2022-12-19')).toBe('same day');
  expect(relativeDay('2022-12-19', '2022-10-17')).toBe('2 months earlier');
  expect(relativeDay('2022-12-19', '2022-12-16')).toBe('3 days earlier');
  expect(relativeDay('2022-12-19', null)).toBeNull();
});
