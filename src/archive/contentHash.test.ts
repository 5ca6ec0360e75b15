import { describe, expect, test } from 'vitest';
import { seedRaw } from '../../tests/support/seeds';
import { contentHash } from './contentHash';
import { seedFileName } from './testing';

const seed = seedRaw(seedFileName(3));

describe('contentHash', () => {
  test('is 16 hex digits and stable', () => {
    expect(contentHash(seed)).toMatch(/^[0-9a-f]{16}$/);
    expect(contentHash(seed)).toBe(contentHash(seed));
  });

  test('ignores case and the spacing a copy-paste changes', () => {
    const rewrapped = seed.replace(/\n\n/g, '\r\n \r\n').replace(/ /g, '  ').toUpperCase();
    expect(contentHash(rewrapped)).toBe(contentHash(seed));
  });

  test('changes when one word changes', () => {
    expect(contentHash(seed.replace('Minsk', 'Moscow'))).not.toBe(contentHash(seed));
  });

  test('FNV-1a 64 of the empty string is the offset basis', () => {
    expect(contentHash('')).toBe('cbf29ce484222325');
  });
});
