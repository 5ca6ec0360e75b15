import { describe, expect, test } from 'vitest';
import { findDateInText, normaliseDate } from './parseDate';

describe('normaliseDate', () => {
  test.each([
    ['2022-12-19', '2022-12-19'],
    ['2022-12-19T11:20:00+06:00', '2022-12-19T11:20:00+06:00'],
    ['2022-12-19T23:50:00.000Z', '2022-12-19T23:50:00Z'],
    ['2022-12-19 11:20', '2022-12-19T11:20:00'],
    ['2022-12-19T11:20:00+0600', '2022-12-19T11:20:00+06:00'],
    ['Mon, 19 Dec 2022 11:20:00 GMT', '2022-12-19'],
    ['December 19, 2022', '2022-12-19'],
    ['19 December, 2022, 11:20 am', '2022-12-19'],
    ['19. Dezember 2022', '2022-12-19'],
    ['19.12.2022', '2022-12-19'],
    ['19 декабря 2022 года', '2022-12-19'],
    ['19 грудня 2022', '2022-12-19'],
    ['06/13/2019', '2019-06-13'],
    ['13/06/2019', '2019-06-13'],
    ['06/07/2019', null], // June 7 in the US, 6 July elsewhere: not guessed
    ['2022-13-40', null],
    ['', null],
    ['yesterday', null],
  ])('%s -> %s', (value, expected) => {
    expect(normaliseDate(value)).toBe(expected);
  });
});

describe('findDateInText', () => {
  test('finds a dateline with its year', () => {
    expect(findDateInText('KYIV, April 14, 2023 (Reuters) - Ukraine said')).toBe('2023-04-14');
  });

  test('never completes a date the text leaves without a year', () => {
    expect(findDateInText('KYIV, April 14 (Reuters) - Ukraine said on February 24 that')).toBeNull();
    expect(findDateInText('He has ruled since 1994 and won 80% in 2020.')).toBeNull();
  });

  test('takes the earliest date in the text', () => {
    expect(findDateInText('Published 3 March 2023. Updated 5 March 2023.')).toBe('2023-03-03');
  });
});
