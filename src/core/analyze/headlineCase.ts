// Headlines in capitals ("PUTIN ARRIVES IN MINSK") hide names from case-sensitive aliases.
const ALL_CAPS_LINE = /^(?=[^\n]*\p{Lu}[^\n]*\p{Lu}[^\n]*\p{Lu})[^\p{Ll}\n]+$/gmu;
const WORD = /\p{L}+/gu;

function titleCase(line: string): string {
  return line.replace(WORD, (word) => word.length <= 1 ? word : word[0] + word.slice(1).toLowerCase());
}

/**
 * The text as written, plus, when it has lines in capitals, a copy of the same length with
 * those lines in title case, for the aliases that are matched case-sensitively.
 */
export function caseVariants(text: string): string[] {
  if (!/^[^\p{Ll}\n]*\p{Lu}{3}/mu.test(text)) return [text];
  const variant = text.replace(ALL_CAPS_LINE, titleCase);
  return variant === text || variant.length !== text.length ? [text] : [text, variant];
}

/**
 * A headline set in title case ("Putin Arrives In Minsk For Talks"): most of its words are
 * capitalised and it does not end like a sentence, so capitals there say nothing about names.
 */
export function isTitleCaseLine(line: string): boolean {
  // A sentence full of proper nouns still ends like a sentence; a headline seldom does.
  if (/[.!?;:]["”’»)]*\s*$/u.test(line)) return false;
  const words = line.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  const long = words.filter((word) => word.length >= 4);
  if (long.length < 3) return false;
  const capitalised = long.filter((word) => /^\p{Lu}/u.test(word)).length;
  return capitalised / long.length >= 0.7;
}
