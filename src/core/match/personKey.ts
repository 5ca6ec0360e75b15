import { GAZETTEER, gazetteerEntry } from '../analyze/gazetteer';
import { surnameKey } from '../analyze/transliterate';

/**
 * Russian and Belarusian spell one surname with other vowels and endings (Чемоданова and
 * Чамаданава, Цыганков and Цыганкоў, Тарайковский and Тарайкоўскі), so the analyzer's ids of
 * people it discovers differ ("chemodanov", "chamadanav"). Read o and e as a (Belarusian
 * akanne), ў and в before a consonant alike, and drop the endings -ov, -eŭ, -a: the consonants
 * stay, so Miller and Maliar stay apart.
 */
function looseKey(surname: string): string {
  return surname
    .replace(/(.)\1+/g, '$1')
    .replace(/[iy]a/g, 'a')
    .replace(/[oe]/g, 'a')
    .replace(/a[vu](?=[bcdfghjklmnpqrstwxz])/g, 'u')
    .replace(/(?:a+[vu])?a*$/, '');
}

const MIN_KEY = 3;

let known: Map<string, string | null> | null = null;

/** Gazetteer people by the loose key of their surname; null where two share it. */
function knownPeople(): Map<string, string | null> {
  if (known) return known;
  known = new Map();
  for (const entry of GAZETTEER) {
    if (entry.type !== 'person') continue;
    const key = looseKey(surnameKey(entry.name.split(' ').pop() ?? ''));
    if (key.length < MIN_KEY) continue;
    known.set(key, known.has(key) ? null : entry.id);
  }
  return known;
}

/**
 * The key a person counts under when two reports are compared: a gazetteer person's id; for
 * someone discovered, the gazetteer person whose surname spells the same loosely (Колесникова,
 * discovered as "kolesnikov", is Maria Kalesnikava), else a loose key both spellings share.
 * Other entities keep their id.
 */
export function personKey(entityId: string): string {
  if (!entityId.startsWith('person:') || gazetteerEntry(entityId)) return entityId;
  const key = looseKey(entityId.slice('person:'.length));
  if (key.length < MIN_KEY) return entityId;
  return knownPeople().get(key) ?? `person~${key}`;
}
