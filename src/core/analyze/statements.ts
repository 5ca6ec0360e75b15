import type { Attribution, Statement } from '../types';
import { indirectSpeech, quoteSpeaker, type Attributed } from './attribution';
import { claimModality, claimPolarity } from './claimFeatures';
import { findDate } from './dates';
import { mentionsWithin, type EntityIndex } from './entities';
import { gazetteerEntry } from './gazetteer';
import { findPredicate } from './predicates';
import { findQuantities } from './quantities';
import { findDirectQuotes, type DirectQuote } from './quotes';
import { splitSentences } from './sentences';
import { isProse, nearestPersonBefore, type Speaker } from './speakers';

/** A statement with what the event builder needs: entity ids instead of display names. */
export interface StatementWithIds {
  statement: Statement;
  subjectId: string | null;
  targetId: string | null;
  placeIds: string[];
}

interface Claim {
  start: number;
  end: number;
  sentence: string;
  attribution: Attribution;
  said: Attributed | null;
}

const MIN_CLAIM_WORDS = 4;
/** A sentence mostly inside a direct quote is that quote's attribution, not a claim of its own. */
const QUOTED_SHARE = 0.3;
const CLAUSE_BOUNDARY = /[,;:—–]|\s(?:that|whether|while|but|which|who)\s/giu;

/** "has sworn that A and that B": two claims. */
function coordinatedClauses(sentence: string, from: number, to: number): Array<[number, number]> {
  const parts: Array<[number, number]> = [];
  const splitter = /,?\s+and that\s+/giu;
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
const ACTOR_TYPES = new Set(['person', 'country', 'organization', 'unit']);

export function extractStatements(text: string, index: EntityIndex, publishedAt: string | null): StatementWithIds[] {
  const quotes = findDirectQuotes(text);
  const claims = [...quoteClaims(text, quotes, index), ...sentenceClaims(text, quotes, index)];
  claims.sort((a, b) => a.start - b.start);
  const seen = new Set<string>();
  const statements: StatementWithIds[] = [];
  for (const claim of claims) {
    const built = buildStatement(text, claim, index, publishedAt, `s${statements.length + 1}`);
    if (!built || seen.has(built.statement.text)) continue;
    seen.add(built.statement.text);
    statements.push(built);
  }
  return statements;
}

function quoteClaims(text: string, quotes: DirectQuote[], index: EntityIndex): Claim[] {
  const claims: Claim[] = [];
  let previous: { quote: DirectQuote; said: Attributed | null } | null = null;
  for (const quote of quotes) {
    let said = quoteSpeaker(text, quote, index);
    // A quote running over paragraphs opens each one with a mark and closes only the last.
    if (!said && previous && !previous.quote.closed && text.slice(previous.quote.outerEnd, quote.outerStart).trim() === '') {
      said = previous.said;
    }
    previous = { quote, said };
    if (!said) continue;
    const sentence = text.slice(quote.start, quote.end);
    for (const part of splitSentences(sentence)) {
      claims.push({ start: quote.start + part.start, end: quote.start + part.end, sentence, attribution: 'direct', said });
    }
  }
  return claims;
}

function sentenceClaims(text: string, quotes: DirectQuote[], index: EntityIndex): Claim[] {
  const claims: Claim[] = [];
  for (const sentence of splitSentences(text)) {
    const quoted = quotes.reduce((sum, q) => sum + Math.max(0, Math.min(q.outerEnd, sentence.end) - Math.max(q.outerStart, sentence.start)), 0);
    if (quoted > (sentence.end - sentence.start) * QUOTED_SHARE) continue;
    const speech = indirectSpeech(sentence.text, sentence.start, text, index);
    if (speech) {
      for (const [from, to] of coordinatedClauses(sentence.text, speech.claimStart, speech.claimEnd)) {
        claims.push({ start: sentence.start + from, end: sentence.start + to, sentence: sentence.text, attribution: 'indirect', said: speech });
      }
    } else if (isProse(text, sentence.start)) {
      claims.push({ start: sentence.start, end: sentence.end, sentence: sentence.text, attribution: 'narrative', said: null });
    }
  }
  return claims;
}

function buildStatement(text: string, claim: Claim, index: EntityIndex, publishedAt: string | null, id: string): StatementWithIds | null {
  const claimText = text.slice(claim.start, claim.end).trim().replace(/[,;:]+$/, '').replace(/^[,;:\s]+/, '');
  if (claimText.split(/\s+/).length < MIN_CLAIM_WORDS) return null;
  const predicate = findPredicate(claimText);
  if (claim.attribution === 'narrative' && !predicate) return null;
  const speaker = claim.said?.speaker ?? null;
  const mentions = mentionsWithin(index, claim.start, claim.end).map((m) => ({ ...m, start: m.start - claim.start, end: m.end - claim.start }));
  const actors = mentions.filter((m) => ACTOR_TYPES.has(index.typeOf(m.entityId)));
  const [clauseStart, clauseEnd] = predicate ? clauseAround(claimText, predicate.start, predicate.end) : [0, claimText.length];
  const inClause = actors.filter((m) => m.start >= clauseStart && m.end <= (predicate?.start ?? clauseEnd));
  const beforePredicate = actors.filter((m) => m.end <= (predicate?.start ?? 0) && canBeSubject(claimText, m));
  const subjectId = inClause[inClause.length - 1]?.entityId ?? impliedSubject(claimText, claim, speaker, index, text)
    ?? beforePredicate[beforePredicate.length - 1]?.entityId ?? actors[0]?.entityId ?? null;
  const targetId = predicate ? mentions.find((m) => m.start >= predicate.end && m.entityId !== subjectId)?.entityId ?? null : null;
  const statement: Statement = {
    id,
    text: claimText,
    speaker: speaker?.name ?? null,
    attribution: claim.attribution,
    polarity: claimPolarity(claimText, predicate, claim.said?.verb ?? null),
    modality: claimModality(claimText.slice(clauseStart, clauseEnd), claim.sentence, speaker !== null, (predicate?.start ?? clauseEnd) - clauseStart),
    predicate: predicate?.predicate ?? null,
    subject: subjectId ? index.nameOf(subjectId) : null,
    target: targetId ? index.nameOf(targetId) : null,
    quantities: findQuantities(claimText),
    date: findDate(claimText, publishedAt) ?? findDate(claim.sentence, publishedAt),
  };
  const placeIds = mentions.filter((m) => index.typeOf(m.entityId) === 'place').map((m) => m.entityId);
  return { statement, subjectId, targetId, placeIds };
}

/** "Russia's closest ally" and "elements of the Belarusian army" name a modifier, not who acts. */
function canBeSubject(claimText: string, mention: { start: number; end: number }): boolean {
  const after = claimText.slice(mention.end, mention.end + 2);
  const before = claimText.slice(Math.max(0, mention.start - 12), mention.start);
  return !/^['’]/.test(after) && !/\b(?:of|by|with|from|for|to)\s+(?:the\s+)?$/i.test(before);
}

/** "We ..." in a minister's mouth is his country; "he ..." is the speaker or the last person named. */
function impliedSubject(claimText: string, claim: Claim, speaker: Speaker | null, index: EntityIndex, text: string): string | null {
  const firstWord = (claimText.split(/\s+/)[0] ?? '').toLowerCase();
  if ((firstWord === 'we' || firstWord === 'our') && speaker?.entityId) {
    const country = gazetteerEntry(speaker.entityId)?.country;
    return country && gazetteerEntry(`country:${country}`) ? `country:${country}` : speaker.entityId;
  }
  if (firstWord === 'i' && speaker?.entityId) return speaker.entityId;
  if (firstWord === 'he' || firstWord === 'she') {
    if (claim.attribution === 'indirect' && speaker?.entityId) return speaker.entityId;
    return nearestPersonBefore(index, text, claim.start, firstWord)?.entityId ?? null;
  }
  return null;
}
