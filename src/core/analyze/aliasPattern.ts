const CYRILLIC = /[\u0400-\u04FF]/;

/** Letters or digits on either side mean the alias is part of a longer word. */
export const WORD_BEFORE = '(?<![\\p{L}\\p{N}])';
export const WORD_AFTER = '(?![\\p{L}\\p{N}])';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// Inflected endings; the Cyrillic block is a far smaller class to compile than every letter.
const CYRILLIC_ENDING = '[\\u0400-\\u04FF]*';
const ANY_ENDING = '\\p{L}*';

/** Straight, curly and modifier apostrophes (ʼ, Ukrainian typography) are one character to a reader, and to the matcher. */
const APOSTROPHES = /['’ʼ]/g;

/** The body of one alias: any run of spaces between words, either apostrophe, a word ending in "*" as "any inflected ending". */
export function aliasBody(alias: string): string {
  return alias.split(/\s+/).map((word) => {
    const stem = word.endsWith('*');
    const body = escapeRegExp(stem ? word.slice(0, -1) : word).replace(APOSTROPHES, "['’ʼ]");
    return stem ? `${body}${CYRILLIC.test(word) ? CYRILLIC_ENDING : ANY_ENDING}` : body;
  }).join('\\s+');
}

// After the alias: no letter or digit, unless the alias itself ended in a period ("U.S.").
export const ALIAS_END = `(?:(?<=\\.)|${WORD_AFTER})`;

/** Cyrillic names inflect and are often lower-cased in headlines: match them in any case. */
export function aliasIgnoresCase(alias: string, anyCase: boolean): boolean {
  return anyCase || CYRILLIC.test(alias);
}

/** The part of an alias that must match letter for letter: "Харківщин*" says more than "Харків*". */
export function literalLength(alias: string): number {
  return alias.replace(/\*/g, '').length;
}
