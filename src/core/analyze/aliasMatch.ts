/**
 * An alias's body (aliasPattern.ts's aliasBody) matched at one position without compiling its
 * regex, where that can be decided for certain; the regex is left to decide the rest.
 *
 * Why: each group of aliases had a regex of its own, compiled at its first use and again at its
 * second (V8 tiers a regex up), once for one-byte and once for two-byte texts: in Chromium the
 * 968 group regexes an analysis worker met over the development set cost about 210 ms to compile
 * (2026-11-29), paid again in every worker of a folder import.
 *
 * The body is a sequence of: literal characters, an apostrophe class `['’ʼ]`, a run of spaces
 * `\s+` between words, and an ending `[\u0400-\u04FF]*` or `\p{L}*` after a word written with
 * "*". Matched at a position, each step has one way to succeed: a run of spaces is followed by a
 * literal (never a space), an ending by a run of spaces or the body's end, and letters are never
 * spaces; so the greedy reading, step by step, is the regex's own first match, with the same
 * length, and the first alternative of a group that matches is the one the regex reports.
 *
 * Exact by construction or by exhaustive test (aliasMatch.test.ts):
 * - spaces: the characters of `\s`;
 * - endings: read by a shared sticky regex of the same class and flags as the body's;
 * - case-sensitive literals: code unit equality (literals are BMP characters, not surrogates);
 * - case-insensitive literals (flag `i`, simple case folding): literals of Latin (U+0000-U+017F)
 *   and the Cyrillic block only; a text character of those ranges compares by a lower-case table, one with no
 *   case mapping at all (neither toLowerCase nor toUpperCase changes it) matches none of them;
 *   any other text character leaves the answer to the regex (UNDECIDED).
 */

/** What `match` returns when it cannot decide: the caller runs the regex. */
export const UNDECIDED = -2;
/** The body does not match at this position. */
export const NO_MATCH = -1;

const APOSTROPHE = -1;
const SPACES = -2;
const CYRILLIC_RUN = -3;
const LETTER_RUN = -4;

const CYRILLIC = /[\u0400-\u04FF]/;
const APOSTROPHES = new Set(["'", '’', 'ʼ']);

/** The characters of `\s`. */
export function isSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/**
 * Lower case of Latin (U+0000-U+017F) and the Cyrillic block, which is simple case folding there
 * but for µ and ſ (they fold to μ and s): -1 for those, for İ (no one-character lower case) and
 * elsewhere.
 */
const LOWER = new Int32Array(0x500).fill(-1);
for (let code = 0; code < 0x500; code++) {
  if ((code >= 0x180 && code < 0x400) || code === 0xb5 || code === 0x17f) continue;
  const lower = String.fromCharCode(code).toLowerCase();
  LOWER[code] = lower.length === 1 ? lower.charCodeAt(0) : -1;
}
/** Whether a code unit may be compared by LOWER. */
export function foldable(code: number): boolean {
  return code < 0x500 && LOWER[code]! >= 0;
}
export function lowerOf(code: number): number {
  return code < 0x500 ? LOWER[code]! : -1;
}

/** 1: no case mapping either way (and not a surrogate); 2: otherwise. Filled as characters are met. */
const CASELESS = new Uint8Array(0x10000);
export function caseless(code: number): boolean {
  let known = CASELESS[code]!;
  if (known === 0) {
    const char = String.fromCharCode(code);
    known = (code < 0xd800 || code > 0xdfff) && char.toLowerCase() === char && char.toUpperCase() === char ? 1 : 2;
    CASELESS[code] = known;
  }
  return known === 1;
}

/**
 * The alias as steps, or null when a literal cannot be compared here (case-insensitive and
 * outside the ranges LOWER covers; or a surrogate). Mirrors aliasBody word for word.
 */
export function aliasProgram(alias: string, ignoreCase: boolean): Int32Array | null {
  const steps: number[] = [];
  const words = alias.split(/\s+/);
  for (let w = 0; w < words.length; w++) {
    const word = words[w]!;
    if (w > 0) steps.push(SPACES);
    const stem = word.endsWith('*');
    const literal = stem ? word.slice(0, -1) : word;
    for (const char of literal) {
      if (APOSTROPHES.has(char)) {
        steps.push(APOSTROPHE);
        continue;
      }
      if (char.length !== 1) return null;
      const code = char.charCodeAt(0);
      if (code >= 0xd800 && code <= 0xdfff) return null;
      if (ignoreCase) {
        if (!foldable(code)) return null;
        steps.push(LOWER[code]!);
      } else steps.push(code);
    }
    if (stem) steps.push(CYRILLIC.test(word) ? CYRILLIC_RUN : LETTER_RUN);
  }
  return Int32Array.from(steps);
}

/** The endings' classes as sticky regexes in a table's flags: `[\u0400-\u04FF]*` and `\p{L}*`, as in the body. */
export interface Runs {
  cyrillic: RegExp;
  letters: RegExp;
}
export const runsFor = (flags: string): Runs => ({ cyrillic: new RegExp('[\\u0400-\\u04FF]*', flags), letters: new RegExp('\\p{L}*', flags) });

/** After matchProgram: where the body's last step began when that step is a run (spaces or an ending), else -1. */
export const lastRun = { start: -1 };

/** The length of the body's match at `at`, NO_MATCH, or UNDECIDED. */
export function matchProgram(program: Int32Array, text: string, at: number, ignoreCase: boolean, runs: Runs): number {
  let pos = at;
  lastRun.start = -1;
  const length = text.length;
  for (let i = 0; i < program.length; i++) {
    const step = program[i]!;
    if (step >= 0) {
      if (pos >= length) return NO_MATCH;
      const code = text.charCodeAt(pos);
      if (ignoreCase) {
        if (code < 0x500 && LOWER[code]! >= 0) {
          if (LOWER[code] !== step) return NO_MATCH;
        } else if (caseless(code)) return NO_MATCH;
        else return UNDECIDED;
      } else if (code !== step) return NO_MATCH;
      pos++;
    } else if (step === SPACES) {
      if (pos >= length || !isSpace(text.charCodeAt(pos))) return NO_MATCH;
      if (i === program.length - 1) lastRun.start = pos + 1;
      pos++;
      while (pos < length && isSpace(text.charCodeAt(pos))) pos++;
    } else if (step === APOSTROPHE) {
      if (pos >= length || !APOSTROPHES.has(text[pos]!)) return NO_MATCH;
      pos++;
    } else {
      const run = step === CYRILLIC_RUN ? runs.cyrillic : runs.letters;
      run.lastIndex = pos;
      run.exec(text);
      if (i === program.length - 1) {
        // A run the whole pattern may give back one code unit at a time: not across a surrogate pair.
        for (let k = pos; k < run.lastIndex; k++) {
          const code = text.charCodeAt(k);
          if (code >= 0xd800 && code <= 0xdfff) return UNDECIDED;
        }
        lastRun.start = pos;
      }
      pos = run.lastIndex;
    }
  }
  return pos - at;
}
