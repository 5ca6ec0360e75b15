import type { EntityIndex } from './entities';
import { mentionsWithin } from './entities';
import { gazetteerEntry } from './gazetteer';
import { PRONOUNS } from './speechVerbs';

export interface Speaker {
  name: string;
  entityId: string | null;
}

const SPEAKER_TYPES = ['person', 'organization', 'unit', 'country'] as const;
const LEADING = /^(?:and|but|while|as|then|so)\s+/i;
const TRAILING_TIME = /\s+(?:on\s+\w+|earlier\s+this\s+\w+|earlier|later|last\s+\w+|this\s+\w+|in\s+\w+|also|has|have|had|repeatedly|again|once\s+again|previously|in\s+recent\s+\w+|on\s+several\s+occasions)$/i;

/** A line that reads as prose (ends like a sentence), not a headline or a link list. */
export function isProse(text: string, position: number): boolean {
  const lineEnd = text.indexOf('\n', position);
  const line = text.slice(text.lastIndexOf('\n', position) + 1, lineEnd < 0 ? text.length : lineEnd).trimEnd();
  return /[.!?"”’»:]$/.test(line);
}

/** The nearest person named before `position` in prose: who "he" refers to. */
export function nearestPersonBefore(index: EntityIndex, text: string, position: number, pronoun = 'he'): Speaker | null {
  const wrongGender = /^she$/i.test(pronoun) ? 'male' : 'female';
  for (let i = index.mentions.length - 1; i >= 0; i--) {
    const m = index.mentions[i];
    if (!m || m.end > position || index.typeOf(m.entityId) !== 'person' || !isProse(text, m.start)) continue;
    if (gazetteerEntry(m.entityId)?.gender === wrongGender) continue;
    return { name: index.nameOf(m.entityId), entityId: m.entityId };
  }
  return null;
}

/**
 * Who a noun phrase in an attribution names: a person, an institution or a country found
 * in it; "he" and "she" by the nearest person before; otherwise the phrase itself
 * ("the mother"), when short enough to be a description and not a clause.
 */
export function resolveSpeaker(phrase: string, phraseStart: number, index: EntityIndex, text: string): Speaker | null {
  const trimmedStart = phraseStart + (phrase.length - phrase.trimStart().length);
  let cleaned = phrase.trim().replace(LEADING, '');
  while (TRAILING_TIME.test(cleaned)) cleaned = cleaned.replace(TRAILING_TIME, '');
  if (!cleaned) return null;
  const inPhrase = mentionsWithin(index, trimmedStart, trimmedStart + phrase.trim().length);
  for (const type of SPEAKER_TYPES) {
    const found = [...inPhrase].reverse().find((m) => index.typeOf(m.entityId) === type);
    // "One Belarusian mother" is not Belarus speaking; "Belarus" or "the Kremlin" is.
    if (found && (type !== 'country' || isWholePhrase(text, found, cleaned))) {
      return { name: index.nameOf(found.entityId), entityId: found.entityId };
    }
  }
  if (/^(?:he|she)$/i.test(cleaned)) return nearestPersonBefore(index, text, trimmedStart, cleaned);
  if (PRONOUNS.test(cleaned) || /^(?:has|have|had|is|was|were|are|it|also|and|but)$/i.test(cleaned)) return null;
  const words = cleaned.split(/\s+/);
  if (words.length > 8 || /[“”"]/.test(cleaned)) return null;
  return { name: cleaned.replace(/^the\s+/i, 'the '), entityId: null };
}

function isWholePhrase(text: string, mention: { start: number; end: number }, phrase: string): boolean {
  const rest = phrase.replace(text.slice(mention.start, mention.end), '').replace(/['’]s?/g, '').trim();
  return rest === '' || /^the$/i.test(rest);
}
