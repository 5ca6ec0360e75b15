import type { EntityType } from '../../types';

/**
 * One known name. Aliases are matched as whole words; an alias ending in "*" is a stem that
 * matches any inflected ending (Cyrillic case endings: "Лукашенк*" finds Лукашенко, Лукашэнкі).
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
  /**
   * Descriptions that refer to the holder of an office ("Russian Defence Minister"), matched
   * case-insensitively and only for articles published within [from, to].
   */
  titles?: { text: string[]; from?: string; to?: string };
  /** ISO code of the country the entry belongs to. */
  country?: string;
  role?: string;
  /** For people: lets "he" and "she" skip the wrong antecedent. */
  gender?: 'female' | 'male';
  /** Id of the enclosing entity: Gomel is part of "country:BY". */
  partOf?: string;
  anyCase?: boolean;
}
