/**
 * The literal beginnings a pattern's every match starts with ("захват", "захвач" for
 * `(?:захват|захвач)[а-я]*`), read from its source, so a claim that holds none of them at a word
 * start is not scanned with it at all. Most claims hold the stems of few classes: scanning each
 * of some fifty class regexes over every claim was a third of all analysis time.
 *
 * The reader knows the subset the lexicon is written in (literals, groups, alternation, small
 * character classes, quantifiers, lookarounds, escapes); anything else ends a beginning where it
 * stands. `null` means the pattern can start anywhere (with `\S+`, an optional group ...): it is
 * always scanned. A beginning is only ever cut short, never guessed, so skipping is safe.
 */
type Quantity = { min: number };
type Item =
  | { kind: 'char'; ch: string; q: Quantity }
  | { kind: 'set'; chars: string[] | null; q: Quantity }
  | { kind: 'group'; alts: Item[][]; q: Quantity; zeroWidth: boolean }
  | { kind: 'other'; q: Quantity; zeroWidth: boolean };

/** More beginnings than this for one pattern, and the ones so far are cut back to their common start. */
const MAX_BEGINNINGS = 256;
/** Characters a small class is spelled out into ("[её]"); larger classes end a beginning. */
const MAX_SET = 4;

const DIGITS = [...'0123456789'];

/** `digits`: read \\d as the ten digits (a beginning may then start with one), not as the end of a beginning. */
function parse(source: string, digits = false): Item[][] {
  let i = 0;
  const quantity = (): Quantity => {
    const c = source[i];
    let q: Quantity = { min: 1 };
    if (c === '?' || c === '*') { q = { min: 0 }; i++; }
    else if (c === '+') { i++; }
    else if (c === '{') {
      const m = /^\{(\d+)(?:,\d*)?\}/.exec(source.slice(i));
      if (m) { q = { min: Number(m[1]) }; i += m[0].length; }
    }
    if (source[i] === '?') i++; // lazy
    return q;
  };
  const alternatives = (): Item[][] => {
    const alts: Item[][] = [[]];
    while (i < source.length && source[i] !== ')') {
      const c = source[i]!;
      if (c === '|') { alts.push([]); i++; continue; }
      let item: Item;
      if (c === '(') {
        const head = /^\((\?:|\?=|\?!|\?<=|\?<!|\?<[a-z][a-z0-9]*>)?/i.exec(source.slice(i))![0];
        i += head.length;
        const zeroWidth = /^\(\?(?:=|!|<=|<!)$/.test(head);
        const alts2 = alternatives();
        i++; // ')'
        item = { kind: 'group', alts: alts2, q: { min: 1 }, zeroWidth };
      } else if (c === '[') {
        const end = source.indexOf(']', i + 1 + (source[i + 1] === ']' ? 1 : 0));
        const body = source.slice(i + 1, end);
        i = end + 1;
        const plain = !/[\\^-]/.test(body) && [...body].length <= MAX_SET;
        item = { kind: 'set', chars: plain ? [...body] : null, q: { min: 1 } };
      } else if (c === '\\') {
        const next = source[i + 1] ?? '';
        if (next === 'u' && /^[0-9a-f]{4}$/i.test(source.slice(i + 2, i + 6))) {
          item = { kind: 'char', ch: String.fromCharCode(parseInt(source.slice(i + 2, i + 6), 16)), q: { min: 1 } };
          i += 6;
        } else if (next === 'p' || next === 'P') {
          i = source.indexOf('}', i) + 1;
          item = { kind: 'other', q: { min: 1 }, zeroWidth: false };
        } else if (digits && next === 'd') {
          i += 2;
          item = { kind: 'set', chars: DIGITS, q: { min: 1 } };
        } else if (/[sSdDwWnrt]/.test(next)) {
          i += 2;
          item = { kind: 'other', q: { min: 1 }, zeroWidth: false };
        } else if (next === 'b' || next === 'B') {
          i += 2;
          item = { kind: 'other', q: { min: 1 }, zeroWidth: true };
        } else {
          i += 2;
          item = { kind: 'char', ch: next, q: { min: 1 } };
        }
      } else if (c === '^' || c === '$') {
        i++;
        item = { kind: 'other', q: { min: 1 }, zeroWidth: true };
      } else if (c === '.') {
        i++;
        item = { kind: 'other', q: { min: 1 }, zeroWidth: false };
      } else {
        i++;
        item = { kind: 'char', ch: c, q: { min: 1 } };
      }
      if (!('zeroWidth' in item && item.zeroWidth)) item.q = quantity();
      else quantity();
      alts[alts.length - 1]!.push(item);
    }
    return alts;
  };
  return alternatives();
}

/** Every beginning a match of `seq` (from `at`) can have, after `prefix`; cut short where unsure. */
function beginnings(seq: Item[], at: number, prefix: string, maxLength: number): string[] {
  const item = seq[at];
  if (!item || prefix.length >= maxLength) return [prefix];
  if ((item.kind === 'group' || item.kind === 'other') && item.zeroWidth) return beginnings(seq, at + 1, prefix, maxLength);
  if (item.q.min === 0) return [prefix];
  const once = item.q.min === 1;
  let found: string[];
  if (item.kind === 'char') found = once ? beginnings(seq, at + 1, prefix + item.ch, maxLength) : [prefix + item.ch];
  else if (item.kind === 'set' && item.chars) {
    found = item.chars.flatMap((c) => (once ? beginnings(seq, at + 1, prefix + c, maxLength) : [prefix + c]));
  } else if (item.kind === 'group') {
    const rest = once ? seq.slice(at + 1) : [];
    found = item.alts.flatMap((alt) => beginnings([...alt, ...rest], 0, prefix, maxLength));
  } else return [prefix];
  if (found.length > MAX_BEGINNINGS) found = [...new Set(found)];
  return found.length > MAX_BEGINNINGS ? [prefix] : found;
}

/** The beginnings every match of `source` starts with, or null when it can start anywhere. */
export function patternAnchors(source: string): string[] | null {
  return anchorsUpTo(source, Infinity);
}

/**
 * The characters every match of `source` can begin with, or null when it can begin with any:
 * its beginnings cut to their first character, so many alternatives are not cut back to none.
 */
export function patternFirstChars(source: string): string[] | null {
  return anchorsUpTo(source, 1);
}

/**
 * The beginnings of every match of `source` cut to `maxLength` characters, with \\d read as the
 * ten digits, or null when a match can begin anywhere.
 */
export function patternBeginnings(source: string, maxLength: number): string[] | null {
  return anchorsUpTo(source, maxLength, true);
}

/**
 * A pattern that opens with "not after" a class, for all its matches (`(?<![\\p{L}])(?:a|b)`,
 * not `(?<![\\p{L}])a|b`): the class (`[\\p{L}]`) and the rest of the pattern; else null.
 */
export function leadingNotBefore(source: string): { notBefore: string; rest: string } | null {
  const head = /^\(\?<!(\[(?:[^\]\\]|\\.)*\])\)/.exec(source);
  if (!head) return null;
  if (parse(source).length !== 1) return null;
  return { notBefore: head[1]!, rest: source.slice(head[0].length) };
}

function anchorsUpTo(source: string, maxLength: number, digits = false): string[] | null {
  const found = parse(source, digits).flatMap((alt) => beginnings(alt, 0, '', maxLength));
  return found.some((b) => b === '') ? null : [...new Set(found)];
}

/**
 * The anchors of many patterns, each with the id of its pattern, walked from any position of a
 * text. The trie's edges are one map from a node and a UTF-16 unit (node * 65536 + unit, a small
 * integer key) to the child: a number key, where a one-character string would be allocated for
 * every Cyrillic letter read, and one lookup per step with no map per node to reach first.
 */
export class AnchorIndex {
  private readonly edges = new Map<number, number>();
  /** Per node, the ids of the patterns an anchor of which ends there. */
  private readonly ends: number[][] = [[]];
  private maxId = -1;

  add(anchors: string[], id: number): void {
    for (const anchor of anchors) {
      let node = 0;
      // By UTF-16 unit, as texts are indexed.
      for (let k = 0; k < anchor.length; k++) {
        const key = node * 65536 + anchor.charCodeAt(k);
        let child = this.edges.get(key);
        if (child === undefined) {
          child = this.ends.length;
          this.ends.push([]);
          this.edges.set(key, child);
        }
        node = child;
      }
      this.ends[node]!.push(id);
    }
    if (id > this.maxId) this.maxId = id;
  }

  /** The ids of patterns an anchor of which starts at one of the positions `starts`. */
  present(text: string, starts: number[]): Set<number> {
    const first = new Int32Array(this.maxId + 1);
    this.firstAt(text, starts, first);
    const ids = new Set<number>();
    first.forEach((at, id) => { if (at >= 0) ids.add(id); });
    return ids;
  }

  /**
   * For each id, the first of the positions `starts` (ascending) where an anchor of its pattern
   * starts, or -1: `first` is filled with -1 first.
   */
  firstAt(text: string, starts: number[], first: Int32Array): void {
    first.fill(-1);
    const { edges, ends } = this;
    const length = text.length;
    for (let s = 0; s < starts.length; s++) {
      const at = starts[s]!;
      let node: number | undefined = 0;
      for (let j = at; j < length; j++) {
        node = edges.get(node * 65536 + text.charCodeAt(j));
        if (node === undefined) break;
        const here = ends[node]!;
        for (let k = 0; k < here.length; k++) if (first[here[k]!] === -1) first[here[k]!] = at;
      }
    }
  }
}
