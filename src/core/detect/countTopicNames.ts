import { TOPIC_NAMES, TOPIC_PHRASES, TOPIC_TRAPS, type TopicName } from './topicNames';

const DEFAULT_STEM_SUFFIX = 4;

interface NameIndex {
  exact: Map<string, TopicName>;
  /** Stem -> the name and how many letters may follow it. */
  stems: Map<string, { name: TopicName; maxSuffix: number }>;
  longestSuffix: number;
  /** The first two letters of every form: most words of a page fail this one look-up. */
  openings: Set<string>;
}

function buildIndex(names: TopicName[]): NameIndex {
  const index: NameIndex = { exact: new Map(), stems: new Map(), longestSuffix: 0, openings: new Set() };
  for (const name of names) {
    for (const form of name.forms) {
      index.openings.add(form.normalize('NFC').toLowerCase().slice(0, 2));
      const stem = /^(.+)\*(\d*)$/u.exec(form);
      if (!stem) {
        index.exact.set(form.normalize('NFC').toLowerCase(), name);
        continue;
      }
      const maxSuffix = stem[2] ? Number(stem[2]) : DEFAULT_STEM_SUFFIX;
      index.stems.set(stem[1]!.normalize('NFC').toLowerCase(), { name, maxSuffix });
      index.exact.set(stem[1]!.normalize('NFC').toLowerCase(), name);
      index.longestSuffix = Math.max(index.longestSuffix, maxSuffix);
    }
  }
  return index;
}

const INDEX = buildIndex(TOPIC_NAMES);
const WORD = /[\p{L}\p{M}]+/gu;
const SHORTEST_FORM = 4;
const ANY_TRAP = new RegExp(TOPIC_TRAPS.map((trap) => trap.source).join('|'), 'giu');

function lookUp(word: string): TopicName | undefined {
  if (word.length < SHORTEST_FORM || !INDEX.openings.has(word.slice(0, 2))) return undefined;
  const exact = INDEX.exact.get(word);
  if (exact) return exact;
  const longest = Math.min(INDEX.longestSuffix, word.length - 2);
  for (let cut = 1; cut <= longest; cut++) {
    const stem = INDEX.stems.get(word.slice(0, -cut));
    if (stem && cut <= stem.maxSuffix) return stem.name;
  }
  return undefined;
}

/** How far before and after a name a trap phrase reaches ("chornomorets Odesa", "Moscow, Pennsylvania"). */
const TRAP_REACH_BEFORE = 16;
const TRAP_REACH_AFTER = 24;

/**
 * Is the name at [start, end) part of a phrase in which it means something else ("White
 * Russian")? Traps are only tried around names, never over the whole text: most pages name
 * none, and a pass of every trap over 20,000 characters costs more than all the rest.
 */
function inTrap(text: string, start: number, end: number): boolean {
  const from = Math.max(0, start - TRAP_REACH_BEFORE);
  for (const match of text.slice(from, end + TRAP_REACH_AFTER).matchAll(ANY_TRAP)) {
    const at = from + match.index;
    if (at <= start && at + match[0].length >= end) return true;
  }
  return false;
}

/**
 * Counts the topic names in a text, whole words only: "Russell" is not "Russia". A name inside
 * a trap phrase does not count; it goes into `trapped`, because on a page about Moscow, Idaho,
 * "Moscow" alone means the same town (one sense per page). Two-word names count first and once.
 */
export function countTopicNames(text: string, trapped?: Set<TopicName>): Map<TopicName, number> {
  const counts = new Map<TopicName, number>();
  let clean = text.normalize('NFC');
  for (const [phrase, name] of TOPIC_PHRASES) {
    clean = clean.replace(phrase, () => {
      counts.set(name, (counts.get(name) ?? 0) + 1);
      return ' ';
    });
  }
  for (const match of clean.matchAll(WORD)) {
    const name = lookUp(match[0].toLowerCase());
    if (!name) continue;
    if (inTrap(clean, match.index, match.index + match[0].length)) trapped?.add(name);
    else counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return counts;
}
