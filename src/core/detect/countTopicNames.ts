import { TOPIC_NAMES, TOPIC_TRAPS, type TopicName } from './topicNames';

const DEFAULT_STEM_SUFFIX = 4;

interface NameIndex {
  exact: Map<string, TopicName>;
  /** Stem -> the name and how many letters may follow it. */
  stems: Map<string, { name: TopicName; maxSuffix: number }>;
  longestSuffix: number;
}

function buildIndex(names: TopicName[]): NameIndex {
  const index: NameIndex = { exact: new Map(), stems: new Map(), longestSuffix: 0 };
  for (const name of names) {
    for (const form of name.forms) {
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

function lookUp(word: string): TopicName | undefined {
  const exact = INDEX.exact.get(word);
  if (exact) return exact;
  const longest = Math.min(INDEX.longestSuffix, word.length - 2);
  for (let cut = 1; cut <= longest; cut++) {
    const stem = INDEX.stems.get(word.slice(0, -cut));
    if (stem && cut <= stem.maxSuffix) return stem.name;
  }
  return undefined;
}

/** Blanks the phrases in which a topic name means something else ("White Russian"). */
export function withoutTraps(text: string): string {
  return TOPIC_TRAPS.reduce((current, trap) => current.replace(trap, ' '), text);
}

/**
 * Counts the topic names in a text, whole words only: "Russell" is not "Russia", and a name
 * inside a trap phrase does not count.
 */
export function countTopicNames(text: string): Map<TopicName, number> {
  const counts = new Map<TopicName, number>();
  const clean = withoutTraps(text.normalize('NFC'));
  for (const match of clean.matchAll(WORD)) {
    const name = lookUp(match[0].toLowerCase());
    if (name) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return counts;
}
