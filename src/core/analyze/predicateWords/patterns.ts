/**
 * Building blocks of the predicate patterns. Slavic verbs inflect for person, gender, number
 * and aspect, so a pattern is a stem and any ending (`захват${ANY}` is захватили, захватят,
 * захват, захваченный) rather than a list of forms. `\w` knows no Cyrillic: endings are `\p{L}`.
 */
export const ANY = '\\p{L}*';
/** Up to n words between a verb and its object: "нанесли массированный ракетный удар". */
export const gap = (n: number) => `(?:\\S+\\s+){0,${n}}`;
/** The word ends here: "наступ" (an offensive), not "наступного" (next). */
export const END = '(?![\\p{L}])';
/** One of several stems, each with any ending. */
export const stems = (...list: string[]) => `(?:${list.join('|')})${ANY}`;

/** Everything a language says about one predicate class. */
export interface ClassWords {
  /** Finite verbs, fixed phrases and concrete event nouns ("удар по", "обстрел"): these win. */
  verbs?: string[];
  /** Abstract nouns ("агрессия", "переговоры", "sanctions"): the topic only without a verb. */
  nouns?: string[];
  /** Phrases that deny the class by themselves: "purely defensive" denies an attack. */
  negating?: string[];
}

export type LanguageWords = Partial<Record<string, ClassWords>>;
