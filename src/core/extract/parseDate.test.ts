import { describe, expect, test } from 'vitest';
import { datesInText, findDateInText, normaliseDate } from './parseDate';

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
    ['5 de mayo de 2022', '2022-05-05'],
    ['martes, 05 de mayo del 2022', '2022-05-05'],
    ['5 de maio de 2022', '2022-05-05'],
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

describe('two-digit years, read only where a dateline is expected', () => {
  const days = (text: string, shortYears: boolean) => datesInText(text, { shortYears }).map(({ date }) => date);

  test.each([
    ['Kultur, 2.11.22', ['2022-11-02']],
    ['23.09.22 - Saarland', ['2022-09-23']],
    ['28.09.19 12:44', ['2019-09-28']],
    ['Archiv 03.04.98', ['1998-04-03']],
    ['Version 1.2.10.4 released', []],
    ['31.13.22', []],
    ['Stand: 07.11.2023', ['2023-11-07']],
  ])('%s -> %j', (text, expected) => {
    expect(days(text, true)).toEqual(expected);
  });

  test('not in running text, where "2.11.22" may be anything', () => {
    expect(days('Kultur, 2.11.22', false)).toEqual([]);
  });
});
