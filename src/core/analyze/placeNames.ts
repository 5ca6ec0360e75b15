import type { Mention } from './mentions';
import { LeadScan } from './leadScan';
import { surnameKey } from './transliterate';

/**
 * Settlements the gazetteer does not know. Front-line reporting is about villages ("the village
 * of Blahodatne", "в селе Благодатное", "у селі Благодатне"): a capture and its denial, a strike
 * and its toll are told of places too small for any list. They are found by the noun that names
 * a settlement before them (or, in English, after them: "Blahodatne village"), and then wherever
 * the same name recurs in the article in any case form. Their id is the name's key in every
 * script (`place:~blahodatn`), so an English, a Russian and a Ukrainian report of one village meet.
 */

const UPPER = '\\p{Lu}';
const LOWER = "[\\p{Ll}'’ʼ-]";
// One or two capitalised words: "Blahodatne", "Krasna Hora", "Нью-Йорк" (hyphen inside the word).
const NAME = `(${UPPER}${LOWER}{2,}(?: ${UPPER}${LOWER}{2,})?)`;

/** Nouns of settlement, before the name, in the languages of the mission (all case forms a name follows). */
const BEFORE = [
  // English, then "of": "the village of Blahodatne"
  ...['village', 'town', 'city', 'settlement', 'hamlet', 'township'].map((noun) => `${noun}s?\\s+of`),
  // Russian: село, посёлок, деревня, хутор, станица, населённый пункт, пгт
  'сел[оауеом]', 'пос[её]л(?:ок|ке|ка|ком|ку)', 'деревн(?:я|е|и|ю|ей)', 'хутор(?:а|е|ом)?', 'станиц(?:а|е|ы|у|ей)', 'пгт',
  'населённ\\p{Ll}*\\s+пункт\\p{Ll}*', 'населенн\\p{Ll}*\\s+пункт\\p{Ll}*',
  // Ukrainian: село, селище, смт, населений пункт
  'сел(?:і|ом)', 'селищ(?:е|а|і|ем)', 'смт', 'населен\\p{Ll}*\\s+пункт\\p{Ll}*',
  // Belarusian: вёска, пасёлак, аграгарадок
  'в[ёе]с(?:ка|цы|кі|ку|кай)', 'пас[её]л(?:ак|ку|ка|кам)', 'аграгарад(?:ок|ку|ка)',
  // Polish: wieś, miejscowość
  'wie[śs]', 'wsi', 'miejscowo(?:ść|ści|ścią)',
  // What is said only of a place on the front: its capture or storming told as a noun ("о взятии
  // Синьковки", "захоплення Синьківки", "узяцце", "штурм", "the capture of", "превземането на",
  // "zdobycie"), fighting for it ("бои за", "бої за", "battle for", "walki o"), its outskirts ("на
  // окраине", "outskirts of"). Not "освобождение" or "звільнення" (said of prisoners and officials
  // as well), nor what is near or in the area of a name ("near Independence Square", "возле
  // Национального музея", "в районе Пушкинской": a city's landmarks as often as villages).
  'взяти[еяюи]', 'взятт(?:я|ю|і|ям)', 'узяцц(?:е|я|ю|і|ем)', 'ўзяцц(?:е|я|ю|і|ем)', 'захоплен(?:ня|ням|ні)', 'штурм(?:а|е|у|ом)?',
  'захоп(?:у|ам|е)?', 'capture\\s+of', 'storming\\s+of', 'превземането\\s+на', 'превземане\\s+на', 'zdobyci(?:e|a|u)',
  'бо(?:и|ёв|ях|ями)\\s+за', 'бо(?:ї|їв|ях)\\s+за', 'ба(?:і|ёў|ях)\\s+за', 'боеве(?:те)?\\s+за', 'walk(?:i|ach)\\s+o',
  'battles?\\s+for', 'fighting\\s+for',
  'окраин(?:а|е|ы|у|ах)', 'околиц(?:я|і|ю|ях)', 'ускраін(?:а|е|ы|у|ах)', 'outskirts\\s+of',
];
/** English also puts the noun after: "took control of Blahodatne village". */
const AFTER = '(?:village|settlement|hamlet)(?![\\p{L}])';

// A noun may open a sentence ("Village of", "Село"): its first letter in either case. Not the i
// flag, under which \p{Lu} matches lower case too (and which is slower on Cyrillic).
const eitherCase = (pattern: string) => `[${pattern[0]}${pattern[0]!.toUpperCase()}]${pattern.slice(1)}`;
// Read only where a noun of settlement can begin (leadScan.ts); the names before "village" only where one stands.
const PLACE_BEFORE = new LeadScan(new RegExp(`(?<![\\p{L}])(?:${BEFORE.map(eitherCase).join('|')})\\s+(?:the\\s+)?${NAME}(?![\\p{L}])`, 'gu'));
const PLACE_AFTER = new RegExp(`(?<![\\p{L}])${NAME}\\s+${AFTER}`, 'gu');
const AFTER_NOUN = /village|settlement|hamlet/;
const CAPITALISED_WORD = new RegExp(`(?<![\\p{L}])${UPPER}${LOWER}{2,}`, 'gu');
const NEXT_WORD = new RegExp(`^ ${UPPER}${LOWER}{2,}`, 'u');
/**
 * Two-word settlement names open with an adjective (Velyka Novosilka, Нова Полтавка, Красная
 * Гора): another capitalised word after a name is a list or a person ("у селі Мотижин Ольгу").
 */
const ADJECTIVE_OPENING = /^(?:Nov|Star|Vel[iy]k|Mal|Krasn|Verkhn|N[iy]zhn|Bil|Bel|Chervon|Zelen|Kamian|Нов|Стар|Велик|Вялік|Мал|Красн|Чырвон|Верхн|Ніжн|Нижн|Біл|Бел|Бял|Червон|Зелен|Кам)/u;

/** Words that follow "village of" or "outskirts of", or stand before "village", without being a name: a landmark ("the outskirts of the Palace of Independence"). */
const NOT_A_NAME = /^(?:The|This|That|Each|Every|Some|Our|Their|His|Her|Its|One|Two|Three|Four|Five|Palace|Square|Street|Avenue|Museum|Park|Bridge|Station|Airport|Hall|House|Church|Cathedral|Plant|Factory|Building|Centre|Center|Stadium|Theatre|Theater|Hospital|School|University)$/;
const MIN_KEY_LENGTH = 4;

export interface DiscoveredPlace extends Mention {
  name: string;
}

/** A matched name of one or two words keeps its second word only after an adjective ("Velyka Novosilka"). */
function nameOf(words: string): string {
  const [first, second] = words.split(' ') as [string, string?];
  return second && ADJECTIVE_OPENING.test(first) ? words : first;
}

/** At each capitalised word of `text`: the two-word name it opens (when the next word is capitalised too), then the word alone. */
function* namesAt(text: string): Generator<{ start: number; candidates: string[] }> {
  for (const match of text.matchAll(CAPITALISED_WORD)) {
    const end = match.index + match[0].length;
    const next = NEXT_WORD.exec(text.slice(end, end + 40))?.[0];
    yield { start: match.index, candidates: next ? [match[0] + next, match[0]] : [match[0]] };
  }
}

const overlaps = (start: number, end: number, others: Array<{ start: number; end: number }>) =>
  others.some((m) => start < m.end && m.start < end);

// A name's key as a surname's (transliterated, case endings gone), with Ukrainian -ів- as the
// -ов- of Russian (Іванівка, Ивановка, Ivanivka) and о and а as one letter, since Belarusian
// writes an unstressed о as а (Благадатнае, Благодатное).
const keyOf = (name: string) => name.split(' ').map((word) => surnameKey(word).replace(/(?<=.)iv/g, 'ov').replace(/o/g, 'a')).join('-');

/**
 * Settlements named outside the gazetteer (`known`: its mentions), each with every mention of
 * its name in the article. A name the gazetteer knows anywhere it stands is left to it.
 */
export function discoverPlaceMentions(text: string, known: Mention[]): DiscoveredPlace[] {
  const names = new Map<string, string>();
  const matches = AFTER_NOUN.test(text) ? [...PLACE_BEFORE.all(text), ...text.matchAll(PLACE_AFTER)] : PLACE_BEFORE.all(text);
  for (const match of matches) {
    const name = nameOf(match[1]!);
    const start = match.index + match[0].lastIndexOf(name);
    if (NOT_A_NAME.test(name.split(/\s/)[0]!) || overlaps(start, start + name.length, known)) continue;
    const key = keyOf(name);
    if (key.replace(/-/g, '').length >= MIN_KEY_LENGTH && !names.has(key)) names.set(key, name);
  }
  if (names.size === 0) return [];
  // Every later or earlier mention of the name, in whatever case it stands ("Благодатного").
  const found: DiscoveredPlace[] = [];
  let after = 0;
  for (const { start, candidates } of namesAt(text)) {
    if (start < after) continue;
    for (const candidate of candidates) {
      const key = keyOf(candidate);
      const name = names.get(key);
      if (!name) continue;
      const end = start + candidate.length;
      if (!overlaps(start, end, known)) found.push({ entityId: `place:~${key}`, start, end, kind: 'discovered', name });
      after = end;
      break;
    }
  }
  return found;
}

/**
 * The first of the given discovered places (`place:~…` ids) that `text` names, in any case
 * form, or null: a statement's own village ("Blahodatne is under our control") when the
 * analysis kept the place but not where each sentence names it.
 */
export function discoveredPlaceIn(text: string, ids: { has(id: string): boolean }): string | null {
  for (const { candidates } of namesAt(text)) {
    for (const candidate of candidates) {
      const id = `place:~${keyOf(candidate)}`;
      if (ids.has(id)) return id;
    }
  }
  return null;
}
