import { describe, expect, it } from 'vitest';
import { caseless, foldable, isSpace, lowerOf } from './aliasMatch';
import { aliasBody, ALIAS_END } from './aliasPattern';
import { AliasTable, wordStarts } from './aliasTable';

const escape = (char: string) => `\\u{${char.codePointAt(0)!.toString(16)}}`;
const bmp = Array.from({ length: 0x10000 }, (_, code) => code).filter((code) => code < 0xd800 || code > 0xdfff);

// The steps stand for regex pieces: each equivalence is checked over every character it covers.
describe('aliasMatch: the steps decide as the regex does', () => {
  it('reads spaces as \\s', () => {
    const space = /^\s$/u;
    expect(bmp.filter((code) => isSpace(code) !== space.test(String.fromCharCode(code)))).toEqual([]);
  });

  it('compares the characters it folds as simple case folding does, for every pair', () => {
    const folded = bmp.filter(foldable);
    expect(folded.length).toBeGreaterThan(600);
    const wrong: string[] = [];
    for (const d of folded) {
      const literal = new RegExp(`^${escape(String.fromCharCode(d))}$`, 'iu');
      for (const c of folded) {
        if (literal.test(String.fromCharCode(c)) !== (lowerOf(c) === lowerOf(d))) wrong.push(`${c.toString(16)}/${d.toString(16)}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('finds that a character with no case mapping, outside those it folds, matches none of them', () => {
    const any = new RegExp(`^[${bmp.filter(foldable).map((code) => escape(String.fromCharCode(code))).join('')}]$`, 'iu');
    expect(bmp.filter((code) => !foldable(code) && caseless(code) && any.test(String.fromCharCode(code)))).toEqual([]);
  });

  it('reads the apostrophe class in either case rule as its three characters', () => {
    const three = new Set(["'", '’', 'ʼ']);
    for (const flags of ['u', 'iu']) {
      const apostrophe = new RegExp("^['’ʼ]$", flags);
      expect(bmp.filter((code) => apostrophe.test(String.fromCharCode(code)) !== three.has(String.fromCharCode(code)))).toEqual([]);
    }
  });
});

/** The table's answer as its regexes alone gave it: each group's whole pattern at each word start. */
function byRegex(aliases: string[], ignoreCase: boolean, text: string) {
  const table = new AliasTable(aliases.map((alias) => ({ alias, owner: alias })), ignoreCase) as unknown as {
    byPrefix: Map<string, { aliases: string[]; ranks: number[] }>;
    byKey: Map<string, { aliases: string[]; ranks: number[] }>;
  };
  const flags = ignoreCase ? 'yiu' : 'yu';
  const tryGroup = (group: { aliases: string[]; ranks: number[] } | undefined, at: number) => {
    if (!group) return null;
    const body = group.aliases.length === 1 ? aliasBody(group.aliases[0]!) : group.aliases.map((alias) => `(${aliasBody(alias)})`).join('|');
    const regex = new RegExp(`(?:${body})${ALIAS_END}`, flags);
    regex.lastIndex = at;
    const match = regex.exec(text);
    if (!match) return null;
    let index = 0;
    if (group.aliases.length > 1) while (match[index + 1] === undefined) index++;
    return { rank: group.ranks[index]!, alias: group.aliases[index]!, length: match[0].length };
  };
  const hits: Array<{ start: number; end: number; alias: string }> = [];
  let resumeAt = 0;
  for (const word of wordStarts(text)) {
    if (word.index < resumeAt) continue;
    const prefixed = tryGroup(table.byPrefix.get(word.prefix), word.index);
    const other = tryGroup(table.byKey.get(word.key), word.index);
    const best = prefixed && (!other || prefixed.rank < other.rank) ? prefixed : other;
    if (!best) continue;
    hits.push({ start: word.index, end: word.index + best.length, alias: best.alias });
    resumeAt = word.index + best.length;
  }
  return hits;
}

describe('AliasTable with the steps: the same hits as its regexes', () => {
  // Characters that fold across ranges (K and the Kelvin sign, s and ſ, в and ᲀ, µ and μ, ß and ẞ),
  // spaces of several kinds, apostrophes, a combining mark, a letter outside the BMP, a period.
  const alphabet = ['a', 'k', 's', 'S', 'K', '\u212a', 'ſ', 'в', 'В', '\u1c80', 'ß', 'ẞ', 'µ', 'μ', 'ı', 'İ', 'i', 'ł', 'Ł', 'é', 'É', ' ', '\u00a0', '\t', "'", '’', 'ʼ', '.', 'x', '1', '\u0483', '𝐀', '«', 'ж', 'Ж'];
  let seed = 7;
  const random = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  const word = (length: number) => Array.from({ length }, () => alphabet[random(alphabet.length)]).join('');
  const aliases = (count: number) =>
    Array.from({ length: count }, () => {
      const words = Array.from({ length: 1 + random(2) }, () => word(1 + random(3)).replace(/\s/g, 'a') + (random(3) === 0 ? '*' : ''));
      return words.join(' ');
    });

  it('agrees on random aliases and texts of folding letters, spaces and endings', () => {
    let compared = 0;
    for (let round = 0; round < 500; round++) {
      const list = [...new Set(aliases(8))];
      for (const ignoreCase of [false, true]) {
        const table = new AliasTable(list.map((alias) => ({ alias, owner: alias })), ignoreCase);
        for (let t = 0; t < 10; t++) {
          // Texts built from the aliases themselves, changed here and there, so that they match often.
          const text = Array.from({ length: 4 }, () => (random(2) ? list[random(list.length)]!.replace(/\*/g, word(random(3))) : word(1 + random(4)))).join(random(2) ? ' ' : '\u00a0');
          const fast = table.find(text).map(({ start, end, alias }) => ({ start, end, alias }));
          expect(fast, `${JSON.stringify(list)} ${ignoreCase} ${JSON.stringify(text)}`).toEqual(byRegex(list, ignoreCase, text));
          compared += fast.length;
        }
      }
    }
    expect(compared).toBeGreaterThan(500);
  });

  it('matches the folding letters the regex matches: the Kelvin sign as k, ſ as s, ᲀ as в', () => {
    for (const [alias, text] of [['Kyiv', '\u212ayiv'], ['Sumy', 'ſumy'], ['вода', '\u1c80ода'], ['Мінск*', 'мінск\u1c80'], ['Lviv*', 'Lviv𝐀x']]) {
      for (const ignoreCase of [false, true]) {
        const table = new AliasTable([{ alias: alias!, owner: alias }], ignoreCase);
        expect(table.find(text!).map(({ start, end }) => [start, end])).toEqual(byRegex([alias!], ignoreCase, text!).map(({ start, end }) => [start, end]));
      }
    }
  });
});
