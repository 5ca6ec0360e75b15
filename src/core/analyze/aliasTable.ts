import { aliasBody, ALIAS_END, literalLength } from './aliasPattern';

export interface AliasHit<T> {
  start: number;
  end: number;
  alias: string;
  owners: T[];
}

interface Bucket {
  aliases: string[];
  regex: RegExp;
}

// Where a word begins: aliases are tried only there.
const WORD_START = /(?<![\p{L}\p{N}])[\p{L}\p{N}]/gu;

const bucketKey = (text: string, at: number) => text.slice(at, at + 2).toLowerCase().replace(/[’ʼ]/g, "'");

/** A word's first position and its bucket key: read once per text, shared by every table. */
export interface WordStart { index: number; key: string }

export function wordStarts(text: string): WordStart[] {
  return Array.from(text.matchAll(WORD_START), (word) => ({ index: word.index, key: bucketKey(text, word.index) }));
}

/**
 * Many aliases, tried only at the start of a word and only those that begin with the same two
 * letters, so a text is read once however large the gazetteer grows. At a position the alias
 * with the longest literal part wins ("Minsk region" over "Minsk"); an alias shared by several
 * owners reports them all.
 */
export class AliasTable<T> {
  private readonly owners = new Map<string, T[]>();
  private readonly buckets = new Map<string, Bucket>();

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
    for (const [key, aliases] of grouped) {
      aliases.sort((a, b) => literalLength(b) - literalLength(a) || b.length - a.length);
      const groups = aliases.map((alias) => `(${aliasBody(alias)})`).join('|');
      this.buckets.set(key, { aliases, regex: new RegExp(`(?:${groups})${ALIAS_END}`, ignoreCase ? 'yiu' : 'yu') });
    }
  }

  /** `starts`: the text's wordStarts, when several tables read one text. */
  find(text: string, starts: WordStart[] = wordStarts(text)): AliasHit<T>[] {
    const hits: AliasHit<T>[] = [];
    let resumeAt = 0;
    for (const word of starts) {
      if (word.index < resumeAt) continue;
      const bucket = this.buckets.get(word.key);
      if (!bucket) continue;
      bucket.regex.lastIndex = word.index;
      const match = bucket.regex.exec(text);
      if (!match) continue;
      const group = match.findIndex((value, i) => i > 0 && value !== undefined);
      const alias = bucket.aliases[group - 1] as string;
      const end = word.index + match[0].length;
      hits.push({ start: word.index, end, alias, owners: this.owners.get(alias) as T[] });
      resumeAt = end;
    }
    return hits;
  }
}
