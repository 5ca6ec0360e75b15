import type { Quantity } from '../core/types';
import type { StatementRecord } from './records';

/** A statement as its article's row holds it: no row id, no article id (the row is the article). */
export type StoredStatement = Omit<StatementRecord, 'id' | 'articleId'>;

/**
 * An article's statements inside its own row (archive version 6). One IndexedDB object per
 * statement repeated every field name, the speaker, the analyzer's labels and the sentence the
 * article's text already holds: statement rows were 30% of an article's bytes (issue 9). Here a
 * sentence found verbatim in the text is its offset and length (9 in 10 are), each distinct string
 * is kept once, and each statement is a run of small integers.
 */
export interface StatementPack {
  /** The distinct strings the statements use (speakers, labels, dates, sentences not in the text). */
  w: string[];
  /** STRIDE integers a statement: the sentence's start and length (start -1: length is a `w` ref), then one ref per STRING_FIELDS. */
  f: number[];
  /** The quantities of the statements that have any, by position. */
  q?: [number, Quantity[]][];
  /** Fields no column holds (a field a later analyzer adds, a value of another type), by position. */
  x?: [number, Record<string, unknown>][];
}

/** The fields kept as string refs, in the order a statement's fields are written back. */
const STRING_FIELDS = ['speaker', 'attribution', 'polarity', 'modality', 'predicate', 'subject', 'target', 'date', 'dateEnd', 'dateGranularity', 'localId', 'namedPlace'] as const;
const BEFORE_QUANTITIES = 7; // speaker .. target: the analyzer writes quantities after target
const STRIDE = 2 + STRING_FIELDS.length;
const KNOWN = new Set<string>(['text', 'quantities', ...STRING_FIELDS]);
// A ref: ABSENT for a field the statement lacks, NULL for null, k for w[k - 1].
const ABSENT = -1;
const NULL = 0;

export function packStatements(text: string, statements: StoredStatement[]): StatementPack {
  const w: string[] = [];
  const refs = new Map<string, number>();
  const ref = (value: string) => {
    let k = refs.get(value);
    if (k === undefined) refs.set(value, (k = w.push(value)));
    return k;
  };
  const f: number[] = [];
  const q: [number, Quantity[]][] = [];
  const x: [number, Record<string, unknown>][] = [];
  statements.forEach((statement, i) => {
    const fields = statement as unknown as Record<string, unknown>;
    const extra: Record<string, unknown> = {};
    const sentence = statement.text;
    const start = typeof sentence === 'string' ? text.indexOf(sentence) : -1;
    if (start >= 0) f.push(start, sentence.length);
    else if (typeof sentence === 'string') f.push(-1, ref(sentence));
    else f.push(-1, ABSENT), (extra.text = sentence);
    for (const name of STRING_FIELDS) {
      const value = fields[name];
      if (value === undefined || !(name in fields)) f.push(ABSENT);
      else if (value === null) f.push(NULL);
      else if (typeof value === 'string') f.push(ref(value));
      else f.push(ABSENT), (extra[name] = value);
    }
    const quantities = statement.quantities;
    if (!Array.isArray(quantities)) extra.quantities = quantities;
    else if (quantities.length > 0) q.push([i, quantities]);
    for (const name of Object.keys(fields)) if (!KNOWN.has(name)) extra[name] = fields[name];
    if (Object.keys(extra).length > 0) x.push([i, extra]);
  });
  return { w, f, ...(q.length > 0 ? { q } : {}), ...(x.length > 0 ? { x } : {}) };
}

/** How many statements a pack holds. */
export const packedCount = (pack: StatementPack | undefined): number => (pack ? pack.f.length / STRIDE : 0);

/** The statements back, each field as it was stored, sentences cut from `text`. */
export function unpackStatements(text: string, pack: StatementPack): StoredStatement[] {
  const quantities = new Map(pack.q ?? []);
  const extras = new Map(pack.x ?? []);
  const string = (k: number) => (k === NULL ? null : pack.w[k - 1]);
  const out: StoredStatement[] = [];
  for (let i = 0, at = 0; at < pack.f.length; i++, at += STRIDE) {
    const extra = extras.get(i) ?? {};
    const start = pack.f[at]!;
    const length = pack.f[at + 1]!;
    const row: Record<string, unknown> = {};
    if (start >= 0) row.text = text.slice(start, start + length);
    else if (length !== ABSENT) row.text = string(length);
    else if ('text' in extra) row.text = extra.text;
    STRING_FIELDS.forEach((name, j) => {
      if (j === BEFORE_QUANTITIES) putQuantities(row, extra, quantities.get(i));
      const k = pack.f[at + 2 + j]!;
      if (k !== ABSENT) row[name] = string(k);
      else if (name in extra) row[name] = extra[name];
    });
    for (const [name, value] of Object.entries(extra)) if (!KNOWN.has(name)) row[name] = value;
    out.push(row as unknown as StoredStatement);
  }
  return out;
}

function putQuantities(row: Record<string, unknown>, extra: Record<string, unknown>, quantities: Quantity[] | undefined): void {
  if ('quantities' in extra) {
    if (extra.quantities !== undefined) row.quantities = extra.quantities;
  } else row.quantities = quantities ?? [];
}
