/**
 * Building blocks of the predicate patterns. Slavic verbs inflect for person, gender, number
 * and aspect, so a pattern is a stem and any ending (`захват${ANY}` is захватили, захватят,
 * захват, захваченный) rather than a list of forms. `\w` knows no Cyrillic.
 * Endings are letters of the lexicon's scripts (Latin with its accents, Cyrillic, the
 * apostrophe ʼ), not `\p{L}`: that class of hundreds of ranges, repeated in hundreds of
 * patterns, made the regexes take a second to compile.
 */
export const LETTERS = 'a-z\\u00c0-\\u024f\\u0400-\\u04ff\\u02bc';
export const ANY = `[${LETTERS}]*`;
/** Up to n words between a verb and its object: "нанесли массированный ракетный удар". */
export const gap = (n: number) => `(?:\\S+\\s+){0,${n}}`;
/** The word ends here: "наступ" (an offensive), not "наступного" (next). */
export const END = `(?![${LETTERS}])`;
/** Verbs of losing in every Cyrillic language ("потерял", "втратили", "страцілі"); placeTaken.ts reads "lost control of" a town with them. */
export const LOSING = 'потерял|потеряла|потеряли|потерять|утратил|утратила|утратили|утратить|теряют|теряет|втратив|втратила|втратили|втратити|втрачають|втрачає|страціў|страціла|страцілі|страціць|губляюць';
/**
 * Not after a verb of losing: "контроль над Соледаром" claims the town, "потерял контроль над
 * Соледаром" gives it up. The languages of one script share their scans, so every Cyrillic
 * language's forms stand here together.
 */
export const NOT_LOST = `(?<!(?:${LOSING})\\s+)`;
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
