import { stemLight } from './stemLight';
import { stemRussian } from './stemRussian';
import { wordLanguage } from './wordLanguage';

// English: plurals and possessives only, so terms stay readable in the reasons shown to the
// reader ("talks" and "talk" meet; "attacked" stays a word of its own).
const INVARIANT = /(?:ss|us|is|ous|ics|sis)$/;

export function stemEnglish(word: string): string {
  let w = word.toLowerCase().replace(/['’]s$/, '').replace(/['’]$/, '');
  if (w.length <= 3 || INVARIANT.test(w)) return w;
  if (w.endsWith('ies') && w.length > 4) return `${w.slice(0, -3)}y`;
  if (/(?:ches|shes|xes|sses)$/.test(w)) return w.slice(0, -2);
  if (w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
  return w;
}

// Articles repeat their words: a bounded cache keeps stemming off the profile. One map per
// `lang`, keyed by the word itself: a key joined from both was a new string to build and hash
// at every call.
const CACHE_LIMIT = 20_000;
const caches = new Map<string, Map<string, string>>();
let cached = 0;

/**
 * The matching key of a word in its own language: the language of the word's letters when
 * they say it, else `lang` (the article's). Russian by Snowball, Ukrainian, Belarusian,
 * Bulgarian and Polish by light ending rules, English by plurals only.
 */
export function stem(word: string, lang: string | null = null): string {
  // Keyed as before by `lang ?? ''`: no language and an empty one share their stems.
  let cache = caches.get(lang ?? '');
  if (!cache) caches.set(lang ?? '', (cache = new Map()));
  const hit = cache.get(word);
  if (hit !== undefined) return hit;
  const language = wordLanguage(word, lang);
  const lower = word.toLowerCase();
  let out: string;
  if (language === 'en') out = stemEnglish(lower);
  else if (language === 'ru') out = lower.length <= 3 ? lower : stemRussian(lower);
  else out = stemLight(lower, language);
  if (cached >= CACHE_LIMIT) {
    for (const each of caches.values()) each.clear();
    cached = 0;
  }
  cache.set(word, out);
  cached++;
  return out;
}
