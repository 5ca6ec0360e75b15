import { describe, expect, it } from 'vitest';
import { AliasTable, AliasTableSet, wordStarts } from './aliasTable';

const table = (aliases: string[], ignoreCase = false) => new AliasTable(aliases.map((alias) => ({ alias, owner: alias })), ignoreCase);
const found = (t: AliasTable<string>, text: string) => t.find(text).map(({ start, end, alias }) => ({ start, end, alias, text: text.slice(start, end) }));

describe('AliasTable', () => {
  it('finds an alias where a word ends after it, not inside a longer word', () => {
    const t = table(['Donetsk', 'Kyiv']);
    expect(found(t, 'From Kyiv to Donetsk.')).toEqual([
      { start: 5, end: 9, alias: 'Kyiv', text: 'Kyiv' },
      { start: 13, end: 20, alias: 'Donetsk', text: 'Donetsk' },
    ]);
    expect(found(t, 'Kyivstar and Donetsky')).toEqual([]);
  });

  it('takes the next alias of a group when the first one is followed by more of the word', () => {
    // Both begin "Done": one group, "Donetsk" tried first (longer literal part). In "Donetskyi"
    // it matches but a letter follows, so the stem alias is the one found, to the word's end.
    const t = table(['Donetsk', 'Donets*']);
    expect(found(t, 'in Donetskyi district')).toEqual([{ start: 3, end: 12, alias: 'Donets*', text: 'Donetskyi' }]);
    expect(found(t, 'in Donetsk district')).toEqual([{ start: 3, end: 10, alias: 'Donetsk', text: 'Donetsk' }]);
  });

  it('tries a shorter ending of a stem when the longest is followed by a letter or digit', () => {
    // The Cyrillic stem reads Cyrillic letters only, then meets a Latin letter: no word end
    // there, and every shorter ending is followed by a Cyrillic letter: nothing is found.
    const t = table(['Харків*']);
    expect(found(t, 'Харківщина')).toEqual([{ start: 0, end: 10, alias: 'Харків*', text: 'Харківщина' }]);
    expect(found(t, 'Харківщинаx')).toEqual([]);
    // A combining mark of the Cyrillic block is read by the stem but is no letter: when a Latin
    // letter follows it, the ending before the mark is the word's end.
    expect(found(t, 'Харківщ\u0483x')).toEqual([{ start: 0, end: 7, alias: 'Харків*', text: 'Харківщ' }]);
  });

  it('ends an alias that ends in a period before a letter', () => {
    const t = table(['U.S.']);
    expect(found(t, 'the U.S.officials')).toEqual([{ start: 4, end: 8, alias: 'U.S.', text: 'U.S.' }]);
  });

  it('matches in any case when the table ignores case, and the same text twice alike', () => {
    const t = table(['Мінск', 'Мінская вобласць'], true);
    const text = 'У МІНСКУ і мінская вобласць, Мінск.';
    expect(found(t, text)).toEqual([
      { start: 11, end: 27, alias: 'Мінская вобласць', text: 'мінская вобласць' },
      { start: 29, end: 34, alias: 'Мінск', text: 'Мінск' },
    ]);
    expect(found(t, text)).toEqual(found(t, text));
  });
});

describe('wordStarts', () => {
  // The definition: a letter or digit not after one, by code point; key and prefix lowered from the slice.
  const reference = (text: string) => Array.from(text.matchAll(/(?<![\p{L}\p{N}])[\p{L}\p{N}]/gu), ({ index }) => {
    const key = text.slice(index, index + 2).toLowerCase();
    return { index, key: key.replace(/[’ʼ]/g, "'"), prefix: text.slice(index, index + 4).toLowerCase() };
  });

  it('reads the same starts, keys and prefixes unit by unit as the definition does', () => {
    for (const text of [
      'Путин прибыл в Минск, 12 мая. «Бахмут» — д’Артаньян O’Neill Lukashenka’s',
      'ΣΟΦΙΑ ΣΤΟ Ακρόπολη', 'İstanbul İzmir', '𝐀𝐁𝐂 Kyiv 𐐀𐐁 Київ', 'ǅemal ǈubljana', '', '  ', '1a 2б',
    ]) expect(wordStarts(text)).toEqual(reference(text));
  });
});

describe('AliasTableSet', () => {
  it('finds what each of its tables finds on its own', () => {
    const tables = [table(['Donetsk', 'Donets*', 'Kyiv']), table(['Київ*', 'Kyiv', 'U.S.'], true), table(['Kyiv region'])];
    const set = new AliasTableSet(tables);
    const text = 'From Kyiv region to Donetskyi, Києві and the U.S. Kyiv.';
    const starts = wordStarts(text);
    const groups = set.groups(starts);
    tables.forEach((t, i) => expect(set.find(i, text, starts, groups)).toEqual(t.find(text)));
  });
});
