const CYRILLIC = /[\u0400-\u04FF]/;

/** Letters or digits on either side mean the alias is part of a longer word. */
export const WORD_BEFORE = '(?<![\\p{L}\\p{N}])';
export const WORD_AFTER = '(?![\\p{L}\\p{N}])';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The regular-expression source of one alias: whole words, any run of spaces between words,
 * either apostrophe, and a trailing "*" as "any inflected ending".
 */
export function aliasSource(alias: string): string {
  const isStem = alias.endsWith('*');
  const words = (isStem ? alias.slice(0, -1) : alias).split(/\s+/).map((word) => {
    const stem = word.endsWith('*');
    const body = escapeRegExp(stem ? word.slice(0, -1) : word).replace(/'/g, "['’]");
    return stem ? `${body}\\p{L}*` : body;
  });
  const tail = isStem ? '\\p{L}*' : '';
  const endsWithPeriod = alias.endsWith('.');
  return `${WORD_BEFORE}${words.join('\\s+')}${tail}${endsWithPeriod ? '' : WORD_AFTER}`;
}

/** Cyrillic names inflect and are often lower-cased in headlines: match them in any case. */
export function aliasIgnoresCase(alias: string, anyCase: boolean): boolean {
  return anyCase || CYRILLIC.test(alias);
}

/** One global regex over a list of aliases, longest first so alternation prefers them. */
export function compileAliases(aliases: string[], ignoreCase: boolean): RegExp | null {
  if (aliases.length === 0) return null;
  const sources = [...aliases].sort((a, b) => b.length - a.length).map(aliasSource);
  return new RegExp(sources.join('|'), ignoreCase ? 'giu' : 'gu');
}
