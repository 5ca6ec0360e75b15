import { introLine } from './introLine';
import { mentionsWithin, type EntityIndex } from './entities';
import type { DirectQuote } from './quotes';
import { resolveSpeaker, type Speaker } from './speakers';
import { ACCORDING_SLAVIC, BY_DATA, COMPLEMENTIZER, invertedSpeech, LISTENER_SLAVIC } from './attributionSlavic';
import { CALLED_A_LIE_EN, DENIAL_VERBS, INVERTED_SPEECH_VERB, SPEECH_VERB, SPEECH_VERBS_IN } from './speechVerbs';
import { calledALie as calledALieSlavic } from './speechVerbsSlavic';
import { ONE_PATH } from './onePath';
import { findPredicate } from './predicates';

const VERB = SPEECH_VERB.source;
// ", Khrenin said" / ", he told reporters" / ", said Khrenin" / ", according to the report"
// ", Aleksey Polishchuk, a director of the Russian Foreign Ministry, told TASS": an apposition may follow the name.
const SPEAKER_AFTER = new RegExp(`^[,.!?…]?\\s*(?:[—–-]\\s*)?(\\p{L}[^,.;:“”«»"\\n]{0,79}?)(?:,\\s*(?:a|an|the)\\s[^,;:“”"\\n]{1,100}?,)?\\s+(?:has\\s+|had\\s+)?(${VERB})`, 'iu');
// "«…», — заявил Лукашенко": in Slavic copy the verb comes first, after a dash.
const VERB_THEN_SPEAKER = new RegExp(`^[,.!?…]?\\s*(?:[—–-]\\s*)?${ONE_PATH}(${INVERTED_SPEECH_VERB.source})\\s+([^,.;:“”«»"\\n]{1,80})`, 'iu');
// "He said on June 6:" / "The General Staff added:"
const SPEAKER_BEFORE = new RegExp(`([^.;:“”«»"\\n]{1,80}?)\\s+(?:has\\s+|had\\s+)?(${VERB})([^.;“”"\\n]{0,40}?)[:,]?\\s*$`, 'iu');

/** "a spokesman", "the ministry's press officer": someone described, not named. */
const DESCRIPTION = /^(?:a|an|the)\s+[\p{Ll}'’\s-]+$/u;
/** ", Anton Bychkovsky." after a description: two or three capitalised words, then the sentence goes on or ends. */
const APPOSITIVE_NAME = /^,\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})\s*(?=[.,;]|$)/u;

/** Phrase (80) + "has" + verb + what may follow it (40) + marks. */
const SPEAKER_BEFORE_REACH = 170;
// "BelTA quoted Khrenin as saying": the one quoted speaks, the agency only carries it.
const QUOTED_AS = /(?<![\p{L}])quoted\s+([^,.;:“”"\n]{1,80}?)\s+as\s+(saying|telling\s+[^,.;:“”"\n]{1,40}?)(?:\s+that)?[:,]?\s*/iu;
// "are seen by the opposition as a Trojan horse": a view held, reported.
const SEEN_BY = /(?:is|are|was|were|being)\s+(?:widely\s+)?(?:seen|viewed|regarded|considered|described|branded|denounced)\s+by\s+([^,.;“”"]{2,80}?)\s+as\s+/iu;

export interface Attributed {
  speaker: Speaker;
  verb: string;
  /** The attribution itself denies: "назвал сообщения ... фейком". */
  denies?: boolean;
  /** "по данным X": what X's data say, a report rather than speech. */
  reported?: boolean;
}

/** The attribution denies: by its own words ("назвал ... фейком") or by a verb of denial ("denied", "опроверг"). */
export const saidAsDenial = (said: Attributed | null | undefined): boolean => said?.denies === true || DENIAL_VERBS.test(said?.verb ?? '');

/** Who speaks a direct quote, from the words around it in its paragraph. */
export function quoteSpeaker(text: string, quote: DirectQuote, index: EntityIndex): Attributed | null {
  const lineEnd = text.indexOf('\n', quote.outerEnd);
  const after = text.slice(quote.outerEnd, lineEnd < 0 ? text.length : lineEnd);
  const verbFirst = VERB_THEN_SPEAKER.exec(after);
  if (verbFirst) {
    const [, verb = '', described = ''] = verbFirst;
    // "…,” said a spokesman, Anton Bychkovsky.": the name set off after the description speaks.
    const rest = verbFirst.index + verbFirst[0].length;
    const named = DESCRIPTION.test(described) ? APPOSITIVE_NAME.exec(after.slice(rest)) : null;
    const phrase = named?.[1] ?? described;
    const phraseAt = named ? rest + named[0].indexOf(phrase) : after.indexOf(phrase);
    const speaker = resolveSpeaker(phrase, quote.outerEnd + phraseAt, index, text);
    if (speaker) return { speaker, verb };
  }
  const speakerFirst = SPEAKER_AFTER.exec(after);
  if (speakerFirst) {
    const [, phrase = '', verb = ''] = speakerFirst;
    const speaker = resolveSpeaker(phrase, quote.outerEnd + after.indexOf(phrase), index, text);
    if (speaker) return { speaker, verb };
  }
  let lineStart = text.lastIndexOf('\n', quote.outerStart - 1) + 1;
  let before = text.slice(lineStart, quote.outerStart);
  // "Лукашенко заявил:" closing the paragraph before the quote's own.
  if (!before.trim()) {
    const previous = introLine(text, lineStart);
    if (previous) [lineStart, before] = [previous.start, previous.text];
  }
  const quotedAs = QUOTED_AS.exec(before);
  if (quotedAs && quotedAs.index + quotedAs[0].length >= before.trimEnd().length) {
    const phrase = quotedAs[1] ?? '';
    const speaker = resolveSpeaker(phrase, lineStart + before.indexOf(phrase, quotedAs.index), index, text);
    if (speaker) return { speaker, verb: 'quoted as saying' };
  }
  // "Зеленский: «Мы не отдадим Бахмут»", "Zelensky: “…”": a headline or post names the speaker before a colon.
  const named = NAME_COLON_QUOTE.exec(before);
  if (named && wordCount(named[1] ?? '') <= MAX_TURN_WORDS) {
    const phrase = named[1] ?? '';
    const speaker = resolveSpeaker(phrase, lineStart + before.indexOf(phrase), index, text);
    if (speaker && (speaker.entityId || ACRONYM.test(phrase.trim()))) return { speaker, verb: ':' };
  }
  // The speaker and verb stand right before the quote: read only the line's tail (the pattern is slow on a long paragraph).
  const tail = before.slice(-SPEAKER_BEFORE_REACH);
  // Its verb is a speech verb at a word start: without one in the tail it cannot match (and the
  // verbs alone are found far faster than the pattern tries every phrase before them).
  const intro = SPEECH_VERBS_IN.test(tail) ? SPEAKER_BEFORE.exec(tail) : null;
  if (intro) {
    const [, phrase = '', verb = ''] = intro;
    const speaker = resolveSpeaker(phrase, lineStart + before.length - tail.length + intro.index, index, text);
    if (speaker) return { speaker, verb };
  }
  return null;
}

export interface IndirectSpeech extends Attributed {
  /** Offsets of the reported claim inside the sentence. */
  claimStart: number;
  claimEnd: number;
  /** Where a clause of the narrator's own starts after the claim (", and thousands were sent"): it runs to the sentence's end. */
  narrativeFrom?: number;
}

/** Verbs that take a thing announced, not a clause: "announced the formation of a joint force". */
export const ANNOUNCES = /^(?:announc|confirm|unveil|объяви|объявля|оголоси|оголошу|абвясці|ogłosi)\p{L}*$/iu;
/** What opens a thing announced: an article or a quote mark ("announced a new offensive", "announced the “operation”", not "announced the same day"). */
const THING_AFTER = /^\s*(?:an?\s|[“«"„]|the\s+(?!(?:same|next|following|previous)\s))/iu;
const PROMISES = /^(?:promis|pledg|обеща|пообеща|обіця|пообіця|абяца|паабяца|obieca)\p{L}*$/iu;
/** An infinitive ("to send", "отправить", "надіслати", "накіраваць", "wysłać") or a finite clause after a promise: what was promised is an act told. */
const INFINITIVE_OR_CLAUSE = /^\p{L}+(?:ть|ти|ться|тися|ць|цца|ć)[,.;]?$/iu;
/** Whom a promise is made to, as a pronoun. */
const RECIPIENT = /^(?:him|her|them|us|me|you|ему|ей|им|нам|мне|йому|їй|їм|мені|яму|ёй|ім|mu|jej|im|nam|mi)$/iu;

/** What follows a promise is a thing given (a noun phrase), not a clause or an infinitive. */
function promisesAThing(after: string): boolean {
  // The promised act comes first ("promised to send", "пообещал Лукашенко отправить"); an
  // infinitive further on belongs to the thing ("ракеты, способные нести").
  // Only the first word, or the second after whom it was promised to (a name, a pronoun), can be
  // that infinitive: "нові ракети" ends as "надіслати" does.
  const words = after.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return false;
  const toWhom = /^\p{Lu}/u.test(words[0]!) || RECIPIENT.test(words[0]!);
  const act = toWhom ? words.slice(0, 2) : words.slice(0, 1);
  return !act.some((word) => INFINITIVE_OR_CLAUSE.test(word)) && !/^to$/i.test(words[toWhom ? 1 : 0] ?? '') && !CLAUSE_AFTER.test(words.slice(0, 6).join(' '));
}

/** ", and" between two clauses, in each language. */
const AND_CLAUSE = /,\s+(?:and|и|і|та|а|i|oraz)\s+/giu;

/**
 * "Belarus announced the formation of a joint force with Russia, and thousands of Russian
 * servicemen were sent": what was announced is a thing, so the clause after ", and" that has a
 * claim of its own is the narrator's, not the announcer's.
 */
function narrativeAfterObject(sentence: string, claimStart: number): number | undefined {
  for (const match of sentence.slice(claimStart).matchAll(AND_CLAUSE)) {
    const from = claimStart + match.index + match[0].length;
    const found = findPredicate(sentence.slice(from));
    if (found && found.kind === 'class') return claimStart + match.index;
  }
  return undefined;
}

/** "told journalists the two leaders would ...": who was told, without "that". */
const LISTENER = /^\s*(?:journalists|reporters|lawmakers|parliament|the press|state media|state television|(?:a|the) (?:news conference|briefing|meeting)|(?:the\s+)?(?:reuters|the associated press|associated press|ap|afp|agence france-presse|bloomberg|the bbc|bbc|cnn|tass|ria novosti|interfax|ukrinform|belta|the guardian|the new york times|the washington post|the financial times|the wall street journal|al jazeera))\s+/i;
const APPOSITIVE_SPEAKER = /,\s*([^,]{1,80}?)(?:,\s*(?:a|an)\s[^,]{1,100})?,?\s*$/u;
const LEADING_TIME = /^(?:\s*(?:on\s+several\s+occasions|repeatedly|in\s+(?:a|an|its|his|her|their|the)\s+(?:(?:written|televised|video|joint|daily|morning|evening|nightly|latest|regular|weekly|intelligence|operational)\s+){0,2}(?:statement|interview|post|address|speech|briefing|message|report|comments?|update|summary|bulletin)(?:\s+on\s+(?:telegram|facebook|twitter|x|its\s+website))?|on\s+\w+|earlier\s+this\s+\w+|last\s+\w+|this\s+\w+|in\s+\w+|\w+day|that|,))+\s*/i;

const PASSIVE_BEFORE = /\b(?:was|were|been|be|is|are)\s+(?:not\s+)?(?:\w+ly\s+)?$/i;
/** A finite clause after the verb: "said Grossi's comments were unfounded" reports, it is not "..., X said Monday." */
const CLAUSE_AFTER = /(?:^|\s)(?:is|are|was|were|has|have|had|will|would|could|can|should|may|might|must|that|he|she|they|it|we|i)(?=\s|$)/i;
/** Parentheticals between a subject and its verb: "The ministry, in a statement late on Tuesday, said". */
const PARENTHETICAL = /^\s*(?:in|on|at|during|after|before|late|earlier|later|speaking|writing|for|meanwhile|however|also|too|though|like|citing|quoting)\b|^\s*$/i;

const RELATIVE_SUBJECT = /^\s*(?:which|who|который|которая|которое|которые|який|яка|яке|які|якая|якое|który|która|które|którzy|който|която|които)\s*$/iu;

function wordCount(text: string): number {
  return text.trim().split(/\s+/).filter(Boolean).length;
}

/**
 * "X said (that) ...", "..., X said Monday." and "according to X": the speaker and the
 * reported part of a sentence.
 */
export function indirectSpeech(sentence: string, sentenceStart: number, text: string, index: EntityIndex): IndirectSpeech | null {
  for (const [pattern, verb] of [[QUOTED_AS, 'quoted as saying'], [SEEN_BY, 'seen as']] as const) {
    const found = pattern.exec(sentence);
    if (!found) continue;
    const phrase = found[1] ?? '';
    const speaker = resolveSpeaker(phrase, sentenceStart + sentence.indexOf(phrase, found.index), index, text);
    if (!speaker) continue;
    // "X quoted Y as saying Z" claims Z; "A is seen by X as B" claims B (of A).
    return { speaker, verb, claimStart: found.index + found[0].length, claimEnd: sentence.length };
  }
  const called = calledALie(sentence, sentenceStart, text, index);
  if (called) return called;
  const according = /according to ([^,.;“”"]{2,80})/iu.exec(sentence) ?? ACCORDING_SLAVIC.exec(sentence);
  // "Putin's visit was announced" is not Putin speaking.
  // "Putin's visit was announced", "crowd sizes were not immediately reported" are not Putin or the crowd speaking.
  const verb = SPEECH_VERBS_IN.all(sentence).find((m) => /^quoted/i.test(m[0]) || !PASSIVE_BEFORE.test(sentence.slice(0, m.index)));
  if (according && (!verb || according.index <= verb.index)) {
    const { phrase, phraseAt, claimFrom } = speakerOfAccording(according, sentenceStart, index);
    const speaker = resolveSpeaker(phrase, sentenceStart + phraseAt, index, text, true);
    if (!speaker) return null;
    const atStart = according.index < 3;
    // "According to a briefing, Russia will send ..., the head of ..., Valery Revenko, said": the named speaker.
    const named = !speaker.entityId && atStart ? postposedSpeaker(sentence, sentenceStart, text, index) : null;
    if (named?.speaker.entityId) return { ...named, claimStart: according.index + according[0].length };
    // "Украинские военные, по данным Генштаба, отбили 20 атак", "Russian troops, according to the
    // ministry, withdrew": set off by commas right after the subject, the source speaks the whole
    // sentence ("This is more than in 2021 and, according to some, is meant to ..." is not that).
    const opening = sentence.slice(0, according.index);
    const parenthetical = !atStart && /,\s*$/u.test(opening) && wordCount(opening) <= MAX_SUBJECT_WORDS && /^\s*,/u.test(sentence.slice(according.index + according[0].length));
    const claimStart = atStart ? claimFrom : 0;
    const claimEnd = atStart || parenthetical ? sentence.length : according.index;
    // "по данным X", "паводле афіцыйнай вэрсіі": what data or a version say is reported, not said.
    const reported = BY_DATA.test(according[0].slice(0, according[0].length - phrase.length)) || OFFICIAL_VERSION.test(phrase.trim());
    return { speaker, verb: 'according to', claimStart, claimEnd, reported };
  }
  if (!verb) return null;
  const postposed = postposedSpeaker(sentence, sentenceStart, text, index);
  if (postposed) {
    // "X заявіў, што ..., піша РБК", "X said that ..., Reuters reported": X speaks, the outlet carries it.
    const inner = postposed.claimEnd > 0 ? indirectSpeech(sentence.slice(0, postposed.claimEnd), sentenceStart, text, index) : null;
    // "Украинские военные опровергли сообщения о захвате, заявили в Генштабе": a denial inside is
    // read as the denial it is, whoever carries it.
    return inner && inner.claimStart > 0 && (inner.speaker.entityId || DENIAL_VERBS.test(inner.verb)) ? inner : postposed;
  }
  const before = sentence.slice(0, verb.index);
  const after = sentence.slice(verb.index + verb[0].length);
  // "X, who ..., said" keeps X; "In June, Belarus announced" drops the opening adverbial.
  // "X has worked ..., and has sworn" keeps X as well.
  const lastPart = before.slice(before.lastIndexOf(',') + 1);
  const keepsFirst = /^[^,]*,\s*(?:who|which|a|an)\s/i.test(before) || /^\s*(?:and|but|or)\s+(?:has|have|had|is|was|also)?\b/i.test(lastPart)
    || personBeforeTitle(before, sentenceStart, index);
  let subjectStart = keepsFirst ? 0 : before.lastIndexOf(',') + 1;
  let subject = keepsFirst ? before.slice(0, before.indexOf(',') < 0 ? before.length : before.indexOf(',')) : before.slice(subjectStart);
  // "The defence ministry, in a statement late on Tuesday, said": the subject before the parenthetical.
  if (!keepsFirst && !subject.trim() && before.includes(',')) {
    const segments = before.split(',');
    let at = before.length;
    for (let i = segments.length - 1; i >= 0; i--) {
      const segment = segments[i] ?? '';
      at -= segment.length + (i < segments.length - 1 ? 1 : 0);
      if (PARENTHETICAL.test(segment)) continue;
      [subjectStart, subject] = [at, segment];
      break;
    }
  }
  // "the latest report from the General Staff, which said ...": the relative pronoun's antecedent speaks.
  if (RELATIVE_SUBJECT.test(lastPart) && before.lastIndexOf(',') > 0) {
    const antecedent = /(?:\S+\s+){0,9}\S+\s*$/u.exec(before.slice(0, before.lastIndexOf(',')));
    if (antecedent) [subjectStart, subject] = [antecedent.index, antecedent[0]];
  }
  // "It comes after the latest report from the General Staff of the ... claimed": a long subject
  // speaks through the name at its end.
  if (wordCount(subject) > 13) {
    const tail = /(?:\S+\s+){0,9}\S+\s*$/u.exec(subject);
    const named = tail ? mentionsWithin(index, sentenceStart + subjectStart + tail.index, sentenceStart + subjectStart + subject.length) : [];
    if (!tail || !named.some((m) => ['person', 'organization', 'unit'].includes(index.typeOf(m.entityId)))) return null;
    [subjectStart, subject] = [subjectStart + tail.index, tail[0]];
  }
  if (wordCount(subject) === 0) return null;
  const speaker = resolveSpeaker(subject, sentenceStart + subjectStart, index, text);
  if (!speaker) return null;
  let skipped = LEADING_TIME.exec(after)?.[0].length ?? 0;
  // "told The Economist last week that ...": the listener is not part of the claim.
  const listenerThat = /^(?:told|tells)$/i.test(verb[0])
    ? /^[^,.;“”"]{1,60}?\sthat\s/i.exec(after.slice(skipped)) ?? LISTENER.exec(after.slice(skipped))
    : null;
  if (listenerThat) skipped += listenerThat[0].length;
  // "echoed his stance, claiming that ...": the claim follows the participle. After a denial the
  // object is the claim denied ("rejected Moscow's claim that Soledar had fallen, saying fighting
  // went on"): what follows the participle is the denier's own account, not what is denied.
  let participle = /^[^,.;“”"]{0,40},\s*(?:claiming|saying|arguing|insisting|adding|noting)(?:\s+that)?\s+/i.exec(after.slice(skipped));
  let deniedEnd: number | undefined;
  let saidWith = verb[0];
  if (participle && DENIAL_VERBS.test(verb[0])) {
    const denied = participle[0].slice(0, participle[0].indexOf(','));
    // "rejected the claim, saying no HIMARS had been lost": what is denied is only pointed at;
    // the claim is the denier's own account, with its own yes or no.
    if (ANAPHORIC_SAID.test(denied)) saidWith = /(claiming|saying|arguing|insisting|adding|noting)/i.exec(participle[0])?.[1] ?? verb[0];
    else if (wordCount(denied) >= 2) {
      deniedEnd = verb.index + verb[0].length + skipped + denied.length;
      participle = null;
    }
  }
  if (participle) skipped += participle[0].length;
  // "заявил журналистам в понедельник, что ...": the claim follows the complementizer.
  const complementizer = COMPLEMENTIZER.exec(after.slice(skipped));
  if (complementizer) skipped += complementizer[0].length;
  // "promised Lukashenko new missiles", "пообещал Лукашенко новые ракеты": a promise of a thing is an act, not speech.
  if (PROMISES.test(verb[0]) && !complementizer && !participle && promisesAThing(after.slice(skipped))) return null;
  const claimStart = verb.index + verb[0].length + skipped;
  const objectOnly = !complementizer && !participle && !listenerThat && ANNOUNCES.test(verb[0]);
  const narrativeFrom = objectOnly ? narrativeAfterObject(sentence, claimStart) : undefined;
  return narrativeFrom === undefined
    ? { speaker, verb: saidWith, claimStart, claimEnd: deniedEnd ?? sentence.length }
    : { speaker, verb: saidWith, claimStart, claimEnd: narrativeFrom, narrativeFrom };
}

/**
 * "Rafael Grossi, the head of the IAEA, said": a person named, then the title set off by commas.
 * The person speaks, not the body in the title ("On Monday, the ministry said" names no person).
 */
function personBeforeTitle(before: string, sentenceStart: number, index: EntityIndex): boolean {
  const title = /^([^,]+),\s*the\s[^,]+,\s*$/iu.exec(before);
  if (!title || wordCount(title[1]!) > 4) return false;
  return mentionsWithin(index, sentenceStart, sentenceStart + title[1]!.length).some((m) => index.typeOf(m.entityId) === 'person');
}

/** What was said, only pointed at: "the claim", "these reports", "such allegations", "it". */
const ANAPHORIC_SAID = /^\s*(?:it|this|that|(?:the|this|that|these|those|such|its|their|his|her)\s+(?:\p{L}+\s+)?(?:claims?|reports?|allegations?|accusations?|statements?|assertions?|charges?|suggestions?|accounts?|version))\s*$/iu;

const OFFICIAL_VERSION = /^(?:\p{L}+\s+)?(?:версии|версії|вэрсіі|версіі|wersji|данным|даними|дадзеных)(?![\p{L}])/iu;

/** A Slavic adjective made of a name: "ukraińskich", "британското", "российских", "українських". */
const ADJECTIVE_OF_NAME = /(?:ск|ськ|sk|цк)\p{L}{2,4}$/u;

/** Words of a title before the person who holds it: "говорителя на източната група войски". */
const MAX_TITLE_WORDS = 8;

/** Words in a speaker's name: "ISW", "Зеленски", "Ministerstwa Obrony". */
const NAME_WORDS = /^(?:\p{Lu}[\p{L}'’-]*\s+){1,3}/u;

/**
 * "Според Зеленски Русия подготвя ...", "Według ISW Rosja nie planuje ...": without a comma after
 * the speaker (Bulgarian and Polish copy often has none), the speaker is the first name named
 * and the claim follows it.
 */
function speakerOfAccording(according: RegExpExecArray, sentenceStart: number, index: EntityIndex): { phrase: string; phraseAt: number; claimFrom: number } {
  const phrase = according[1] ?? '';
  const phraseAt = according.index + according[0].length - phrase.length;
  const claimFrom = according.index + according[0].length;
  // A short phrase is all speaker when a comma closes it ("По словам Пескова, ...") or when it
  // ends the sentence ("..., according to US intelligence."). Opening the sentence without the
  // comma ("Според Зеленски Русия подготвя ново настъпление.") it holds the claim, read below.
  const allSpeaker = /^\s*,/.test(according.input.slice(claimFrom)) || according.index >= 3;
  if (wordCount(phrase) <= 6 && allSpeaker) return { phrase, phraseAt, claimFrom };
  const mentions = mentionsWithin(index, sentenceStart + phraseAt, sentenceStart + phraseAt + phrase.length);
  const first = mentions[0];
  if (first && first.start - sentenceStart - phraseAt <= 2) {
    let end = first.end - sentenceStart;
    // "Według ukraińskich władz ...", "Според британското разузнаване ...": an adjective of a
    // country names the source with the noun after it.
    const noun = ADJECTIVE_OF_NAME.test(phrase.slice(0, end - phraseAt)) ? /^\s+\p{Ll}+(?=\s)/u.exec(phrase.slice(end - phraseAt)) : null;
    if (noun) end += noun[0].length;
    return { phrase: phrase.slice(0, end - phraseAt), phraseAt, claimFrom: end };
  }
  // "Според говорителя на източната група Сергий Черевати боевете продължават": a title, then
  // the person who holds it, then the claim.
  const titled = mentions.find((m) => m.entityId.startsWith('person:') && wordCount(phrase.slice(0, m.start - sentenceStart - phraseAt)) <= MAX_TITLE_WORDS);
  if (titled && wordCount(phrase.slice(titled.end - sentenceStart - phraseAt)) >= 2) {
    const end = titled.end - sentenceStart;
    return { phrase: phrase.slice(0, end - phraseAt), phraseAt, claimFrom: end };
  }
  const name = NAME_WORDS.exec(phrase.trimStart());
  if (!name) return { phrase, phraseAt, claimFrom };
  const lead = phrase.length - phrase.trimStart().length;
  return { phrase: name[0], phraseAt: phraseAt + lead, claimFrom: phraseAt + lead + name[0].length };
}

/** Words of a subject a source can follow, set off by commas: "Украинские военные, по данным Генштаба, ...". */
const MAX_SUBJECT_WORDS = 5;
/** ", Dmitry Peskov," at the end of a claim, before the title of the one who said it. */
const NAMED_BEFORE_TITLE = /,\s*((?:\p{Lu}[\p{L}'’.-]*\s+){1,3}\p{Lu}[\p{L}'’.-]*)\s*,?\s*$/u;
/** A name alone: "Serhiy Cherevaty", "Maria Zakharova". */
const NAME_ONLY = /^\s*(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’.-]*\s*$/u;

/** "..., the Belarusian Defense Ministry said Monday.": the speaker after the claim. */
function postposedSpeaker(sentence: string, sentenceStart: number, text: string, index: EntityIndex): IndirectSpeech | null {
  const inverted = invertedSpeech(sentence);
  if (inverted) {
    const phrase = inverted.phrase.replace(LISTENER_SLAVIC, '');
    const speaker = resolveSpeaker(phrase, sentenceStart + inverted.phraseAt + inverted.phrase.indexOf(phrase), index, text);
    if (speaker) return { speaker, verb: inverted.verb, claimStart: 0, claimEnd: inverted.claimEnd };
  }
  const verbs = SPEECH_VERBS_IN.all(sentence);
  const last = verbs[verbs.length - 1];
  const rest = last ? sentence.slice(last.index + last[0].length) : '';
  if (!last || wordCount(rest) > 8 || CLAUSE_AFTER.test(rest)) return null;
  // "..., Vladimir Putin announced a “special military operation”": the thing announced follows, the claim is not before.
  if (ANNOUNCES.test(last[0]) && THING_AFTER.test(rest)) return null;
  const before = sentence.slice(0, last.index);
  const postposed = APPOSITIVE_SPEAKER.exec(before);
  if (!postposed) return null;
  const phrase = postposed[1] ?? '';
  // "Serhiy Cherevaty, a spokesman for the eastern command, said Ukrainian forces hold Soledar":
  // a name before the apposition is the speaker, and what follows the verb is the claim.
  if (NAME_ONLY.test(before.slice(0, postposed.index)) && wordCount(rest) >= 3) return null;
  // "..., while a spokesman denied ...": a second speaker with a claim of his own, not an apposition.
  if (/^\s*(?:while|whereas|but|and)\s/i.test(phrase)) return null;
  const speaker = resolveSpeaker(phrase, sentenceStart + before.indexOf(phrase, postposed.index), index, text);
  if (!speaker) return null;
  // "Russia will not attack Ukraine, Dmitry Peskov, the Kremlin spokesman, said": the name before
  // the title speaks too, and is no part of the claim.
  const named = NAMED_BEFORE_TITLE.exec(before.slice(0, postposed.index));
  const byName = named ? resolveSpeaker(named[1]!, sentenceStart + named.index + named[0].indexOf(named[1]!), index, text) : null;
  if (named && byName?.entityId) return { speaker: byName, verb: last[0], claimStart: 0, claimEnd: named.index };
  return { speaker, verb: last[0], claimStart: 0, claimEnd: postposed.index };
}

/** "Песков назвал сообщения о переброске войск фейком": a denial of the reports it names. */
function calledALie(sentence: string, sentenceStart: number, text: string, index: EntityIndex): IndirectSpeech | null {
  const found = calledALieSlavic(sentence) ?? CALLED_A_LIE_EN.exec(sentence);
  if (!found) return null;
  const before = sentence.slice(0, found.index);
  const subjectStart = before.lastIndexOf(',') + 1;
  const subject = before.slice(subjectStart);
  if (wordCount(subject) === 0 || wordCount(subject) > 10) return null;
  const speaker = resolveSpeaker(subject, sentenceStart + subjectStart, index, text);
  if (!speaker) return null;
  // The report named and the verdict on it: "сообщения о переброске войск фейком".
  const reportAt = found.index + found[0].indexOf(found[1] ?? '', 1);
  return { speaker, verb: found[0], denies: true, claimStart: (found[1] ?? '').trim() ? reportAt : found.index + found[0].length, claimEnd: sentence.length };
}

// "Захарова: фейк в Буче ...", "МВД: в воскресенье задержаны ...", "Zelensky: Russia will ...": a
// headline or a post names who speaks, then a colon, then what was said.
const NAME_COLON = /^\s*([^:;,.!?«»“”"\n]{2,60}?):\s+(?=\S)/u;
const ACRONYM = /^\p{Lu}{2,6}$/u;
/** The same, with the claim a quotation: the line holds only the name and the colon before it. */
const NAME_COLON_QUOTE = /^\s*([^:;,.!?«»“”"\n]{2,60}?):\s*$/u;

/** Who speaks in "Speaker: claim": a name the index knows or an acronym, not a label ("Деталі:"). */
export function colonSpeech(sentence: string, sentenceStart: number, text: string, index: EntityIndex, minWords = 4): IndirectSpeech | null {
  const found = NAME_COLON.exec(sentence);
  // A title before the name may lengthen it ("President of Russia Vladimir Putin:").
  if (!found || wordCount(found[1] ?? '') > MAX_TURN_WORDS || wordCount(sentence.slice(found[0].length)) < minWords) return null;
  const phrase = found[1] ?? '';
  const speaker = resolveSpeaker(phrase, sentenceStart + sentence.indexOf(phrase), index, text);
  if (!speaker || (!speaker.entityId && !ACRONYM.test(phrase.trim()))) return null;
  if (wordCount(phrase) > 4 && !speaker.entityId?.startsWith('person:')) return null;
  return { speaker, verb: ':', claimStart: found[0].length, claimEnd: sentence.length };
}
const MAX_TURN_WORDS = 7;
