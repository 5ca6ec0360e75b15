import type { EntityIndex } from './entities';
import { mentionsWithin } from './entities';
import type { Mention } from './mentions';
import { gazetteerEntry } from './gazetteer';
import { nominativeName } from './nominativeName';
import { isClauseNotSpeaker, NOT_A_SPEAKER, RELATIVE, speakerPart, trimSpeakerPhrase } from './speakerPhrase';
import { FEMININE_PRONOUN, HAS_SPEECH_VERB, MASCULINE_PRONOUN, PRONOUNS } from './speechVerbs';

export interface Speaker {
  name: string;
  entityId: string | null;
  /** For a description ("the Belarus opposition"): the country it names, for "their country". */
  countryId?: string | null;
}

const SPEAKER_TYPES = ['person', 'organization', 'unit', 'country'] as const;
/**
 * Those close to a person speak for themselves, not for the person: "соратники Навального",
 * "адвокат Навального", "вдова Навального", "allies of Navalny", "Navalny's lawyer". A spokesman
 * or an office speaks for the person, and stays read as him.
 */
const CLOSE_WORDS = 'соратник\\p{L}*|сторонник\\p{L}*|адвокат\\p{L}*|родственник\\p{L}*|жена|вдова|мать|отец|брат|сестра|дочь|сын|прихильник\\p{L}*|родич\\p{L}*|дружина|мати|батько|донька|паплечнік\\p{L}*|прыхільнік\\p{L}*|адвакат\\p{L}*|сваяк\\p{L}*|жонка|удава|маці|бацька|сястра|дачка|съратни\\p{L}*|привърженици\\p{L}*|съпруга(?:та)?|вдовица(?:та)?|майка(?:та)?|współpracowni\\p{L}*|zwolenni\\p{L}*|adwokat\\p{L}*|żona|wdowa|matka|allies|associates|supporters|lawyers?|attorneys?|widow|wife|husband|mother|father|brother|sister|daughter|son|relatives';
const CLOSE_BEFORE = new RegExp(`(?:^|\\s)(?:${CLOSE_WORDS})(?:\\s+(?:of|for))?\\s+(?:(?:the\\s+)?(?:late|покойного|покійного|нябожчыка)\\s+)?$`, 'iu');
const CLOSE_AFTER = new RegExp(`^['’]s?\\s+(?:(?:late|jailed|imprisoned)\\s+)?(?:${CLOSE_WORDS})(?![\\p{L}])`, 'iu');
/** The person named is only whose kin or allies speak. */
const closeToNamed = (text: string, phraseStart: number, mention: Mention) =>
  CLOSE_BEFORE.test(text.slice(phraseStart, mention.start)) || CLOSE_AFTER.test(text.slice(mention.end, mention.end + 40));
/** A capital that speaks is its government: "Minsk denied ...". */
export const CAPITALS: Record<string, string> = { 'place:minsk': 'country:BY', 'place:moscow': 'country:RU', 'place:kyiv': 'country:UA', 'place:warsaw': 'country:PL' };
/** "a senior official in the foreign ministry warned ... Aleksey Polishchuk, a director ..., told TASS". */
const INDEFINITE_PERSON = /^(?:a|an|one)\s+(?:[\p{L}-]+\s+){0,3}(?:official|spokes(?:man|woman|person)|diplomat|director|minister|commander|adviser|advisor|aide|officer|general|representative|source)\b/iu;
/** The words that describe someone unnamed beyond the title: "in the Russian foreign ministry" gives russian, foreign, ministry. */
function descriptionWords(description: string): string[] {
  return description.toLowerCase().split(/[^\p{L}]+/u).filter((word) => word.length >= 5 && !INDEFINITE_PERSON.test(`a ${word}`) && !/^(?:senior|high-ranking|ranking|unnamed|another)$/.test(word));
}
/** Where the paragraph holding `at` ends (blank lines before it skipped): the text's end if none follows. */
function endOfParagraph(text: string, at: number): number {
  let start = at;
  while (text[start] === '\n') start++;
  const end = text.indexOf('\n', start);
  return end < 0 ? text.length : end;
}
/** How far after an indefinite description the named person may follow. */
const CATAPHORA_REACH = 400;
/** ... and must speak himself: "Aleksey Polishchuk, a director of the ministry, told TASS". */
const SPEAKS_WITHIN = 120;
/** "the ministry said": the nearest organisation named before whose name has that head noun. */
const DEFINITE_ORG = /^the\s+(?:[\p{L}-]+\s+){0,2}(ministry|institute|agency|center|centre|service|committee|council|office|department|government|staff|army|study center|think tank)$/iu;
/** Heads that name no part of the organisation's name: "the study center" is an institute. */
const GENERIC_HEADS: Record<string, RegExp> = {
  center: /institute|center|centre|council|foundation/i, centre: /institute|center|centre|council|foundation/i,
  'study center': /institute|center|centre/i, 'think tank': /institute|center|centre|council|foundation/i,
};
// "и Песков", "в Кремле" (who speaks in the Kremlin is the Kremlin), "також", "w MSZ".
const LEADING = /^(?:(?:and|but|while|as|then|so|и|а|но|также|же|і|й|та|але|також|ды|таксама|ale|także|oraz|również|също)\s+)+/iu;
// No i flag: with it \p{Lu} would take lower case too.
const LEADING_PREPOSITION = /^(?:[вВуУўw]|[вВ]о|we|W|We)\s+(?=\p{Lu}|пресс|прес|ведомств|министерств|міністерств|відомств|штаб)/u;
/** Days and adverbs of time in the mission's Slavic languages and Polish: "в среду", "у четвер", "вчера". */
const SLAVIC_TIME = '(?:в|во|у|ў|w|we)\\s+(?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье|понеділок|вівторок|середу|четвер|п[\'’]ятницю|суботу|неділю|панядзелак|аўторак|сераду|чацвер|пятніцу|нядзелю|poniedziałek|wtorek|środę|czwartek|piątek|sobotę|niedzielę)|ранее|также|тоже|уже|вновь|снова|сегодня|вчера|накануне|раніше|також|вже|знову|сьогодні|учора|вчора|напередодні|раней|таксама|ужо|зноў|сёння|ўчора|учора|напярэдадні|wcześniej|także|już|ponownie|dziś|wczoraj|по-рано|също|вече|днес|вчера';
const TRAILING_TIME = new RegExp(`\\s+(?:on\\s+\\w+|earlier\\s+this\\s+\\w+|earlier|later|last\\s+\\w+|this\\s+\\w+|in\\s+\\w+|also|has|have|had|repeatedly|again|once\\s+again|previously|in\\s+recent\\s+\\w+|on\\s+several\\s+occasions|${SLAVIC_TIME})$`, 'iu');
// "заявил в среду представитель Генштаба", "повідомив у четвер Генштаб": after an inverted verb the time comes first.
const LEADING_TIME = new RegExp(`^(?:${SLAVIC_TIME})\\s+`, 'iu');
// One lower-case word that names speakers in the plural: "officials", "власти", "військові", "eksperci".
// In the genitive after "по данным", "паводле звестак", "за даними" too: "правозащитников", "праваабаронцаў", "очевидців".
const PLURAL_PEOPLE = /^(?:\p{L}{3,}(?:s|и|ы|і|е|owie|cy|rzy)|\p{L}{5,}(?:ов|ев|ёв|аў|яў|ёў|ів|їв|ców|rzy))$/u;
/**
 * One who speaks by office or role, named by a lone word where Slavic copy has no article:
 * "сообщил губернатор", "заявив мер", "паведаміў губернатар", "съобщи губернаторът",
 * "poinformował rzecznik".
 */
const ROLE_NOUN = /^(?:губернатор|губернатар|губернаторът|gubernator|мэр|мер|кметът|кмет|burmistrz|президент|прэзідэнт|президентът|prezydent|премьер|прем['’]єр|прэм['’]ер|премиерът|premier|министр|міністр|міністар|министърът|minister|представитель|представник|прадстаўнік|представителят|przedstawiciel|спикер|речник|речникът|rzecznik|пресс-секретарь|прес-секретар|прэс-сакратар|командующий|командувач|камандуючы|командирът|dowódca|посол|пасол|посланикът|ambasador|прокурор|пракурор|прокурорът|prokurator|очевидец|очевидець|відавочца|очевидецът|świadek|свидетель|свідок|сведка|свидетелят)$/iu;
/** "в ведомстве", "у міністерстві", "w resorcie": the organisation named before. */
const SLAVIC_DEFINITE_ORG = /^(?:ведомств|министерств|міністерств|відомств|міністэрств|ministerstw|resort|министерств|ведомств|пресс-служб|прес-служб)\p{L}*$/iu;

/** A line that reads as prose (ends like a sentence), not a headline or a link list. */
export function isProse(text: string, position: number): boolean {
  const lineEnd = text.indexOf('\n', position);
  const line = text.slice(text.lastIndexOf('\n', position) + 1, lineEnd < 0 ? text.length : lineEnd).trimEnd();
  return /[.!?"”’»:]$/.test(line);
}

/** The nearest person named before `position` in prose: who "he" refers to. */
export function nearestPersonBefore(index: EntityIndex, text: string, position: number, pronoun = 'he'): Speaker | null {
  const wrongGender = FEMININE_PRONOUN.test(pronoun) ? 'male' : 'female';
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
export function resolveSpeaker(phrase: string, phraseStart: number, index: EntityIndex, text: string, genitive = false): Speaker | null {
  // Only the part that can name someone is read ("Що передувало: Російські ЗМІ", "which he").
  const part = speakerPart(phrase);
  if (part !== phrase.trim()) {
    phraseStart += phrase.lastIndexOf(part);
    phrase = part;
  }
  const trimmedStart = phraseStart + (phrase.length - phrase.trimStart().length);
  let cleaned = phrase.trim().replace(LEADING, '').replace(LEADING_TIME, '').replace(LEADING_PREPOSITION, '');
  while (TRAILING_TIME.test(cleaned)) cleaned = cleaned.replace(TRAILING_TIME, '');
  cleaned = trimSpeakerPhrase(cleaned);
  if (!/\p{L}/u.test(cleaned)) return null;
  // "Вона без доказів заявила": the pronoun, with an adverbial after it.
  const firstWord = cleaned.split(/\s+/)[0] ?? '';
  if (firstWord !== cleaned && cleaned.split(/\s+/).length <= 4 && (MASCULINE_PRONOUN.test(firstWord) || FEMININE_PRONOUN.test(firstWord))) cleaned = firstWord;
  const inPhrase = mentionsWithin(index, trimmedStart, trimmedStart + phrase.trim().length);
  if (INDEFINITE_PERSON.test(cleaned)) {
    const from = trimmedStart + cleaned.length;
    // In the same paragraph, or in the next one when described there alike ("a senior official in
    // the Russian foreign ministry warned ... ¶ “…,” Aleksey Polishchuk, a director of the Russian
    // Foreign Ministry, told TASS"); a person who speaks further on is someone else.
    const paragraphEnd = endOfParagraph(text, from);
    const reach = Math.min(from + CATAPHORA_REACH, endOfParagraph(text, paragraphEnd));
    const describedBy = descriptionWords(cleaned);
    const named = index.mentions.find((m) => {
      if (m.start < from || m.start >= reach || index.typeOf(m.entityId) !== 'person') return false;
      const after = text.slice(m.end, m.end + SPEAKS_WITHIN);
      return HAS_SPEECH_VERB.test(after) && (m.start < paragraphEnd || describedBy.some((word) => after.toLowerCase().includes(word)));
    });
    if (named) return { name: index.nameOf(named.entityId), entityId: named.entityId };
  }
  const capital = inPhrase.length === 1 && inPhrase[0] ? CAPITALS[inPhrase[0].entityId] : undefined;
  if (capital && isWholePhrase(text, inPhrase[0] as Mention, cleaned)) return { name: index.nameOf(capital), entityId: capital };
  for (const type of SPEAKER_TYPES) {
    const found = [...inPhrase].reverse().find((m) => index.typeOf(m.entityId) === type && (type !== 'person' || !closeToNamed(text, trimmedStart, m)));
    // "One Belarusian mother" is not Belarus speaking; "Belarus" or "the Kremlin" is.
    if (found && (type !== 'country' || isWholePhrase(text, found, cleaned))) {
      return { name: index.nameOf(found.entityId), entityId: found.entityId };
    }
  }
  if (MASCULINE_PRONOUN.test(cleaned) || FEMININE_PRONOUN.test(cleaned)) return nearestPersonBefore(index, text, trimmedStart, cleaned);
  if (SLAVIC_DEFINITE_ORG.test(cleaned)) {
    const organisation = nearestOrganisationBefore(index, trimmedStart, '');
    if (organisation) return organisation;
  }
  const definite = DEFINITE_ORG.exec(cleaned);
  if (definite) {
    const organisation = nearestOrganisationBefore(index, trimmedStart, (definite[1] ?? '').toLowerCase());
    if (organisation) return organisation;
  }
  if (PRONOUNS.test(cleaned) || /^(?:has|have|had|is|was|were|are|it|also|and|but)$/i.test(cleaned)) return null;
  // "a spokesman for Ukrainian forces in the east of the country": the description, without where.
  const described = cleaned.split(/\s+/).length > 8 ? cleaned.replace(/\s+(?:in|on|at)\s+the\s+.*$/i, '') : cleaned;
  if (NOT_A_SPEAKER.test(described) || RELATIVE.test(described) || isClauseNotSpeaker(described)) return null;
  const words = described.split(/\s+/);
  if (words.length > 8 || /[“”"&]/.test(described)) return null;
  // A lone lower-case word is a fragment ("per", "also"), unless a plural of people ("officials") or a role ("губернатор").
  if (words.length === 1 && /^\p{Ll}/u.test(described) && !PLURAL_PEOPLE.test(described) && !ROLE_NOUN.test(described)) return null;
  // "по словам Дмитрия Пескова": a name outside the gazetteer is given in the nominative.
  cleaned = genitive ? nominativeName(described) : described;
  const country = inPhrase.find((m) => index.typeOf(m.entityId) === 'country')?.entityId ?? null;
  return { name: cleaned.replace(/^the\s+/i, 'the '), entityId: null, countryId: country };
}

function nearestOrganisationBefore(index: EntityIndex, position: number, head: string): Speaker | null {
  for (let i = index.mentions.length - 1; i >= 0; i--) {
    const m = index.mentions[i];
    if (!m || m.end > position || index.typeOf(m.entityId) !== 'organization') continue;
    const name = index.nameOf(m.entityId);
    if (GENERIC_HEADS[head]?.test(name) || name.toLowerCase().includes(head)) return { name, entityId: m.entityId };
  }
  return null;
}

function isWholePhrase(text: string, mention: { start: number; end: number }, phrase: string): boolean {
  const rest = phrase.replace(text.slice(mention.start, mention.end), '').replace(/['’]s?/g, '').trim();
  return rest === '' || /^the$/i.test(rest);
}
