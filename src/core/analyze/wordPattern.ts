import { patternFirstChars } from './patternAnchors';
import { unitClass } from './unitClass';

const isLetterUnit = unitClass(/\p{L}/u);
/**
 * Bodies at least this long (in source characters) are tried only at word starts that can begin
 * them (see below). Shorter ones scan faster unanchored: V8 skips ahead to their few beginnings,
 * and a loop over the text's units costs more than that (Russian devset sentences, Node 22: the
 * speech verbs, 5,600 characters, 12 -> 4 us a sentence; the claim lexicon's words, 20-630
 * characters, 0.1-2 us slower each).
 */
const STICKY_FROM_LENGTH = 2000;

const isSurrogate = (code: number) => code >= 0xd800 && code <= 0xdfff;

/** A character as a regex atom of its own. */
const escapeChar = (ch: string) => (/[\\^$.*+?()[\]{}|/]/.test(ch) ? `\\${ch}` : ch);

/**
 * A pattern that must begin a word, scanned fast. Written with a leading "not after a letter"
 * lookbehind, a big alternation is tried at every position of the text, because V8 cannot skip
 * ahead to the letters it can start with; the same alternation without the lookbehind, with the
 * character before each match checked by hand, finds the same matches about three times faster
 * (the speech verbs, over the development set's Russian, Ukrainian and Belarusian sentences).
 * After a match inside a word the scan resumes one character on, so an overlapping match at a
 * later word start is not lost.
 *
 * Where the pattern's every match begins with a known character (its literal beginnings,
 * patternAnchors.ts), it is not run over the text at all: it is tried, sticky, only at the word
 * starts whose first character (in the pattern's case rule) can begin a match. A sticky try at
 * a position gives what the unanchored scan gives there, and the scan's first match at or after a
 * position is the first word start where the sticky try matches: the same matches, found many
 * times faster (the speech verbs: a few hundred alternatives scanned over a 30-word sentence).
 * Texts holding surrogates take the unanchored scan.
 */
export class WordPattern {
  private readonly regex: RegExp;
  private readonly sticky: RegExp | null;
  /** Whether a match can begin with a UTF-16 unit: 0 not read yet, 1 no, 2 yes (as unitClass.ts). */
  private readonly canStart: Uint8Array | null;
  private readonly firstChar: RegExp | null;

  /** `body`: the pattern without the leading lookbehind; `flags` as for RegExp ('g' is added). */
  constructor(body: string, flags = 'iu') {
    this.regex = new RegExp(body, flags.includes('g') ? flags : `${flags}g`);
    const firsts = patternFirstChars(body);
    if (body.length >= STICKY_FROM_LENGTH && firsts && !firsts.some((ch) => isSurrogate(ch.charCodeAt(0)))) {
      const plain = flags.replace(/[gy]/g, '');
      this.sticky = new RegExp(body, `${plain}y`);
      this.firstChar = new RegExp(`^(?:${firsts.map(escapeChar).join('|')})`, plain);
      this.canStart = new Uint8Array(0x10000);
    } else {
      this.sticky = null;
      this.firstChar = null;
      this.canStart = null;
    }
  }

  /**
   * The last text read and what was found in it: the same sentence is often asked twice in a
   * row (its speech verbs by indirectSpeech, then by postposedSpeaker). `limit` 1 or all.
   */
  private lastText: string | null = null;
  private lastFound: RegExpExecArray[] = [];
  private lastLimit = 0;

  /** Every match starting a word, in order (matches do not overlap, as with matchAll). Shared with the next caller on the same text: not to be changed. */
  all(text: string): RegExpExecArray[] {
    return this.cached(text, Infinity);
  }

  /** The first match starting a word, or null. */
  exec(text: string): RegExpExecArray | null {
    return this.cached(text, 1)[0] ?? null;
  }

  test(text: string): boolean {
    return this.cached(text, 1).length > 0;
  }

  /** The first `limit` matches (1 or all); every match's first is the first match. */
  private cached(text: string, limit: number): RegExpExecArray[] {
    if (text === this.lastText && this.lastLimit >= limit) return this.lastFound;
    const found = this.scan(text, limit);
    this.lastText = text;
    this.lastFound = found;
    this.lastLimit = limit;
    return found;
  }

  private scan(text: string, limit: number): RegExpExecArray[] {
    const { sticky, canStart, firstChar } = this;
    if (!sticky || !canStart || !firstChar) return this.scanAll(text, limit);
    const found: RegExpExecArray[] = [];
    for (let at = 0; at < text.length && found.length < limit; at++) {
      const code = text.charCodeAt(at);
      if (isSurrogate(code)) return this.scanAll(text, limit);
      let can = canStart[code]!;
      if (can === 0) canStart[code] = can = firstChar.test(String.fromCharCode(code)) ? 2 : 1;
      if (can === 1 || (at > 0 && isLetterUnit(text.charCodeAt(at - 1)))) continue;
      sticky.lastIndex = at;
      const match = sticky.exec(text);
      if (!match) continue;
      found.push(match);
      // Anchored patterns never match empty: the next try is after this match.
      at = match.index + match[0].length - 1;
    }
    return found;
  }

  private scanAll(text: string, limit: number): RegExpExecArray[] {
    const found: RegExpExecArray[] = [];
    const { regex } = this;
    regex.lastIndex = 0;
    for (let match = regex.exec(text); match && found.length < limit; match = regex.exec(text)) {
      if (match.index > 0 && isLetterUnit(text.charCodeAt(match.index - 1))) {
        regex.lastIndex = match.index + 1;
        continue;
      }
      found.push(match);
      if (match[0] === '') regex.lastIndex++;
    }
    return found;
  }
}
