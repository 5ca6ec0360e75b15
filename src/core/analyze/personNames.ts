import { isTitleCaseLine } from './headlineCase';
import type { Mention } from './mentions';
import { nominativeName } from './nominativeName';
import { followsAttribution, isSlavicTitle, looksLikeSlavicPerson } from './personContextSlavic';
import { discoveredPersonId } from './personIds';
import { SPEECH_VERB } from './speechVerbs';
import { isSlavicFirstName } from './slavicFirstNames';
import { STOPWORDS } from './stopwords';
import { surnameKey } from './transliterate';

export { discoveredPersonId } from './personIds';

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

const NAME_SEQUENCE = /(?<![\p{L}\p{N}])(\p{Lu}[\p{Ll}'’-]+)((?:[^\S\n]+\p{Lu}[\p{Ll}'’-]+){1,2})(?![\p{L}\p{N}])/gu;

/**
 * Whether [start, end) overlaps any of `mentions`, in log time: a page of thousands of names
 * made a scan of every mention per candidate quadratic. Sorted by start with the furthest end
 * so far, the mentions that begin before `end` reach past `start` exactly when the furthest does.
 */
function overlapIndex(mentions: Mention[]): (start: number, end: number) => boolean {
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  const starts = sorted.map((m) => m.start);
  const furthest: number[] = [];
  sorted.forEach((m, i) => furthest.push(Math.max(m.end, furthest[i - 1] ?? -Infinity)));
  return (start, end) => {
    let low = 0;
    let high = starts.length; // first mention starting at or after `end`
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((starts[middle] as number) < end) low = middle + 1;
      else high = middle;
    }
    return low > 0 && (furthest[low - 1] as number) > start;
  };
}

const CYRILLIC = /[\u0400-\u04FF]/;
const POLISH_LETTERS = /[ąęłńóśźżćĄĘŁŃÓŚŹŻĆ]/;

// Capitalised Slavic words that name institutions, not people ("Вооружённые Силы Украины заявили").
const NOT_SLAVIC_NAMES = /^(?:сил|сіл|республік|республик|федерац|штат|нац|союз|совет|савет|рад[аиыуі]|дум|палат|служб|министерств|міністэрств|міністерств|генштаб|центр|управлен|комитет|камітэт|комітет|кремл|дом|арми|армі|флот|фронт|парти|парті|гвард|корпус|бригад|полк|банк|суд|университет|університет|агентств|телеграм|facebook|twitter)/iu;

function looksLikePerson(text: string, start: number, end: number): boolean {
  if (CYRILLIC.test(text.slice(start, end)) || POLISH_LETTERS.test(text.slice(start, end))) return looksLikeSlavicPerson(text, start, end);
  if (looksLikeEnglishPerson(text, start, end)) return true;
  // A Latin name in Polish copy ("Rzecznik MSZ Paweł Wroński powiedział"): Polish letters nearby say so.
  return POLISH_LETTERS.test(text.slice(Math.max(0, start - 80), end + 80)) && looksLikeSlavicPerson(text, start, end);
}

let startsWithVerb: RegExp | null = null;

function looksLikeEnglishPerson(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 30), start);
  const previousWord = /(\S+)\s+$/.exec(before)?.[1]?.toLowerCase() ?? '';
  if (TITLE_WORDS.has(previousWord)) return true;
  const after = text.slice(end, end + 120);
  // "Name said", "Name, a former ambassador, told", "said Name"
  startsWithVerb ??= new RegExp(`^(?:${SPEECH_VERB.source})`, 'iu');
  const verbAfter = [/^,?\s+(?:has\s+|had\s+)?(\S+(?:\s+\S+)?)/u, /^,[^,;“”"\n]{3,90},\s+(?:has\s+|had\s+)?(\S+(?:\s+\S+)?)/u];
  if (verbAfter.some((pattern) => (startsWithVerb as RegExp).test(pattern.exec(after)?.[1] ?? ''))) return true;
  return /(?:said|according to)\s+$/iu.test(before);
}

/** Longer than this a line is no headline; looking further for its ends made one-line pages quadratic. */
const MAX_HEADLINE_CHARS = 400;

/** The line around `position`, or null when it is longer than a headline; only nearby text is read. */
function headlineAt(text: string, position: number): string | null {
  const from = Math.max(0, position - MAX_HEADLINE_CHARS);
  const newlineBefore = text.slice(from, position).lastIndexOf('\n');
  if (newlineBefore < 0 && from > 0) return null;
  const start = newlineBefore < 0 ? 0 : from + newlineBefore + 1;
  const limit = start + MAX_HEADLINE_CHARS;
  const newlineAfter = text.slice(position, limit + 1).indexOf('\n');
  if (newlineAfter < 0 && limit < text.length) return null;
  return text.slice(start, newlineAfter < 0 ? text.length : position + newlineAfter);
}

/**
 * People the gazetteer does not know, found by their context: a title before the name, or a
 * speech verb after it. Capitals in a title-case headline say nothing, so names are not
 * discovered there; every later or earlier surname-only mention counts for the same person.
 */
export function discoverPersonMentions(text: string, known: Mention[]): Mention[] {
  const found = new Map<string, string>(); // surname -> entity id
  const mentions: Mention[] = [];
  const overlapsKnown = overlapIndex(known);
  for (const match of text.matchAll(NAME_SEQUENCE)) {
    let start = match.index;
    const end = start + match[0].length;
    let words = match[0].split(/\s+/);
    // "Colonel Roman Kostenko", "Однако Иван Петров": a title or a sentence's first word is not the name.
    while (words.length > 2 && (TITLE_WORDS.has((words[0] ?? '').toLowerCase()) || isSlavicTitle(words[0] ?? '') || STOPWORDS.has((words[0] ?? '').toLowerCase()))) {
      start = text.indexOf(words[1] ?? '', start + (words[0] ?? '').length);
      words = words.slice(1);
    }
    if (NOT_NAMES.has(words[0] ?? '') || STOPWORDS.has((words[0] ?? '').toLowerCase()) || overlapsKnown(start, end)) continue;
    const line = headlineAt(text, start);
    if (line !== null && isTitleCaseLine(line)) continue;
    const firstNamed = CYRILLIC.test(words[0] ?? '') && isSlavicFirstName(words[0] ?? '');
    if (!firstNamed && !looksLikePerson(text, start, end)) continue;
    if (words.some((word) => NOT_NAMES.has(word) || NOT_SLAVIC_NAMES.test(word))) continue;
    words = words.map((word) => word.replace(/['’]s$/, ''));
    const key = surnameKey(words[words.length - 1] ?? '');
    if (key.length < 3) continue;
    const id = found.get(key) ?? discoveredPersonId(words);
    if (!found.has(key)) found.set(key, id);
    mentions.push({ entityId: id, start, end, kind: 'discovered' });
  }
  return [...mentions, ...surnameMentions(text, found, [...known, ...mentions])];
}

const CAPITALISED_WORD = /(?<![\p{L}\p{N}])\p{Lu}[\p{Ll}'’-]+(?![\p{L}\p{N}])/gu;

/** Later mentions by surname alone, in any case form: "Пригожина", "Пригожину" after "Евгений Пригожин". */
function surnameMentions(text: string, found: Map<string, string>, taken: Mention[]): Mention[] {
  const mentions: Mention[] = [];
  if (found.size === 0) return mentions;
  const overlapsTaken = overlapIndex(taken);
  let reached = -1; // where the last surname found ends: they are found in order
  for (const match of text.matchAll(CAPITALISED_WORD)) {
    const word = match[0].replace(/['’]s$/, '');
    const id = found.get(surnameKey(word));
    if (!id) continue;
    const end = match.index + word.length;
    if (!overlapsTaken(match.index, end) && reached <= match.index) {
      mentions.push({ entityId: id, start: match.index, end, kind: 'discovered' });
      reached = end;
    }
  }
  return mentions;
}

/**
 * Display names of discovered people: the form with the most words; of Slavic forms, the
 * shortest, which is the nominative more often than not ("Аляксандр Тарайкоўскі" over
 * "Аляксандра Тарайкоўскага"); a form seen only after "по словам" is put into the nominative.
 */
export function discoveredNames(text: string, mentions: Mention[]): Map<string, string> {
  const forms = new Map<string, Map<string, boolean>>(); // id -> form -> seen only in the genitive of attribution
  for (const m of mentions) {
    if (m.kind !== 'discovered') continue;
    const seen = text.slice(m.start, m.end).replace(/\s+/g, ' ');
    const byForm = forms.get(m.entityId) ?? new Map<string, boolean>();
    byForm.set(seen, (byForm.get(seen) ?? true) && followsAttribution(text, m.start));
    forms.set(m.entityId, byForm);
  }
  const names = new Map<string, string>();
  for (const [id, byForm] of forms) {
    const words = (form: string) => form.split(' ').length;
    const slavic = [...byForm.keys()].some((form) => CYRILLIC.test(form) || POLISH_LETTERS.test(form));
    const ranked = [...byForm.keys()].sort((a, b) => words(b) - words(a) || (slavic ? a.length - b.length : b.length - a.length));
    const best = ranked[0] as string;
    names.set(id, byForm.get(best) ? nominativeName(best) : best);
  }
  return names;
}
