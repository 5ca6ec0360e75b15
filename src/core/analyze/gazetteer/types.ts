import type { EntityType } from '../../types';

/** An office held for a time: "Defence Minister of Russia" from 2012-11-06 to 2024-05-12. */
export interface Office {
  role: string;
  /** YYYY-MM-DD, inclusive; open when absent. */
  from?: string;
  to?: string;
  /**
   * Descriptions that name the holder while in office ("Russian Defence Minister", "the
   * Kremlin spokesman"), matched case-insensitively and only in articles published in range.
   */
  titles?: string[];
}

/**
 * An alias that also names something else ("Georgia" the US state, "Odessa" in Texas, "the
 * Dnipro" the river): it counts only where the text around it says which one is meant.
 */
export interface ContextualAlias {
  aliases: string[];
  /** Entity ids: at least one must be named elsewhere in the article. */
  requires?: string[];
  /** Regular-expression source (case-insensitive) the text just before the alias must match. */
  precededBy?: string;
  /** Regular-expression source (case-insensitive) the text just after the alias must not match. */
  notFollowedBy?: string;
  /** Words that, within 60 characters either side, mean the other thing ("Texas", "Atlanta"). */
  unlessNear?: string[];
}

/**
 * One known name. Aliases are matched as whole words; an alias ending in "*" is a stem that
 * matches any inflected ending (Cyrillic case endings: "Лукашенк*" finds Лукашенко, Лукашэнкі),
 * and so is a word ending in "*" inside a longer alias ("Гомельск* област*").
 * Latin aliases are case-sensitive unless `anyCase` is set; Cyrillic ones never are.
 */
export interface GazetteerEntry {
  /** Stable id, "person:lukashenko", "country:BY", "place:minsk": archive keys are built on it. */
  id: string;
  /** Canonical English name, shown to the reader. */
  name: string;
  type: EntityType;
  aliases: string[];
  /** Ambiguous short forms ("Johnson") that count only after a full alias has appeared. */
  shortNames?: string[];
  contextual?: ContextualAlias[];
  /** People: the offices they held, oldest first. */
  offices?: Office[];
  /** ISO code of the country the entry belongs to. */
  country?: string;
  /** What the entry is, in a few words: the latest office of a person, "news agency". */
  role?: string;
  /** For people: lets "he" and "she" skip the wrong antecedent. */
  gender?: 'female' | 'male';
  /** Id of the enclosing entity: Gomel is part of the Gomel region, which is part of "country:BY". */
  partOf?: string;
  anyCase?: boolean;
}
