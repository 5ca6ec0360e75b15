/** The languages the lexical layer has rules for. */
export type LexicalLang = 'en' | 'ru' | 'uk' | 'be' | 'bg' | 'pl';

const KNOWN = new Set<string>(['en', 'ru', 'uk', 'be', 'bg', 'pl']);
const CYRILLIC_LANGS = new Set<string>(['ru', 'uk', 'be', 'bg']);

const CYRILLIC = /[\u0400-\u04FF]/;
const POLISH_LETTERS = /[ąęłńóśźżć]/i;

/** "ru-RU", "UK", null -> a language the rules know, or null. */
export function normaliseLang(lang: string | null | undefined): LexicalLang | null {
  const code = (lang ?? '').slice(0, 2).toLowerCase();
  return KNOWN.has(code) ? (code as LexicalLang) : null;
}

/**
 * The language of one word. The letters decide first, because the article's language may be
 * missing or wrong, and a Russian article quotes Ukrainian officials: ў is only Belarusian;
 * ї є ґ only Ukrainian; і is Ukrainian or Belarusian, and with ы or э Belarusian; ы э ё are
 * Russian or Belarusian; ъ before a consonant or at the end is Bulgarian (Russian writes it
 * only before е ё ю я). Without such a letter the article's language holds if it is of the
 * same script, else Russian for Cyrillic and English for Latin.
 */
export function wordLanguage(word: string, articleLang: string | null = null): LexicalLang {
  const lang = normaliseLang(articleLang);
  const w = word.toLowerCase();
  if (!CYRILLIC.test(w)) {
    if (POLISH_LETTERS.test(w)) return 'pl';
    return lang === 'pl' ? 'pl' : 'en';
  }
  if (w.includes('ў')) return 'be';
  if (/[їєґ]/.test(w)) return 'uk';
  if (w.includes('і')) return /[ыэ]/.test(w) || lang === 'be' ? 'be' : 'uk';
  if (/[ыэё]/.test(w)) return lang === 'be' ? 'be' : 'ru';
  if (/ъ(?![еёюя])/.test(w)) return 'bg';
  if (/ъ[еёюя]/.test(w)) return 'ru';
  if (w.includes('ѝ')) return 'bg';
  if (lang && CYRILLIC_LANGS.has(lang)) return lang;
  return 'ru';
}
