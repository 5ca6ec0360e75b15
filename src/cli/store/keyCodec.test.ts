import { indexedDB } from 'fake-indexeddb';
import { describe, expect, test } from 'vitest';
import { decodeKey, encodeKey, type IdbKey } from './keyCodec';

const compareBytes = (a: Uint8Array, b: Uint8Array) => Math.sign(Buffer.compare(Buffer.from(a), Buffer.from(b)));

// Keys an archive holds (ids, dates, index words in four scripts, compound keys) and the edges of
// IndexedDB's order: negative and infinite numbers, prefixes, NUL, surrogates beside U+FFFF.
const KEYS: IdbKey[] = [
  -Infinity, -1e300, -2.5, -1, -0.001, 0, 0.001, 1, 2, 3.5, 10, 255, 256, 65_536, 1e300, Infinity,
  new Date('1991-08-24T00:00:00Z'), new Date('2022-02-24T03:00:00Z'), new Date(-1),
  '', '\u0000', '\u0000a', 'a', 'a\u0000', 'ab', 'b', 'e:country:RU', 'e:country:UA', 't:что', 't:для',
  'Лукашенко', 'Лукашэнка', 'Київ', 'Киев', 'Kyiv', 'kyiv', 'Ґ', 'ї', '\uffff', '\ud83d\ude00', '\ud800',
  new Uint8Array([]).buffer, new Uint8Array([0]).buffer, new Uint8Array([0, 0]).buffer, new Uint8Array([1]).buffer,
  new Uint8Array([255, 0]).buffer,
  [], [0], [0, 0], [1], ['acled', '123'], ['acled', '1234'], ['ucdp', '1'], [['a']], [1, 'a', new Date(5)],
];

describe('keys as bytes in IndexedDB order', () => {
  test('every pair of keys compares as IndexedDB compares them', () => {
    const wrong: string[] = [];
    for (const a of KEYS) {
      for (const b of KEYS) {
        const expected = indexedDB.cmp(a, b);
        if (compareBytes(encodeKey(a), encodeKey(b)) !== expected) wrong.push(`${String(a)} vs ${String(b)}: ${expected}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  test('a key read back is the key written', () => {
    for (const key of KEYS) expect(indexedDB.cmp(decodeKey(encodeKey(key)), key)).toBe(0);
    expect(decodeKey(encodeKey(new Date('2022-02-24T03:00:00Z')))).toEqual(new Date('2022-02-24T03:00:00Z'));
    expect(decodeKey(encodeKey('Лукашенко'))).toBe('Лукашенко');
  });

  test('an ASCII index word costs one byte a character', () => {
    expect(encodeKey('e:country:RU').length).toBe('e:country:RU'.length + 2);
  });
});
