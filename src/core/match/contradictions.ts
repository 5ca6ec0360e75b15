import type { Analysis, Contradiction, ContradictionKind, ExtractedArticle, Quantity } from '../types';
import { familyOf } from './acts';
import { claimsOf, type Claim } from './claims';
import { blameClash } from './blameClash';
import { controlChanged, controlClash } from './controlClash';
import { DISMISS } from './dismissals';
import { explain } from './explain';
import { firearmsClash } from './firearmsClash';
import { militaryTargetsClash } from './militaryTargetsClash';
import { numbersDisagree } from './numbers';
import { polarityKind, sameQuestion } from './pairKind';
import { pairScore } from './pairScore';
import type { MatchCandidate } from './rankRelated';

type Query = { article: ExtractedArticle; analysis: Analysis };

const MAX_CONTRADICTIONS = 20;

/**
 * A line: what one voice says about one question, however many times and in however many
 * articles it says it. Lukashenko's "we do not accept any war" in July and "he does not intend
 * to get involved" in October are one line; the article's own narration is one voice per article.
 */
const lineOf = (c: Claim) =>
  [c.voice, c.actor?.side ?? '', familyOf(c.act), c.polarity].join('|');

/** A conflict found; its explanation is written only for the pairs kept (`toContradiction`). */
export interface Pair { kind: ContradictionKind; score: number; a: Claim; b: Claim; numbers: [Quantity, Quantity] | null }

/** The conflict between two claims, or null when they agree or answer different questions. */
export function pairOf(a: Claim, b: Claim): Pair | null {
  let kind: ContradictionKind | null = controlClash(a, b) || blameClash(a, b) ? 'opposing_claims'
    : controlChanged(a, b) ? 'changed_position'
    : firearmsClash(a, b) ?? militaryTargetsClash(a, b) ?? (sameQuestion(a, b) ? polarityKind(a, b) : null);
  let numbers = null;
  if (!kind) {
    // "Russia lost 300" and "Ukraine lost 50" count two things; two tolls of one strike named at
    // one town count one, whoever each report says fired (or guesses from its speaker).
    const oneTown = a.place !== null && a.place === b.place && !a.place.startsWith('country:');
    const actorsClash = !oneTown && a.actor && b.actor && a.actor.side !== b.actor.side;
    numbers = actorsClash ? null : numbersDisagree(a, b);
    if (numbers) kind = 'numbers_disagree';
  }
  if (!kind) return null;
  return { kind, score: pairScore(kind, a, b), a, b, numbers };
}

/**
 * Every conflict once: each line on either side answered by its best counterpart only, best
 * pairs first. A denial Lukashenko repeats in three archived reports is one contradiction of
 * this article's claim, not three, and this article's report is set against the one denial
 * that answers it best, not against every official who ever denied it. A dismissal in this
 * article is set against each archived report of its place, once per voice: the Kremlin's
 * "staged" answers the Ukrainian and the English report of Bucha alike; a report in this article
 * is answered once by each voice that dismissed it (the Kremlin, the ministry). A count is set
 * against each other voice's count: the police's 31,000 marchers disagree with the rights
 * group's 100,000 and with an outlet's own "more than 100,000", each a source of its own.
 */
const answeredByEachVoice = (pair: Pair) => pair.a.act === DISMISS || pair.kind === 'numbers_disagree';

function keepOnce(pairs: Pair[]): Pair[] {
  const kept: Pair[] = [];
  const used = new Set<string>();
  for (const pair of pairs.sort((x, y) => y.score - x.score)) {
    const mine = `a:${lineOf(pair.a)}${answeredByEachVoice(pair) ? `|${pair.b.voice}` : ''}`;
    const other = `b:${lineOf(pair.b)}|${pair.b.article.url}`;
    if (used.has(mine) || used.has(other)) continue;
    used.add(mine).add(other);
    kept.push(pair);
  }
  return kept;
}

function toContradiction(pair: Pair): Contradiction {
  const { a, b } = pair;
  return {
    kind: pair.kind,
    score: pair.score,
    statement: { text: a.statement.text, speaker: a.statement.speaker },
    other: {
      text: b.statement.text, speaker: b.statement.speaker,
      url: b.article.url, title: b.article.title, publishedAt: b.article.publishedAt,
    },
    explanation: explain(pair.kind, a, b, pair.numbers),
  };
}

/**
 * Statement pairs of this article and the candidates that answer one question (the same act by
 * the same side against the same target or place, within months) and conflict: a denial
 * against a report, two sides' opposing claims, one speaker at two dates, or two counts of one
 * event that cannot both hold. Cost: statement pairs of the given candidates only, so callers
 * pass the top related reports, never the archive. `mine`: the query's claims (claimsOf), when
 * the caller read them already.
 */
export function findContradictions(query: Query, candidates: MatchCandidate[], mine: Claim[] = claimsOf(query.article, query.analysis)): Contradiction[] {
  const pairs: Pair[] = [];
  for (const candidate of candidates) {
    if (candidate.article.url === query.article.url) continue;
    for (const b of claimsOf(candidate.article, candidate.analysis)) {
      for (const a of mine) {
        const pair = pairOf(a, b);
        if (pair) pairs.push(pair);
      }
    }
  }
  return keepOnce(pairs).slice(0, MAX_CONTRADICTIONS).map(toContradiction);
}

/** Conflicts inside one article: a denial it quotes against what it reports. `other` is the same article. */
export function findContradictionsWithin(query: Query): Contradiction[] {
  const claims = claimsOf(query.article, query.analysis);
  const pairs: Pair[] = [];
  claims.forEach((a, i) => {
    for (const b of claims.slice(i + 1)) {
      const pair = pairOf(a, b);
      if (pair) pairs.push(pair);
    }
  });
  return keepOnce(pairs).slice(0, MAX_CONTRADICTIONS).map(toContradiction);
}
