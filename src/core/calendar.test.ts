import { expect, test } from 'vitest';
import { addDays, dayOf, daysBetween, isoDay, lastDayOfMonth, mondayOf } from './calendar';

test.each([
  ['2022-12-19', '2022-12-19', 0],
  ['2022-12-19', '2022-10-17', -63],
  ['2022-10-17T23:30:00+03:00', '2022-10-18', 1],
  ['2022-12-19', null, null],
  ['yesterday', '2022-12-19', null],
])('daysBetween(%s, %s) = %s', (from, to, expected) => {
  expect(daysBetween(from, to)).toBe(expected);
});

test('day arithmetic stays on the calendar, across months and leap years', () => {
  expect(dayOf('2022-12-19T11:20:00+06:00')).toBe('2022-12-19');
  expect(addDays('2022-12-30', 3)).toBe('2023-01-02');
  expect(mondayOf('2022-12-18')).toBe('2022-12-12');
  expect(lastDayOfMonth(2024, 2)).toBe('2024-02-29');
  expect(isoDay(2022, 2, 4)).toBe('2022-02-04');
});
