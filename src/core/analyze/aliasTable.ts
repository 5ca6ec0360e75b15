import { aliasBody, ALIAS_END, literalLength } from './aliasPattern';
import { unitClass } from './unitClass';

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
  /** The aliases' bodies alone, without the check of what follows: what most texts are tried with. */
  bodies: RegExp | null;
  /** The whole pattern, bodies and ALIAS_END in one: made only when a body matched but was followed by more of a word. */
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
  const lower = ONE_UNIT.test(text) ? null : lowerInPlace(text);
  if (lower === null) {
    return Array.from(text.matchAll(WORD_START), (word) => ({
      index: word.index,
      key: bucketKey(text, word.index),
      prefix: text.slice(word.index, word.index + PREFIX_LENGTH).toLowerCase(),
    }));
  }
  // The same starts as WORD_START finds, read unit by unit (no character here is two units).
  const starts: WordStart[] = [];
  let inWord = false;
  for (let at = 0; at < text.length; at++) {
    const wordUnit = isWordUnit(text.charCodeAt(at));
    if (wordUnit && !inWord) {
      const key = lower.slice(at, at + 2);
      starts.push({ index: at, key: key.includes('’') || key.includes('ʼ') ? key.replace(/[’ʼ]/g, "'") : key, prefix: lower.slice(at, at + PREFIX_LENGTH) });
    }
    inWord = wordUnit;
  }
  return starts;
}

/** A character of two UTF-16 units (a surrogate), or one whose lower case depends on its neighbours or is longer (Σ, İ). */
const ONE_UNIT = /[\ud800-\udfff\u03a3\u0130]/;
const isWordUnit = unitClass(/[\p{L}\p{N}]/u);

/**
 * The text in lower case when every character is lowered on its own into one unit, so that any
 * slice of it is the lower case of the same slice of the text; else null.
 */
function lowerInPlace(text: string): string | null {
  const lower = text.toLowerCase();
  return lower.length === text.length ? lower : null;
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
  readonly byPrefix = new Map<string, Group>();
  /** The other aliases ("U.S.", "ЕС", three-letter names), by their first two characters: tried at every such word. */
  readonly byKey = new Map<string, Group>();
  private readonly flags: string;
  /** ALIAS_END alone, in the table's flags: whether a body's match ends where a word does. */
  private readonly end: RegExp;

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
    this.end = new RegExp(ALIAS_END, this.flags);
    // Ranks are counted within a two-letter key, which a four-letter prefix always lies in, so a
    // prefix group's best and its key's other group's best compare by rank.
    for (const [key, aliases] of grouped) {
      aliases.sort((a, b) => literalLength(b) - literalLength(a) || b.length - a.length);
      aliases.forEach((alias, rank) => {
        const prefix = prefixOf(alias);
        const [map, at] = prefix === null ? [this.byKey, key] : [this.byPrefix, prefix];
        const group = map.get(at) ?? map.set(at, { aliases: [], ranks: [], bodies: null, regex: null }).get(at)!;
        group.aliases.push(alias);
        group.ranks.push(rank);
      });
    }
  }

  /** One alias needs no capturing group to tell which matched; most groups hold one. */
  private compile(group: Group, end: string): RegExp {
    const { aliases } = group;
    const body = aliases.length === 1 ? aliasBody(aliases[0] as string) : aliases.map((alias) => `(${aliasBody(alias)})`).join('|');
    return new RegExp(`(?:${body})${end}`, this.flags);
  }

  /**
   * The first alias of `group` (by rank) matching at `at`: its rank, alias and length. What
   * follows a match (ALIAS_END, with its classes of every letter and digit) is checked apart, by
   * one regex shared by every group: compiled into each group's own regex it made each group's
   * first two uses cost about a millisecond (V8 compiles a regex at its first run and again at its
   * second), and an article met a few dozen groups no text had reached before in that worker
   * (2026-11-29, Chromium: tryGroup 25 ms of a page's analysis; Node: a text's first analysis
   * took 2 to 6 times its second). The result is the whole pattern's: if no body matches, the
   * whole pattern cannot; if the first body to match (first alternative, longest ending, as the
   * regex tries them) is followed by a word's end, the whole pattern stops there too; only when
   * it is not is the whole pattern run, to try shorter endings and later aliases as it would.
   */
  private tryGroup(group: Group | null | undefined, text: string, at: number): { rank: number; alias: string; length: number } | null {
    if (!group) return null;
    const bodies = (group.bodies ??= this.compile(group, ''));
    bodies.lastIndex = at;
    let match = bodies.exec(text);
    if (!match) return null;
    const end = this.end;
    end.lastIndex = at + match[0].length;
    if (!end.test(text)) {
      const regex = (group.regex ??= this.compile(group, ALIAS_END));
      regex.lastIndex = at;
      match = regex.exec(text);
      if (!match) return null;
    }
    let index = 0;
    if (group.aliases.length > 1) while (match[index + 1] === undefined) index++;
    return { rank: group.ranks[index] as number, alias: group.aliases[index] as string, length: match[0].length };
  }

  /**
   * `starts`: the text's wordStarts, when several tables read one text; `groups`: its words'
   * groups in a set of tables this one is `table` of (AliasTableSet.groups), when they do.
   */
  find(text: string, starts: WordStart[] = wordStarts(text), groups: WordGroups | null = null, table = 0): AliasHit<T>[] {
    const hits: AliasHit<T>[] = [];
    let resumeAt = 0;
    for (let w = 0; w < starts.length; w++) {
      const word = starts[w]!;
      if (word.index < resumeAt) continue;
      const prefixGroup = groups ? groups.prefix[w]?.[table] : this.byPrefix.get(word.prefix);
      const keyGroup = groups ? groups.key[w]?.[table] : this.byKey.get(word.key);
      if (!prefixGroup && !keyGroup) continue;
      const prefixed = this.tryGroup(prefixGroup, text, word.index);
      const other = this.tryGroup(keyGroup, text, word.index);
      const best = prefixed && (!other || prefixed.rank < other.rank) ? prefixed : other;
      if (!best) continue;
      const end = word.index + best.length;
      hits.push({ start: word.index, end, alias: best.alias, owners: this.owners.get(best.alias) as T[] });
      resumeAt = end;
    }
    return hits;
  }
}

/** Each word's groups in every table of a set, by the word's place in its wordStarts. */
export interface WordGroups {
  prefix: Array<Array<Group | undefined> | undefined>;
  key: Array<Array<Group | undefined> | undefined>;
}

/**
 * Several tables read over the same texts: a word's groups in all of them are looked up once,
 * where each table looking up its own cost two lookups per word per table (a twentieth of an
 * analysis over six tables). The hits are each table's own.
 */
export class AliasTableSet<T> {
  private readonly byPrefix = new Map<string, Array<Group | undefined>>();
  private readonly byKey = new Map<string, Array<Group | undefined>>();

  constructor(readonly tables: AliasTable<T>[]) {
    const merge = (into: Map<string, Array<Group | undefined>>, from: Map<string, Group>, table: number) => {
      for (const [at, group] of from) {
        let row = into.get(at);
        if (!row) into.set(at, (row = new Array<Group | undefined>(tables.length).fill(undefined)));
        row[table] = group;
      }
    };
    tables.forEach((table, i) => {
      merge(this.byPrefix, table.byPrefix, i);
      merge(this.byKey, table.byKey, i);
    });
  }

  groups(starts: WordStart[]): WordGroups {
    return { prefix: starts.map((word) => this.byPrefix.get(word.prefix)), key: starts.map((word) => this.byKey.get(word.key)) };
  }

  /** What `tables[table].find(text, starts)` finds. */
  find(table: number, text: string, starts: WordStart[], groups: WordGroups): AliasHit<T>[] {
    return this.tables[table]!.find(text, starts, groups, table);
  }
}
