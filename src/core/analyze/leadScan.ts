import { leadingNotBefore, patternBeginnings } from './patternAnchors';
import { unitClass } from './unitClass';

const isSurrogate = (code: number) => code >= 0xd800 && code <= 0xdfff;

/** A string as a regex atom of its own, every character literal. */
const escapeLiteral = (text: string) => text.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');

/**
 * A regex read only where a match can begin. A pattern such as `(?<![\p{L}])(?:по данным|по
 * словам|...)` is tried by V8 at every position of a text: its leading lookbehind keeps the
 * engine from skipping ahead to the letters a match can start with. Read from the pattern's
 * source (patternAnchors.ts): the first two characters every match begins with and the class a
 * match may not follow; the regex is then tried, sticky, only at the positions whose two units
 * can begin a match and whose unit before is outside that class. Both are decided by regexes in
 * the pattern's own flags (case folding is the engine's), once per unit or pair of units.
 *
 * The matches are the regex's own: a sticky try at a position is what the unanchored search
 * finds there, and that search's first match at or after a position is the first position where
 * the sticky try matches; the positions skipped can hold none. A pattern with no such beginnings
 * (one that may start with any letter), and any text holding surrogates, take the regex itself.
 */
export class LeadScan {
  private readonly sticky: RegExp | null = null;
  private readonly global: RegExp;
  /** Whether a match can begin with a unit: 0 not read yet, 1 no, 2 yes. */
  private readonly first = new Uint8Array(0x10000);
  private readonly firstChars: RegExp | null = null;
  /** Whether a match can begin with two units (key: the first unit << 16 | the second). */
  private readonly pairs = new Map<number, boolean>();
  private readonly beginning: RegExp | null = null;
  /** Some beginning is two characters long: a pair is checked after a unit. */
  private readonly twoLong: boolean = false;
  private readonly after: ((code: number) => boolean) | null = null;

  constructor(readonly regex: RegExp) {
    const flags = regex.flags.replace(/[gy]/g, '');
    this.global = new RegExp(regex.source, `${flags}g`);
    // Escapes the beginnings reader would take for a literal letter (\\1, \\f, \\x41, \\cJ, \\u{...}) and inline modifiers: read unanchored.
    if (/\\(?:[1-9fvxck0]|u\{)|\(\?[-imsx]/.test(regex.source)) return;
    const lead = leadingNotBefore(regex.source);
    const beginnings = patternBeginnings(lead?.rest ?? regex.source, 2);
    if (!beginnings || beginnings.some((b) => [...b].some((c) => isSurrogate(c.charCodeAt(0))))) return;
    this.sticky = new RegExp(regex.source, `${flags}y`);
    this.firstChars = new RegExp(`^(?:${[...new Set(beginnings.map((b) => b[0]!))].map(escapeLiteral).join('|')})`, flags);
    this.beginning = new RegExp(`^(?:${beginnings.map(escapeLiteral).join('|')})`, flags);
    this.twoLong = beginnings.some((b) => b.length > 1);
    if (lead) {
      const notBefore = new RegExp(lead.notBefore, flags);
      this.after = unitClass(notBefore);
    }
  }

  /** Whether the regex is read only where a match can begin (else it runs as it is). */
  get anchored(): boolean {
    return this.sticky !== null;
  }

  /** The first match, as the regex's exec from the text's start gives it. */
  exec(text: string): RegExpExecArray | null {
    return this.scan(text, 1)[0] ?? null;
  }

  test(text: string): boolean {
    return this.scan(text, 1).length > 0;
  }

  /** Every match, as `text.matchAll` with the regex (global) gives them. */
  all(text: string): RegExpExecArray[] {
    return this.scan(text, Infinity);
  }

  private scan(text: string, limit: number): RegExpExecArray[] {
    const { sticky, firstChars, beginning, first, pairs, after, twoLong } = this;
    if (!sticky || !firstChars || !beginning) return this.scanAll(text, limit);
    const found: RegExpExecArray[] = [];
    const length = text.length;
    for (let at = 0; at < length && found.length < limit; at++) {
      const code = text.charCodeAt(at);
      if (isSurrogate(code)) return this.scanAll(text, limit);
      let can = first[code]!;
      if (can === 0) first[code] = can = firstChars.test(String.fromCharCode(code)) ? 2 : 1;
      if (can === 1) continue;
      if (after && at > 0) {
        const before = text.charCodeAt(at - 1);
        if (!isSurrogate(before) && after(before)) continue;
      }
      if (twoLong && at + 1 < length) {
        const next = text.charCodeAt(at + 1);
        const key = (code << 16) | next;
        let pair = pairs.get(key);
        if (pair === undefined) pairs.set(key, (pair = isSurrogate(next) || beginning.test(text.slice(at, at + 2))));
        if (!pair) continue;
      }
      sticky.lastIndex = at;
      const match = sticky.exec(text);
      if (!match) continue;
      found.push(match);
      // A match has a beginning, so it is never empty: the next try is where it ends.
      at += match[0].length - 1;
    }
    return found;
  }

  private scanAll(text: string, limit: number): RegExpExecArray[] {
    const { global } = this;
    if (limit === 1) {
      global.lastIndex = 0;
      const match = global.exec(text);
      return match ? [match] : [];
    }
    global.lastIndex = 0;
    return [...text.matchAll(global)];
  }
}
