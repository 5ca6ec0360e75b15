/**
 * Word lists are written one stem at a time, "пыта\p{L}*|попыта\p{L}*|попытк\p{L}*", and each
 * `\p{L}` is a class of several hundred ranges that V8 compiles anew wherever it stands: about a
 * millisecond apiece, paid again in every worker that runs the regex, twice when it tiers up
 * (2026-11-29, Chromium 156: the 1,526 regexes one analysis worker runs cost 1.4 s to compile,
 * the slowest a list of thirteen such stems, 80 ms). Consecutive alternatives that end in `\p{L}*`
 * are read as one group before a single `\p{L}*`: "(?:пыта|попыта|попытк)\p{L}*". The regex is
 * the same: `(?:a\p{L}*|b\p{L}*)` and `(?:a|b)\p{L}*` try the same paths in the same order (each
 * alternative, then every length of the letters after it), so they find the same matches with
 * the same groups. Only the top level of `alternation` is rewritten; an alternative whose `\p{L}*`
 * is quantified lazily, escaped, or inside a group or class of its own is left as it is.
 */
const SUFFIX = '\\p{L}*';

/** `alternation` split at its top-level bars: none inside a group, a class or after a backslash. */
function topLevelAlternatives(alternation: string): string[] | null {
  const parts: string[] = [];
  let depth = 0;
  let inClass = false;
  let from = 0;
  for (let at = 0; at < alternation.length; at++) {
    const c = alternation[at];
    if (c === '\\') {
      at++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') {
      depth--;
      if (depth < 0) return null;
    } else if (c === '|' && depth === 0) {
      parts.push(alternation.slice(from, at));
      from = at + 1;
    }
  }
  if (depth !== 0 || inClass) return null;
  parts.push(alternation.slice(from));
  return parts;
}

/** Whether `part` ends in a greedy `\p{L}*` of its own: not `\\p{L}*` (an escaped backslash), not `\p{L}*?`. */
function endsInLetters(part: string): boolean {
  if (part.length <= SUFFIX.length || !part.endsWith(SUFFIX)) return false;
  // The backslash of \p must not itself be escaped: count the backslashes before it.
  let slashes = 0;
  for (let at = part.length - SUFFIX.length - 1; at >= 0 && part[at] === '\\'; at--) slashes++;
  return slashes % 2 === 0;
}

/**
 * The same alternation with each run of consecutive alternatives ending in `\p{L}*` written as
 * one group before one `\p{L}*`. Used where the alternation stands alone in a group of its own
 * (`(?:${...})`), so the top-level bars are its own.
 */
export function shareLetterSuffix(alternation: string): string {
  const parts = topLevelAlternatives(alternation);
  if (!parts) return alternation;
  const out: string[] = [];
  for (let i = 0; i < parts.length; ) {
    if (!endsInLetters(parts[i]!)) {
      out.push(parts[i]!);
      i++;
      continue;
    }
    let j = i;
    while (j < parts.length && endsInLetters(parts[j]!)) j++;
    const stems = parts.slice(i, j).map((part) => part.slice(0, -SUFFIX.length));
    out.push(stems.length === 1 ? parts[i]! : `(?:${stems.join('|')})${SUFFIX}`);
    i = j;
  }
  return out.join('|');
}
