import { describe, expect, it } from 'vitest';
import { findQuantities } from './quantities';

describe('findQuantities', () => {
  it.each([
    ['Russia is sending as many as 9,000 servicemen to Belarus', { min: null, max: 9000, unit: 'servicemen' }],
    ['Russia was preparing 200,000 fresh troops for a major offensive', { min: 200000, max: 200000, unit: 'troops' }],
    ['approximately 170 tanks', { min: 170, max: 170, unit: 'tanks' }],
    ['up to 200 armored combat vehicles', { min: null, max: 200, unit: 'vehicles' }],
    ['up to 200 armored vehicles', { min: null, max: 200, unit: 'vehicles' }],
    ['at least 30 drones were shot down', { min: 30, max: null, unit: 'drones' }],
    ['more than 4,000 troops crossed the border', { min: 4000, max: null, unit: 'troops' }],
    ['Three Russian warplanes were deployed', { min: 3, max: 3, unit: 'warplanes' }],
    ['thousands of Russian servicemen were sent', { min: 2000, max: null, unit: 'servicemen' }],
    ['some 1.5 million people fled', { min: 1500000, max: 1500000, unit: 'people' }],
    ['guns of more than 100 mm', { min: 100, max: null, unit: 'mm' }],
  ])('reads %j', (text, expected) => {
    expect(findQuantities(text)[0]).toMatchObject(expected);
  });

  it('reads a calibre as a measure, not as a number of guns', () => {
    const quantities = findQuantities('up to 100 guns and mortars with a caliber of more than 100 mm');
    expect(quantities.map((q) => [q.min, q.max, q.unit])).toEqual([[null, 100, 'guns'], [100, null, 'mm']]);
    expect(findQuantities('the army fired 152 mm howitzers').filter((q) => q.unit === 'howitzers' || q.unit === 'guns')).toEqual([]);
  });

  it('ignores numbers without a countable unit (years, dates, percentages)', () => {
    expect(findQuantities('In 2019, on Dec. 3, growth was 2.2% and 10 months passed')).toEqual([]);
  });
});
