import { GAZETTEER, gazetteerEntry } from './gazetteer';
import { surnameKey } from './transliterate';

// First letters that spellings of one first name swap: Олексій/Alexei, Євген/Yevgeny, Ігор/Igor.
const FIRST_LETTER: Record<string, string> = { o: 'a', i: 'e', y: 'e', j: 'e' };
const initialOf = (firstName: string) => {
  const letter = surnameKey(firstName)[0] ?? '';
  return FIRST_LETTER[letter] ?? letter;
};

interface Known { id: string; initial: string }

let bySurname: Map<string, Known | null> | null = null;

/** Gazetteer people by the key of their surname; null where two share it (the text cannot say which). */
function gazetteerSurnames(): Map<string, Known | null> {
  if (bySurname) return bySurname;
  bySurname = new Map();
  for (const entry of GAZETTEER) {
    if (entry.type !== 'person') continue;
    const words = entry.name.split(' ');
    const key = surnameKey(words[words.length - 1] ?? '');
    if (key.length < 3) continue;
    const known = { id: entry.id, initial: words.length > 1 ? initialOf(words[0] ?? '') : '' };
    bySurname.set(key, bySurname.has(key) ? null : known);
  }
  return bySurname;
}

/**
 * The id of a person found outside the gazetteer's aliases, the same in every script and case
 * form: "Евгения Пригожина", "Yevgeny Prigozhin" and "Evgueni Prigojine" are one person.
 * A spelling the gazetteer lacks of someone it knows (same surname key and first initial) gets
 * that entry's id; anyone else gets "person:<surname key>", with the first name added when the
 * gazetteer uses that id for someone else ("person:natalia-kostenko").
 */
export function discoveredPersonId(words: string[]): string {
  const surname = words[words.length - 1] ?? '';
  const key = surnameKey(surname);
  const first = words.length > 1 ? words[0] ?? '' : '';
  const known = gazetteerSurnames().get(key);
  if (known && (!first || !known.initial || known.initial === initialOf(first))) return known.id;
  const id = `person:${key}`;
  if (!gazetteerEntry(id)) return id;
  return `person:${surnameKey(first)}-${key}`;
}
