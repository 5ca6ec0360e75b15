import type { Attribution, Quantity, Statement } from '../types';
import { ANNOUNCES, colonSpeech, indirectSpeech, quoteSpeaker, saidAsDenial, type Attributed } from './attribution';
import { ABOUT_THIS_FIRST, IN_DOCUMENT, VERB_ABOUT_THIS } from './attributionSlavic';
import { claimModality, claimPolarity } from './claimFeatures';
import { findDateSpan, type DateSpan } from './dates';
import { mentionsWithin, type EntityIndex } from './entities';
import { findPredicate, type PredicateMatch } from './predicates';
import { placeTaken } from './placeTaken';
import { findQuantities } from './quantities';
import { findDirectQuotes, type DirectQuote } from './quotes';
import { lineReader, quoteContext } from './quoteContext';
import { splitSentences, type SentenceSpan } from './sentences';
import { HAS_SPEECH_VERB } from './speechVerbs';
import { callsALie } from './speechVerbsSlavic';
import { isProse, resolveSpeaker } from './speakers';
import { victimBefore } from './victimPassive';
import { BACKGROUND, locativePlaces, ownCountry, passiveTarget, pickTarget } from './claimPlaces';
import { LeadScan } from './leadScan';
import { AIMED, pickSubject } from './subjects';

/** A statement with what the event builder needs: entity ids instead of display names. */
export interface StatementWithIds {
  statement: Statement;
  subjectId: string | null;
  targetId: string | null;
  placeIds: string[];
  /** The statement's date as a range ("last week" is Monday to Sunday). */
  dateSpan: DateSpan | null;
}

export interface Claim {
  start: number;
  end: number;
  sentence: string;
  attribution: Attribution;
  said: Attributed | null;
  /** A quote's attribution ("He claimed in May:", "…, he said on June 6."): where its date stands. */
  context?: string;
  /** A sentence of a transcript's turn: the speaker's, but kept only with a claim class, like narration. */
  turn?: boolean;
}

/** BACKGROUND read only where its words can begin (leadScan.ts). */
const BACKGROUND_AT = new LeadScan(BACKGROUND);

const MIN_CLAIM_WORDS = 4;
/** A sentence mostly inside a direct quote is that quote's attribution, not a claim of its own. */
const QUOTED_SHARE = 0.3;
const CLAUSE_BOUNDARY = /[,;:—–]|\s(?:that|whether|while|but|which|who|что|чтобы|но|однако|который|которая|которое|которые|що|щоб|але|проте|який|яка|яке|які|што|каб|які|якая|якое|że|ale|który|która|które|че|но|който|която|които)\s/giu;

/** "has sworn that A and that B": two claims. */
const AND_AT = /^,\s+\p{L}+\s+/u;
const HEADLINE_MIN_WORDS = 5;
/** The article's headline: its first line, when it is a sentence's worth of words. */
function isHeadline(text: string, sentence: SentenceSpan): boolean {
  const firstLineEnd = text.indexOf('\n');
  return sentence.start === 0 && (firstLineEnd < 0 || sentence.end <= firstLineEnd) && sentence.text.trim().split(/\s+/).length >= HEADLINE_MIN_WORDS;
}

function coordinatedClauses(sentence: string, from: number, to: number): Array<[number, number]> {
  const parts: Array<[number, number]> = [];
  const splitter = /,?\s+(?:and that|и что|і що|та що|і што|i że|и че)\s+/giu;
  splitter.lastIndex = from;
  let start = from;
  for (const match of sentence.slice(0, to).matchAll(splitter)) {
    if (match.index < from) continue;
    parts.push([start, match.index]);
    start = match.index + match[0].length;
  }
  parts.push([start, to]);
  return parts;
}

/** The clause around a predicate: its subject and modality are read there, not across the sentence. */
function clauseAround(claimText: string, at: number, end: number): [number, number] {
  let start = 0;
  let stop = claimText.length;
  for (const match of claimText.matchAll(CLAUSE_BOUNDARY)) {
    if (match.index + match[0].length <= at) start = match.index + match[0].length;
    else if (match.index >= end) {
      stop = match.index;
      break;
    }
  }
  return [start, stop];
}

export function extractStatements(text: string, index: EntityIndex, publishedAt: string | null, lang: string | null = null): StatementWithIds[] {
  const quotes = findDirectQuotes(text);
  const claims = [...quoteClaims(text, quotes, index, publishedAt), ...sentenceClaims(text, quotes, index)].flatMap((claim) => contrastParts(text, claim));
  claims.sort((a, b) => a.start - b.start);
  const seen = new Set<string>();
  const statements: StatementWithIds[] = [];
  for (const claim of claims) {
    const built = buildStatement(text, claim, index, publishedAt, `s${statements.length + 1}`, lang);
    if (!built || seen.has(built.statement.text)) continue;
    // "..., but has not directly joined the fighting": the subject left out is the one before.
    const before = statements[statements.length - 1];
    if (!built.subjectId && before?.subjectId && before.statement.attribution === built.statement.attribution && BUT_OPENING.test(built.statement.text)) {
      built.subjectId = before.subjectId;
      built.statement.subject = before.statement.subject;
    }
    seen.add(built.statement.text);
    statements.push(built);
  }
  return statements;
}

function quoteClaims(text: string, quotes: DirectQuote[], index: EntityIndex, publishedAt: string | null): Claim[] {
  const claims: Claim[] = [];
  const lines = lineReader(text, publishedAt);
  let previous: { quote: DirectQuote; said: Attributed | null } | null = null;
  const attributed: Array<{ quote: DirectQuote; said: Attributed }> = [];
  for (const quote of quotes) {
    let said = quoteSpeaker(text, quote, index);
    // A quote running over paragraphs opens each one with a mark and closes only the last.
    if (!said && previous && !previous.quote.closed && text.slice(previous.quote.outerEnd, quote.outerStart).trim() === '') {
      said = previous.said;
    }
    // "— A, — заявил X. — B.": the speech resumed after the attribution is the same speaker's.
    if (!said && previous?.quote.dash && quote.dash && !text.slice(previous.quote.outerEnd, quote.outerStart).includes('\n')) said = previous.said;
    // A paragraph that is only a quote continues whoever spoke in the paragraph before it.
    if (!said && opensParagraph(text, quote)) said = previousParagraphSpeaker(text, quote, index, attributed);
    if (said) attributed.push({ quote, said });
    previous = { quote, said };
    if (!said) continue;
    const sentence = text.slice(quote.start, quote.end);
    for (const part of splitSentences(sentence)) {
      claims.push({ start: quote.start + part.start, end: quote.start + part.end, sentence, attribution: 'direct', said, context: quoteContext(text, quote, lines) });
    }
  }
  return claims;
}

function opensParagraph(text: string, quote: DirectQuote): boolean {
  const lineStart = text.lastIndexOf('\n', quote.outerStart - 1) + 1;
  return lineStart > 0 && text.slice(lineStart, quote.outerStart).trim() === '';
}

/**
 * "“…,” Prigozhin said on Tuesday. ¶ “The chief of the general staff …”": the speaker of the
 * paragraph just before, by its last attributed quote or else its last attributed sentence.
 */
function previousParagraphSpeaker(text: string, quote: DirectQuote, index: EntityIndex, attributed: Array<{ quote: DirectQuote; said: Attributed }>): Attributed | null {
  const lineStart = text.lastIndexOf('\n', quote.outerStart - 1) + 1;
  const before = text.slice(0, lineStart).replace(/\s+$/u, '');
  const paragraphStart = before.lastIndexOf('\n') + 1;
  if (!before) return null;
  // A heading that says who speaks ("МВД сообщило о погибшем", "Lukashenko says ...") above a
  // paragraph that is all quote, as posts and briefings are laid out: the heading's speaker.
  if (!isProse(text, paragraphStart)) {
    const heading = before.slice(paragraphStart);
    const speech = indirectSpeech(heading, paragraphStart, text, index);
    return speech && speech.claimStart > 0 ? { speaker: speech.speaker, verb: speech.verb } : null;
  }
  const quoted = attributed.filter((a) => a.quote.outerStart >= paragraphStart && a.quote.outerEnd <= before.length + 1);
  if (quoted.length) return quoted[quoted.length - 1]!.said;
  const sentences = splitSentences(before.slice(paragraphStart)).reverse();
  for (const sentence of sentences) {
    const speech = indirectSpeech(sentence.text, paragraphStart + sentence.start, text, index);
    if (speech) return { speaker: speech.speaker, verb: speech.verb };
  }
  return introducedWitness(before.slice(paragraphStart), paragraphStart, text, index);
}

/**
 * "С редакцией связался житель дома на улице Притыцкого, который видел ...", "До нас звернулася
 * мешканка Бучі", "Нам напісаў сведка": an interview's opening names who got in touch, and the
 * dash-set speech after it is theirs. The one introduced is the words after the verb, to the comma.
 */
const INTRODUCED = /(?<![\p{L}])(?:связал(?:ся|ась|ись)|обратил(?:ся|ась|ись)|позвонил[аи]?|написал[аи]?|звʼязав(?:ся|ася|ися)|зв['’]язал(?:ася|ися)|зв['’]язався|звернул(?:ася|ися)|звернувся|зателефонував|зателефонувала|написав|написала|звязаў(?:ся)|звязала(?:ся)|звярнуў(?:ся)|звярнулася|патэлефанаваў|патэлефанавала|напісаў|напісала)\s+(?!(?:с|со|з|зі|із|к|ко|до|в|во|у|ў|на|по|па|with|to|in)\s)((?:[^,.;:!?—–]\s*){3,80}?)(?=[,.;:!?]|\s[—–]|$)/iu;

function introducedWitness(paragraph: string, paragraphStart: number, text: string, index: EntityIndex): Attributed | null {
  const found = INTRODUCED.exec(paragraph);
  const phrase = found?.[1];
  if (!found || !phrase) return null;
  const speaker = resolveSpeaker(phrase, paragraphStart + found.index + found[0].lastIndexOf(phrase), index, text);
  return speaker ? { speaker, verb: found[0].slice(0, found[0].length - phrase.length).trim() } : null;
}

const CONTRAST = /(?:,|\s[-–—])\s+(?:while|whereas|but|yet|тогда как|в то время как|тоді як|у той час як|тады як|natomiast|podczas gdy|докато|а)\s+/giu;

/** "The ministry claimed X, while a spokesman denied Y": two speech acts, read one by one. */
function speechUnits(sentence: SentenceSpan): SentenceSpan[] {
  return clausesOf(sentence).flatMap(contrastUnits);
}

/** "Минобороны РФ сообщило о ...; в США считают, что ...": a semicolon ends a clause of its own. */
function clausesOf(sentence: SentenceSpan): SentenceSpan[] {
  const units: SentenceSpan[] = [];
  let from = 0;
  for (const match of sentence.text.matchAll(/;\s+/g)) {
    units.push({ text: sentence.text.slice(from, match.index), start: sentence.start + from, end: sentence.start + match.index });
    from = match.index + match[0].length;
  }
  units.push({ text: sentence.text.slice(from), start: sentence.start + from, end: sentence.end });
  return units;
}

function contrastUnits(sentence: SentenceSpan): SentenceSpan[] {
  const units: SentenceSpan[] = [];
  let from = 0;
  for (const match of sentence.text.matchAll(CONTRAST)) {
    const rest = sentence.text.slice(match.index + match[0].length);
    // "X happened, while Moscow dismissed the reports": the part after says something of its own
    // when it has a speech verb, whether or not the part before reports speech too.
    if (!HAS_SPEECH_VERB.test(rest)) continue;
    units.push({ text: sentence.text.slice(from, match.index), start: sentence.start + from, end: sentence.start + match.index });
    from = match.index + match[0].length;
  }
  units.push({ text: sentence.text.slice(from), start: sentence.start + from, end: sentence.end });
  return units;
}

/**
 * A transcript's turn: "Alexander Lukashenko: Excuse me, Mr President. … It was a fake." Every
 * sentence after a person's name and a colon is that person's, verbatim, until the next turn
 * or the paragraph's end.
 */
const isTurn = (speech: { verb: string; speaker: { entityId?: string | null } }) => speech.verb === ':' && Boolean(speech.speaker.entityId?.startsWith('person:'));

function sentenceClaims(text: string, quotes: DirectQuote[], index: EntityIndex): Claim[] {
  const claims: Claim[] = [];
  let turn: { said: Attributed; end: number } | null = null;
  for (const sentence of splitSentences(text).flatMap(speechUnits)) {
    if (turn && text.slice(turn.end, sentence.start).includes('\n\n')) turn = null;
    const quoted = quotes.reduce((sum, q) => sum + Math.max(0, Math.min(q.outerEnd, sentence.end) - Math.max(q.outerStart, sentence.start)), 0);
    if (quoted > (sentence.end - sentence.start) * QUOTED_SHARE) continue;
    // "Об этом сообщил Генштаб.": the sentence before is the speaker's, not narrative.
    const aboutThis = referringBack(sentence, text, index);
    if (aboutThis) {
      const last = claims[claims.length - 1];
      if (last?.attribution === 'narrative' && !text.slice(last.end, sentence.start).includes('\n\n')) claims[claims.length - 1] = { ...last, attribution: 'indirect', said: aboutThis };
      continue;
    }
    // A new turn starts whatever its first sentence says, however short ("Alexander Lukashenko: Thank you.").
    const opening = colonSpeech(sentence.text, sentence.start, text, index, 1);
    if (opening !== null && isTurn(opening)) turn = { said: { speaker: opening.speaker, verb: opening.verb }, end: sentence.end };
    const speech = indirectSpeech(sentence.text, sentence.start, text, index) ?? colonSpeech(sentence.text, sentence.start, text, index);
    if (!speech && turn && isProse(text, sentence.start)) {
      claims.push({ start: sentence.start, end: sentence.end, sentence: sentence.text, attribution: 'direct', said: turn.said, turn: true });
      turn.end = sentence.end;
      continue;
    }
    if (speech) {
      for (const [from, to] of coordinatedClauses(sentence.text, speech.claimStart, speech.claimEnd)) {
        claims.push({ start: sentence.start + from, end: sentence.start + to, sentence: sentence.text, attribution: 'indirect', said: speech });
      }
      if (speech.narrativeFrom !== undefined) {
        const from = speech.narrativeFrom + (AND_AT.exec(sentence.text.slice(speech.narrativeFrom))?.[0].length ?? 0);
        claims.push({ start: sentence.start + from, end: sentence.end, sentence: sentence.text, attribution: 'narrative', said: null });
      }
    } else if (isProse(text, sentence.start) || isHeadline(text, sentence)) {
      claims.push({ start: sentence.start, end: sentence.end, sentence: sentence.text, attribution: 'narrative', said: null });
    }
  }
  return claims;
}

function referringBack(sentence: SentenceSpan, text: string, index: EntityIndex): Attributed | null {
  const found = ABOUT_THIS_FIRST.exec(sentence.text) ?? VERB_ABOUT_THIS.exec(sentence.text);
  if (!found) return null;
  const raw = found[1] ?? '';
  const phrase = raw.replace(IN_DOCUMENT, '');
  const at = sentence.start + found.index + found[0].lastIndexOf(raw) + (raw.length - phrase.length);
  const speaker = resolveSpeaker(phrase, at, index, text);
  return speaker ? { speaker, verb: found[0] } : null;
}

// ", but ...", ", но ...", ", але ...", ", ale ...": what follows says something of its own, often the opposite.
const BUT = /,\s+(?=(?:but|yet|но|однако|але|проте|однак|аднак|ale|jednak)\s)/giu;
const MIN_PART_WORDS = 4;
const BUT_OPENING = /^(?:but|yet|но|однако|але|проте|однак|аднак|ale|jednak)\s/iu;

/** "allowed its territory to be used ..., but has not directly joined the fighting": two claims. */
function contrastParts(text: string, claim: Claim): Claim[] {
  const span = text.slice(claim.start, claim.end);
  const parts: Claim[] = [];
  let from = 0;
  for (const match of span.matchAll(BUT)) {
    const before = span.slice(from, match.index);
    const after = span.slice(match.index + match[0].length);
    if (before.trim().split(/\s+/).length < MIN_PART_WORDS || after.trim().split(/\s+/).length < MIN_PART_WORDS) continue;
    parts.push({ ...claim, start: claim.start + from, end: claim.start + match.index });
    from = match.index + match[0].length;
  }
  parts.push({ ...claim, start: claim.start + from });
  return parts;
}

function buildStatement(text: string, claim: Claim, index: EntityIndex, publishedAt: string | null, id: string, lang: string | null): StatementWithIds | null {
  const claimText = text.slice(claim.start, claim.end).trim().replace(/[,;:]+$/, '').replace(/^[,;:\s]+/, '');
  if (isQuestion(claimText, claim)) return null;
  const short = claimText.split(/\s+/).length < MIN_CLAIM_WORDS && !isShortDenial(claimText, lang);
  if (short && !claim.said) return null;
  // What someone said is a statement whatever its verb; a narrative sentence only with a known class.
  // Read when the statement is built, or when a count could make the claim (a figure needs a digit).
  let quantities: Quantity[] | null = null;
  const quantitiesOf = () => (quantities ??= findQuantities(claimText, lang));
  // A transcript runs to thousands of words: of its turns, like narration, only sentences with a claim class count.
  const classOnly = claim.attribution === 'narrative' || claim.turn === true;
  const offset = claim.start + (text.slice(claim.start, claim.end).indexOf(claimText));
  const mentions = mentionsWithin(index, offset, offset + claimText.length).map((m) => ({ ...m, start: m.start - offset, end: m.end - offset }));
  const matched = findPredicate(claimText, { lang, fallback: claim.attribution !== 'narrative' });
  const thingAnnounced = announcesAThing(text, claim, offset);
  const announced = !thingAnnounced || (matched && matched.kind === 'class') ? null : announcedAct(claim, claimText);
  const found = matched && matched.kind === 'class' ? matched : announced ?? placeTaken(claimText, mentions, index) ?? (/\d/.test(claimText) ? countedClaim(claimText, quantitiesOf()) : null) ?? matched;
  if (classOnly && !found) return null;
  // Said in two or three words, a claim holds when it names its act and what it is about or how
  // many: "Kyiv denies that Soledar has fallen", "отрицает захват Соледара", "задержаны 200 человек".
  // "назвала заявления Блинкена фейком": a named person's words called false are a claim in three words.
  const wordsCalledFalse = claim.said?.denies === true && mentions.length > 0 && callsALie(claimText);
  // Denied or announced, the act alone is the claim: "опроверг сообщения о мобилизации", "отрече
  // съобщенията за мобилизация", "объявил о начале спецоперации".
  const deniedAct = found?.kind === 'class' && (saidAsDenial(claim.said) || thingAnnounced);
  if (short && !wordsCalledFalse && !deniedAct && (found?.kind !== 'class' || (mentions.length === 0 && !/\d/.test(claimText)))) return null;
  // Of a turn, a sentence with only a main verb counts when it calls something a fake or a provocation.
  if (claim.turn && found?.kind === 'verb' && !callsALie(claimText)) return null;
  // A fallback verb ("verb:say") names the act but is not a claim class: clause, polarity,
  // modality, subject and date are read as for a claim without a class.
  const predicate = found && !found.predicate.startsWith('verb:') ? found : null;
  const speaker = claim.said?.speaker ?? null;
  const [clauseStart, clauseEnd] = predicate ? clauseAround(claimText, predicate.start, predicate.end) : [0, claimText.length];
  const subjectId = pickSubject({ claimText, claim, predicate, mentions, clauseStart, clauseEnd, speaker, index, text });
  const targetId = predicate
    ? passiveTarget(claimText, predicate, mentions, (id) => index.typeOf(id) === 'place')
      ?? victimBefore(claimText, predicate, mentions, (id) => index.typeOf(id) === 'person') ?? pickTarget(claimText, predicate.end, mentions, subjectId, AIMED.has(predicate.predicate)) ?? ownCountry(claimText.slice(predicate.end), speaker)
    : null;
  const date = findDateSpan(claimText, publishedAt, predicate?.start ?? 0) ?? findDateSpan(claim.sentence, publishedAt)
    ?? (claim.context ? findDateSpan(claim.context, publishedAt) : null);
  const statement: Statement = {
    id,
    text: claimText,
    speaker: speaker?.name ?? null,
    attribution: claim.attribution,
    polarity: claim.said?.denies ? 'deny' : claimPolarity(claimText, predicate, claim.said?.verb ?? null),
    modality: modalityOf(claimText, claim, clauseStart, clauseEnd, predicate, lang),
    predicate: found?.predicate ?? null,
    subject: subjectId ? index.nameOf(subjectId) : null,
    target: targetId ? index.nameOf(targetId) : null,
    quantities: quantitiesOf(),
    date: date?.date ?? null,
    dateEnd: date?.end ?? null,
    dateGranularity: date?.granularity ?? null,
  };
  const background = BACKGROUND_AT.exec(claimText.slice(clauseStart))?.index;
  const placeEnd = Math.min(clauseEnd, background === undefined ? Infinity : clauseStart + background);
  const placeIds = locativePlaces(claimText, mentions.filter((m) => m.start >= clauseStart && m.end <= placeEnd), index);
  return { statement, subjectId, targetId, placeIds, dateSpan: date };
}

/**
 * "Putin announced a special military operation", "объявил о начале специальной военной
 * операции": what a verb like announce takes is a thing, its object, and the class may be said
 * only with the verb ("launched / announced a military operation"; the operation alone only places
 * a sentence in the war). The claim that follows the verb directly is read with it.
 */
function announcedAct(claim: Claim, claimText: string): PredicateMatch | null {
  const verb = claim.said?.verb ?? '';
  const found = findPredicate(`${verb} ${claimText}`);
  if (!found || found.kind !== 'class' || found.start !== 0) return null;
  return { ...found, start: 0, end: Math.max(0, found.end - verb.length - 1), actor: null };
}

/** The claim is what a verb like announce takes, right after it ("announced a ...", not "announced that ..."). */
function announcesAThing(text: string, claim: Claim, offset: number): boolean {
  const verb = claim.said?.verb;
  return Boolean(verb && ANNOUNCES.test(verb) && text.slice(Math.max(0, offset - verb.length - 3), offset).trimEnd().endsWith(verb));
}

/**
 * A sentence that counts the people at a protest ("Общее количество участников составило около
 * 31 тысячи человек") claims the protest's size, the figure police and organisers dispute,
 * whatever its verb ("ўдзельнічала", "attracted"): it is a claim of the class `protest`, at the count.
 */
function countedClaim(claimText: string, quantities: Quantity[]): PredicateMatch | null {
  // A figure, not "hundreds" or "thousands": only a figure is disputed.
  const count = quantities.find((q) => q.unit === 'participants' && /\d/.test(q.text));
  if (!count) return null;
  const start = Math.max(0, claimText.indexOf(count.text.split(' ')[0] ?? ''));
  return { predicate: 'protest', start, end: start + count.text.length, kind: 'class', negated: false, actor: null };
}

/**
 * "Погибших нет.", "Жертв нет.", "Загиблих немає.": an official denial can be two words. A short
 * claim is kept when it has a claim class and negates it; short affirmations stay out, they are
 * mostly headings and captions ("Погибшие", "Удар по Киеву").
 */
function isShortDenial(claimText: string, lang: string | null): boolean {
  if (claimText.split(/\s+/).length < 2) return false;
  const found = findPredicate(claimText, { lang });
  return found !== null && !found.predicate.startsWith('verb:') && claimPolarity(claimText, found, null) === 'deny';
}

/** A question asks, it does not claim; "asked whether ..." is read as indirect speech instead. */
function isQuestion(claimText: string, claim: Claim): boolean {
  // "спросили Пескова, будет ли Россия ...", "запитали, чи ...", "zapytał, czy ...": an indirect question.
  if (/(?:^|,\s*)(?:чи|czy|дали|\p{L}+\s+(?:ли|ль))\s/iu.test(claimText)) return true;
  // "asked if X" asks; "warned that if X, Y" claims Y on a condition: only a clause that runs
  // to its end without a comma-separated consequence is a question.
  if (claim.attribution === 'indirect') return /^whether\s/i.test(claimText) || (/^if\s/i.test(claimText) && !/,\s*\p{L}+\s+(?:would|will|could|might|may|can|should)\s/iu.test(claimText));
  return /\?["”’»]?$/.test(claimText);
}

/** The modality of a claim's clause; "по данным X, ..." reports what X's data say. */
function modalityOf(claimText: string, claim: Claim, clauseStart: number, clauseEnd: number, predicate: PredicateMatch | null, lang: string | null) {
  const modality = claimModality(claimText.slice(clauseStart, clauseEnd), claim.sentence, claim.said !== null, (predicate?.start ?? clauseEnd) - clauseStart, lang);
  return modality === 'asserted' && claim.said?.reported ? 'reported' : modality;
}
