import { describe, expect, it } from 'vitest';
import { findDate } from './dates';

// 2022-12-19 was a Monday.
const MONDAY = '2022-12-19';

describe('findDate', () => {
  it.each([
    ['visited the HQ on Friday', MONDAY, '2022-12-16'],
    ['Putin flies to Belarus on Monday', MONDAY, '2022-12-19'],
    ['the two leaders will meet on Wednesday', MONDAY, '2022-12-21'],
    ['a surprise Dec. 3 trip to Belarus', MONDAY, '2022-12-03'],
    ['the invasion of Ukraine on February 24', MONDAY, '2022-02-24'],
    ['on 24 February 2022 the war began', null, '2022-02-24'],
    ['warplanes were deployed last week', MONDAY, '2022-12-12'],
    ['talks in late December', '2023-01-13', null],
    ['he said on December 28', '2023-01-13', '2022-12-28'],
    ['reported on Monday that units will carry out exercises', MONDAY, '2022-12-19'],
  ])('%j published %s -> %s', (text, publishedAt, expected) => {
    expect(findDate(text, publishedAt)).toBe(expected);
  });

  it('knows no weekday without a publication date', () => {
    expect(findDate('on Friday', null)).toBeNull();
  });
});
