import { ISO_639_1_BY_639_3, ISO_639_3_BY_639_1 } from './iso639';
import { rankLanguages } from './rankLanguages';

/** Below this many letters trigram statistics say little; the page's declaration decides. */
const MIN_LETTERS = 40;
const SAMPLE_CHARS = 3000;
/** The declared language wins when franc rates it nearly as high as its first choice. */
const DECLARED_MIN_SCORE = 0.95;

// Letters only one of the three East Slavic languages writes: they settle ru/uk/be when
// franc hesitates or a page declares the wrong one.
const UKRAINIAN_ONLY = /[їєґ]/iu;
const BELARUSIAN_ONLY = /ў/iu;
const NOT_UKRAINIAN = /[ыэъё]/iu;
// Letters Bulgarian, Serbian, Bosnian and Macedonian never write: a short Russian headline that
// franc's trigrams take for Bosnian ("Взрыв на Крымском мосту") is East Slavic by its ы alone.
const EAST_SLAVIC_ONLY = /[ыэёіїєґў]/iu;
const SOUTH_SLAVIC_CYRILLIC = new Set(['bg', 'sr', 'bs', 'mk']);

function declaredCode(declared: string | null | undefined): string | null {
  const primary = declared?.trim().toLowerCase().split(/[-_]/u)[0] ?? '';
  if (/^[a-z]{2}$/u.test(primary)) return primary;
  return ISO_639_1_BY_639_3[primary] ?? null;
}

function eastSlavicByLetters(sample: string): string | null {
  if (BELARUSIAN_ONLY.test(sample)) return 'be';
  if (UKRAINIAN_ONLY.test(sample) && !NOT_UKRAINIAN.test(sample)) return 'uk';
  return null;
}

/**
 * The language of a text as ISO 639-1 ("en", "ru", "uk", "be" ...), null when undetermined.
 * `declared` is the page's <html lang>: a hint that wins when the text agrees or is too short.
 */
export function detectLanguage(text: string, declared?: string | null): string | null {
  const hint = declaredCode(declared);
  const sample = text.slice(0, SAMPLE_CHARS);
  if ((sample.match(/\p{L}/gu)?.length ?? 0) < MIN_LETTERS) return hint;
  const ranked = rankLanguages(sample);
  const best = ranked[0];
  if (!best || best[0] === 'und') return hint;
  const bestCode = ISO_639_1_BY_639_3[best[0]] ?? null;
  if (['ru', 'uk', 'be'].includes(bestCode ?? '')) {
    const byLetters = eastSlavicByLetters(sample);
    if (byLetters) return byLetters;
  }
  if (SOUTH_SLAVIC_CYRILLIC.has(bestCode ?? '') && EAST_SLAVIC_ONLY.test(sample)) {
    return eastSlavicByLetters(sample) ?? (/і/iu.test(sample) && !NOT_UKRAINIAN.test(sample) ? 'uk' : 'ru');
  }
  if (hint) {
    const hintScore = ranked.find(([code]) => code === ISO_639_3_BY_639_1[hint])?.[1] ?? 0;
    if (hintScore >= DECLARED_MIN_SCORE) return hint;
  }
  return bestCode ?? hint;
}
