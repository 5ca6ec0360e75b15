import { WordPattern } from './wordPattern';
import { SLAVIC_DENIAL_VERBS, SLAVIC_SPEECH_VERBS } from './speechVerbsSlavic';

/** What is said, and can be rejected as said: "rejected the allegations", "dismissed reports". */
const SAID_THINGS = '(?:claims?|reports?|allegations?|accusations?|suggestions?|assertions?|statements?|accounts?|versions?|speculation|rumou?rs|charges?|idea|notion)';

// Verbs that introduce what someone said. One list, shared by direct and indirect speech.
export const SPEECH_VERBS = [
  'said', 'says', 'say', 'told', 'tells', 'warned', 'warns', 'denied', 'denies', 'claimed', 'claims', 'stated', 'states',
  'added', 'adds', 'announced', 'announces', 'insisted', 'insists', 'stressed', 'stresses', 'noted', 'notes', 'sworn', 'swore',
  'vowed', 'vows', 'promised', 'promises', 'accused', 'accuses', 'argued', 'argues', 'concluded', 'indicated', 'confirmed',
  'confirms', 'admitted', 'admits', 'acknowledged', 'acknowledges', 'conceded', 'concedes', 'asserted', 'declared', 'declares', 'explained', 'emphasised', 'emphasized', 'wrote',
  'pointed out', 'reported', 'reports', 'asked', 'suggested', 'believes', 'echoed', 'quoted as saying',
  // "Kyiv is adamant the Russians are not succeeding": insisting, said with an adjective.
  'is adamant', 'are adamant', 'was adamant', 'were adamant', 'remains adamant', 'remained adamant',
  // Denials said with another verb: "rejected Moscow's claim that Soledar had fallen". Rejecting
  // or dismissing speaks only of something said (a proposal rejected, a minister dismissed are acts).
  // Blaming someone for something says who did it: "Russia blamed Ukraine's special services for the blast".
  ...['blamed', 'blames'].map((verb) => `${verb}(?=(?:\\s+\\S+){1,5}?\\s+for\\s)`),
  ...['rejected', 'rejects', 'dismissed', 'dismisses'].map((verb) => `${verb}(?=(?:\\s+\\S+){0,3}?\\s+${SAID_THINGS}(?![\\p{L}]))`),
  // Refuting or disputing what was said, or that something is so; "the disputed election" is no speech.
  ...['refuted', 'refutes', 'disputed', 'disputes'].map((verb) => `${verb}(?=(?:\\s+\\S+){0,3}?\\s+${SAID_THINGS}(?![\\p{L}])|\\s+that\\s)`),
];

/** Words between a speaker and the verb: "has repeatedly said", "on Friday said". */
// "the United States" names a country, not its statement.
const SPEECH_VERB_ALTERNATION = [...SPEECH_VERBS].sort((a, b) => b.length - a.length)
  .map((v) => (v === 'states' ? '(?<!united\\s)states' : v.replace(/ /g, '\\s+'))).join('|');

const SPEECH_VERB_BODY = `(?:${SPEECH_VERB_ALTERNATION}|${SLAVIC_SPEECH_VERBS.join('|')})(?![\\p{L}])`;
/** For patterns that embed the verbs (a speaker before them, after them ...). */
export const SPEECH_VERB = new RegExp(`(?<![\\p{L}])${SPEECH_VERB_BODY}`, 'giu');
/** Every speech verb of a sentence (`all`), or whether it has one (`test`): scanned fast. */
export const SPEECH_VERBS_IN = new WordPattern(SPEECH_VERB_BODY, 'iu');
export const HAS_SPEECH_VERB = SPEECH_VERBS_IN;

/** Verbs said after a quote, before the speaker: "…,” said Khrenin", "«…», — заявил Лукашенко". */
// English copy inverts most speech verbs after a quote ("…,” claimed spokesman Anton Bychkovsky"),
// not "told" ("…,” he told reporters" names the speaker first) nor "asked".
export const INVERTED_SPEECH_VERB = new RegExp(`(?:said|says|added|adds|wrote|writes|claimed|claims|stated|insisted|insists|declared|explained|noted|warned|warns|stressed|continued|recalled|admitted|conceded|confirmed|announced|replied|tweeted|according\\s+to|${SLAVIC_SPEECH_VERBS.join('|')})(?![\\p{L}])`, 'iu');

/** English words that call what was said false: "a lie", "fake", "unfounded", "absurd". */
export const LIE_WORDS_EN = 'lies?|fakes?|faked|fabrications?|fabricated|hoax|provocations?|propaganda|nonsense|baseless|groundless|unfounded|false|untrue|absurd|staged|disinformation|slander|fiction';

/**
 * "Peskov called Zelensky's claims a lie", "branded the reports fake", "dismissed the images as
 * a staged provocation": the speaker, the report named (group 1) and the verdict on it, which
 * ends the phrase ("denounced a disinformation campaign" names no verdict). What is named holds
 * no clause of its own ("German calls showing that the poisoning had been faked" is no verdict).
 */
export const CALLED_A_LIE_EN = new RegExp(
  '(?<![\\p{L}])(?:called|calls|labell?ed|labels|branded|brands|described|describes|dismissed|dismisses)\\s+'
  + '((?:(?!(?:that|which|who|had|has|have|was|were|is|are|been|be)(?![\\p{L}]))[^\\s.;«»“”"]+\\s+){1,12}?)(?:as\\s+)?(?:(?:a|an|the)\\s+)?(?:(?:outright|blatant|complete|total|absolute|cynical|staged|monstrous|crude|new|another|pure|utter)\\s+)?'
  + `(?:${LIE_WORDS_EN})(?![\\p{L}])`
  + '(?=\\s*(?:[.,;:!?"”»’)]|$|and\\s|or\\s))',
  'iu',
);

/** Verbs that themselves deny what follows. */
export const DENIAL_VERBS = new RegExp(
  `(?<![\\p{L}])(?:denied|denies|deny|rejected|rejects|refused|refuses|dismissed|dismisses|refuted|refutes|disputed|disputes|${SLAVIC_DENIAL_VERBS.join('|')})(?![\\p{L}])`, 'iu',
);

export const PRONOUNS = /^(?:he|she|they|it|we|i|он|она|оно|они|мы|я|він|вона|воно|вони|ми|ён|яна|яно|яны|on|ona|ono|oni|one|my|ja|той|тя|то|те|ние|аз)$/iu;
/** Pronouns that point back to a woman. */
export const FEMININE_PRONOUN = /^(?:she|она|вона|яна|ona|тя)$/iu;
/** Pronouns that point back to a man. */
export const MASCULINE_PRONOUN = /^(?:he|он|він|ён|on|той)$/iu;
