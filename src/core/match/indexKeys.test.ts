import { describe, expect, it } from 'vitest';
import { indexKeys } from './indexKeys';
import { analysedSeed, SEED_PREFIXES } from './testing';

describe('indexKeys', () => {
  it.each(SEED_PREFIXES)('gives seed %s entity, term and event keys within the budget', (prefix) => {
    const keys = indexKeys(analysedSeed(prefix).analysis);
    expect(keys.length).toBeLessThanOrEqual(60);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toContain('e:country:BY');
    expect(keys.some((key) => key.startsWith('t:'))).toBe(true);
  });

  it('keys the day of an event, so reports of one visit meet in the index', () => {
    expect(indexKeys(analysedSeed('003').analysis)).toContain('v:visit:2022-12-19');
    expect(indexKeys(analysedSeed('004').analysis)).toContain('v:visit:2022-12-19');
  });
});
