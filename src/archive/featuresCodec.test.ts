import { describe, expect, it } from 'vitest';
import { articleRows } from './articleRows';
import { decodeFeatures, encodeFeatures } from './featuresCodec';
import { featuresOf, type MatchFeatures } from './matchFeatures';
import type { ArticleRecord } from './records';
import { analyzedSeed, freshArchive } from './testing';

const featuresOfSeed = (seed: number): MatchFeatures =>
  featuresOf({ ...articleRows(analyzedSeed(seed), 'saved', '2022-12-20T08:00:00.000Z').article, id: 7 } as ArticleRecord);

describe('features rows as stored (version 7)', () => {
  it('a packed row reads back exactly: every entity with its name, type and mentions, every term, key and concept weight', () => {
    for (const seed of [0, 1, 2, 3, 4]) {
      const f = featuresOfSeed(seed);
      expect(f.entities.length).toBeGreaterThan(0);
      expect(decodeFeatures(structuredClone(encodeFeatures(f)))).toEqual(f);
    }
  });

  it('keys that name neither an entity nor a term (an event on a day) are kept as written', () => {
    const f: MatchFeatures = {
      id: 1, url: 'https://example.org/a', title: 'Лукашенко встретился с Путиным', siteName: null, publishedAt: '2022-12-19', lang: 'ru',
      entities: [{ id: 'person:lukashenko', name: 'Alexander Lukashenko', type: 'person', mentions: 3 }],
      terms: ['встреча'],
      digest: { version: 2, concepts: [['meet', 0.3125], ['minsk', 1 / 3]], leadEvents: [] },
      keys: ['e:person:lukashenko', 't:встреча', 'v:meet:2022-12-19'],
      keyDays: [],
    };
    const stored = encodeFeatures(f);
    expect(JSON.stringify(stored)).not.toContain('e:person:lukashenko');
    expect(decodeFeatures(stored)).toEqual(f);
  });

  it('an archive returns the features it was given, and rows written unpacked by version 6 read as they are', async () => {
    const db = freshArchive('features-codec-test');
    const f = featuresOfSeed(2);
    await db.features.put(f);
    expect(await db.features.get(7)).toEqual(f);
    expect(await db.features.where('keyDays').equals(f.keyDays[0]!).toArray()).toEqual([f]);
    expect(decodeFeatures(f)).toBe(f);
    db.close();
  });
});
