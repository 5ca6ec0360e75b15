import { gazetteerEntry } from './gazetteer';
import { isTitleCaseLine } from './headlineCase';
import type { Mention } from './mentions';
import { SPEECH_VERB } from './speechVerbs';

// Words that introduce a person's name in news copy ("Colonel Roman Kostenko").
const TITLE_WORDS = new Set([
  'president', 'minister', 'spokesman', 'spokeswoman', 'spokesperson', 'director', 'commander', 'general', 'gen.',
  'colonel', 'col.', 'major', 'lieutenant', 'captain', 'admiral', 'ambassador', 'secretary', 'editor', 'analyst',
  'official', 'chief', 'head', 'leader', 'mayor', 'governor', 'senator', 'deputy', 'lawmaker', 'adviser', 'advisor',
  'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'professor', 'journalist', 'correspondent', 'researcher', 'expert',
]);

// Capitalised words that begin a phrase but are never a first name.
const NOT_NAMES = new Set([
  'The', 'A', 'An', 'In', 'On', 'At', 'But', 'And', 'For', 'Of', 'To', 'By', 'As', 'If', 'It', 'He', 'She', 'They', 'We',
  'This', 'That', 'Last', 'Next', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'January',
  'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'Read',
  'More', 'Also', 'Photo', 'Source', 'Department', 'Ministry', 'Air', 'Force', 'Forces', 'Army', 'Command', 'Press',
  'Daily', 'News', 'Times', 'Post', 'General', 'President', 'Minister', 'Defense', 'Defence', 'Foreign', 'Supreme',
  'Brig', 'Gen', 'Col', 'Lt', 'Sgt', 'Capt', 'Maj', 'Adm', 'Colonel', 'Major', 'Captain', 'Prince', 'King', 'Queen', 'Princess',
]);

const NAME_SEQUENCE = /(?<![\p{L}\p{N}])(\p{Lu}[\p{Ll}'’-]+)((?:\s+\p{Lu}[\p{Ll}'’-]+){1,2})(?![\p{L}\p{N}])/gu;

function overlaps(start: number, end: number, mentions: Mention[]): boolean {
  return mentions.some((m) => start < m.end && m.start < end);
}

function looksLikePerson(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 30), start);
  const previousWord = /(\S+)\s+$/.exec(before)?.[1]?.toLowerCase() ?? '';
  if (TITLE_WORDS.has(previousWord)) return true;
  const after = text.slice(end, end + 120);
  // "Name said", "Name, a former ambassador, told", "said Name"
  const startsWithVerb = new RegExp(`^(?:${SPEECH_VERB.source})`, 'iu');
  const verbAfter = [/^,?\s+(?:has\s+|had\s+)?(\S+(?:\s+\S+)?)/u, /^,[^,;“”"\n]{3,90},\s+(?:has\s+|had\s+)?(\S+(?:\s+\S+)?)/u];
  if (verbAfter.some((pattern) => startsWithVerb.test(pattern.exec(after)?.[1] ?? ''))) return true;
  return /(?:said|according to)\s+$/iu.test(before);
}

function lineAt(text: string, position: number): string {
  const end = text.indexOf('\n', position);
  return text.slice(text.lastIndexOf('\n', position) + 1, end < 0 ? text.length : end);
}

/**
 * The id of a person found outside the gazetteer: "person:<surname>", stable across articles
 * so that two reports naming Aleksey Polishchuk share a key. When the gazetteer already uses
 * that id for someone else, the first name is added ("person:natalia-kostenko").
 */
export function discoveredPersonId(words: string[]): string {
  const surname = (words[words.length - 1] ?? '').toLowerCase();
  const id = `person:${surname}`;
  if (!gazetteerEntry(id)) return id;
  return `person:${words.map((word) => word.toLowerCase()).join('-')}`;
}

/**
 * People the gazetteer does not know, found by their context: a title before the name, or a
 * speech verb after it. Capitals in a title-case headline say nothing, so names are not
 * discovered there; every later or earlier surname-only mention counts for the same person.
 */
export function discoverPersonMentions(text: string, known: Mention[]): Mention[] {
  const found = new Map<string, string>(); // surname -> entity id
  const mentions: Mention[] = [];
  for (const match of text.matchAll(NAME_SEQUENCE)) {
    let start = match.index;
    const end = start + match[0].length;
    let words = match[0].split(/\s+/);
    if (words.length > 2 && TITLE_WORDS.has((words[0] ?? '').toLowerCase())) {
      start = text.indexOf(words[1] ?? '', start); // "Colonel Roman Kostenko": the title is not the name
      words = words.slice(1);
    }
    if (NOT_NAMES.has(words[0] ?? '') || overlaps(start, end, known)) continue;
    if (isTitleCaseLine(lineAt(text, start)) || !looksLikePerson(text, start, end)) continue;
    if (words.some((word) => NOT_NAMES.has(word))) continue;
    words = words.map((word) => word.replace(/['’]s$/, ''));
    const surname = words[words.length - 1] ?? '';
    const id = found.get(surname) ?? discoveredPersonId(words);
    if (!found.has(surname)) found.set(surname, id);
    mentions.push({ entityId: id, start, end, kind: 'discovered' });
  }
  return [...mentions, ...surnameMentions(text, found, [...known, ...mentions])];
}

function surnameMentions(text: string, found: Map<string, string>, taken: Mention[]): Mention[] {
  const mentions: Mention[] = [];
  for (const [surname, id] of found) {
    const regex = new RegExp(`(?<![\\p{L}\\p{N}])${surname}(?![\\p{L}\\p{N}])`, 'gu');
    for (const match of text.matchAll(regex)) {
      const end = match.index + surname.length;
      if (!overlaps(match.index, end, [...taken, ...mentions])) {
        mentions.push({ entityId: id, start: match.index, end, kind: 'discovered' });
      }
    }
  }
  return mentions;
}

/** Display names of discovered people: the longest form seen. */
export function discoveredNames(text: string, mentions: Mention[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const m of mentions) {
    if (m.kind !== 'discovered') continue;
    const name = text.slice(m.start, m.end).replace(/\s+/g, ' ');
    if ((names.get(m.entityId)?.length ?? 0) < name.length) names.set(m.entityId, name);
  }
  return names;
}
