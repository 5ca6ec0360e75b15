import { describe, expect, it } from 'vitest';
import { findQuantities } from './quantities';

describe('findQuantities', () => {
  it.each([
    ['Russia is sending as many as 9,000 servicemen to Belarus', { min: null, max: 9000, unit: 'servicemen' }],
    ['Russia was preparing 200,000 fresh troops for a major offensive', { min: 200000, max: 200000, unit: 'troops' }],
    ['approximately 170 tanks', { min: 170, max: 170, unit: 'tanks' }],
    ['up to 200 armored combat vehicles', { min: null, max: 200, unit: 'vehicles' }],
    ['at least 30 drones were shot down', { min: 30, max: null, unit: 'drones' }],
    ['Three Russian warplanes were deployed', { min: 3, max: 3, unit: 'warplanes' }],
    ['thousands of Russian servicemen were sent', { min: 2000, max: null, unit: 'servicemen' }],
    ['some 1.5 million people fled', { min: 1500000, max: 1500000, unit: 'people' }],
  ])('reads %j', (text, expected) => {
    expect(findQuantities(text)[0]).toMatchObject(expected);
  });

  it('ignores numbers without a countable unit (years, dates, percentages)', () => {
    expect(findQuantities('In 2019, on Dec. 3, growth was 2.2% and 10 months passed')).toEqual([]);
  });
});
