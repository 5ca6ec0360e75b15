import { aliasBody, ALIAS_END, literalLength } from './aliasPattern';

export interface AliasHit<T> {
  start: number;
  end: number;
  alias: string;
  owners: T[];
}

/**
 * Aliases tried together, in the order of their rank (longest literal part first). Its regex
 * is made the first time a text reaches it: one article touches a few hundred of the thousands
 * of groups, and making them all cost a worker that had just started a tenth of a second.
 */
interface Group {
  aliases: string[];
  ranks: number[];
  regex: RegExp | null;
}

// Where a word begins: aliases are tried only there.
const WORD_START = /(?<![\p{L}\p{N}])[\p{L}\p{N}]/gu;

const bucketKey = (text: string, at: number) => {
  const key = text.slice(at, at + 2).toLowerCase();
  return key.includes('’') || key.includes('ʼ') ? key.replace(/[’ʼ]/g, "'") : key;
};
const PREFIX_LENGTH = 4;
const LETTERS = /^\p{L}+$/u;
/** An alias's four-letter prefix, or null when its first four characters are not all letters. */
function prefixOf(alias: string): string | null {
  const head = alias.slice(0, PREFIX_LENGTH);
  return head.length === PREFIX_LENGTH && LETTERS.test(head) ? head.toLowerCase() : null;
}

/** A word's first position, its bucket key and its first four characters in lower case: read once per text, shared by every table. */
export interface WordStart { index: number; key: string; prefix: string }

export function wordStarts(text: string): WordStart[] {
  return Array.from(text.matchAll(WORD_START), (word) => ({
    index: word.index,
    key: bucketKey(text, word.index),
    prefix: text.slice(word.index, word.index + PREFIX_LENGTH).toLowerCase(),
  }));
}

/**
 * Many aliases, tried only at the start of a word and only those that begin with the same two
 * letters, so a text is read once however large the gazetteer grows. At a position the alias
 * with the longest literal part wins ("Minsk region" over "Minsk"); an alias shared by several
 * owners reports them all.
 */
export class AliasTable<T> {
  private readonly owners = new Map<string, T[]>();
  /**
   * Aliases whose first four characters are letters, by those letters: tried only where the
   * text's next four letters are theirs ("мінс" for Мінск, Мінская вобласць). A two-letter key
   * such as "za" or "be" holds dozens of aliases, and one regex alternating over all of them at
   * every word was a tenth of an analysis.
   */
  private readonly byPrefix = new Map<string, Group>();
  /** The other aliases ("U.S.", "ЕС", three-letter names), by their first two characters: tried at every such word. */
  private readonly byKey = new Map<string, Group>();
  private readonly flags: string;

  constructor(entries: Array<{ alias: string; owner: T }>, ignoreCase: boolean) {
    // Pushed, not copied: thousands of aliases, and the tables are built at every start of the worker.
    for (const { alias, owner } of entries) {
      const owners = this.owners.get(alias);
      if (owners) owners.push(owner);
      else this.owners.set(alias, [owner]);
    }
    const grouped = new Map<string, string[]>();
    for (const alias of this.owners.keys()) {
      const key = bucketKey(alias, 0);
      const group = grouped.get(key);
      if (group) group.push(alias);
      else grouped.set(key, [alias]);
    }
    this.flags = ignoreCase ? 'yiu' : 'yu';
    // Ranks are counted within a two-letter key, which a four-letter prefix always lies in, so a
    // prefix group's best and its key's other group's best compare by rank.
    for (const [key, aliases] of grouped) {
      aliases.sort((a, b) => literalLength(b) - literalLength(a) || b.length - a.length);
      aliases.forEach((alias, rank) => {
        const prefix = prefixOf(alias);
        const [map, at] = prefix === null ? [this.byKey, key] : [this.byPrefix, prefix];
        const group = map.get(at) ?? map.set(at, { aliases: [], ranks: [], regex: null }).get(at)!;
        group.aliases.push(alias);
        group.ranks.push(rank);
      });
    }
  }

  /** One alias needs no capturing group to tell which matched; most groups hold one. */
  private compile(group: Group): RegExp {
    const { aliases } = group;
    const body = aliases.length === 1 ? aliasBody(aliases[0] as string) : aliases.map((alias) => `(${aliasBody(alias)})`).join('|');
    return new RegExp(`(?:${body})${ALIAS_END}`, this.flags);
  }

  /** The first alias of `group` (by rank) matching at `at`: its rank, alias and length. */
  private tryGroup(group: Group | null | undefined, text: string, at: number): { rank: number; alias: string; length: number } | null {
    if (!group) return null;
    const regex = (group.regex ??= this.compile(group));
    regex.lastIndex = at;
    const match = regex.exec(text);
    if (!match) return null;
    let index = 0;
    if (group.aliases.length > 1) while (match[index + 1] === undefined) index++;
    return { rank: group.ranks[index] as number, alias: group.aliases[index] as string, length: match[0].length };
  }

  /** `starts`: the text's wordStarts, when several tables read one text. */
  find(text: string, starts: WordStart[] = wordStarts(text)): AliasHit<T>[] {
    const hits: AliasHit<T>[] = [];
    let resumeAt = 0;
    for (const word of starts) {
      if (word.index < resumeAt) continue;
      const prefixed = this.tryGroup(this.byPrefix.get(word.prefix), text, word.index);
      const other = this.tryGroup(this.byKey.get(word.key), text, word.index);
      const best = prefixed && (!other || prefixed.rank < other.rank) ? prefixed : other;
      if (!best) continue;
      const end = word.index + best.length;
      hits.push({ start: word.index, end, alias: best.alias, owners: this.owners.get(best.alias) as T[] });
      resumeAt = end;
    }
    return hits;
  }
}
