import type { Analysis, Contradiction, ContradictionKind, ExtractedArticle, Quantity, Statement } from '../types';
import { GAZETTEER } from '../analyze';
import type { MatchCandidate } from './rankRelated';

type Query = { article: ExtractedArticle; analysis: Analysis };

const PREDICATE_LABELS: Record<string, string> = {
  attack: 'an attack', invade: 'an invasion', join_war: 'joining the war', send_troops: 'sending troops',
  deploy: 'a deployment', mobilise: 'a mobilisation', exercise: 'military exercises', strike: 'strikes',
  occupy: 'an occupation', negotiate: 'talks', visit: 'a visit', threaten: 'a threat', supply_weapons: 'supplying weapons',
  station_nuclear: 'stationing nuclear weapons', integrate: 'integration', defend: 'defence', agree: 'an agreement',
  war: 'taking part in the war',
};
/** A statement set against every wording of one speaker's line says the same thing many times. */
const MAX_PAIRS_PER_SPEAKER = 2;
const MAX_CONTRADICTIONS = 20;

const hasSpeaker = (s: Statement) => s.speaker !== null && s.attribution !== 'narrative';

// A minister, an army and a president speak and act for their country: "Belarus" and
// "Alexander Lukashenko" are the same side of a claim.
const COUNTRY_NAME = new Map(GAZETTEER.filter((e) => e.type === 'country').map((e) => [e.country, e.name]));
const SIDE = new Map(GAZETTEER.map((e) => [e.name, e.type === 'country' ? e.name : COUNTRY_NAME.get(e.country ?? '') ?? e.name]));
const sideOf = (name: string) => SIDE.get(name) ?? name;

/**
 * Predicates that one denial answers together: "we are not going to attack anyone" and "no
 * troops will be sent" deny what "Belarus served as a launch pad" or "could join the war"
 * affirm, taking part in the war.
 */
const PREDICATE_FAMILY: Record<string, string> = {
  attack: 'war', invade: 'war', join_war: 'war', send_troops: 'war', strike: 'war',
};
const familyOf = (predicate: string | null) => (predicate ? PREDICATE_FAMILY[predicate] ?? predicate : null);
/** Acts that are about a territory more than about who does them: "runs Belarus" and "annexation of Belarus". */
const TERRITORIAL = new Set(['occupy', 'integrate']);

/** Both statements are about the same act by the same actor (or the same country's). */
function sameClaim(a: Statement, b: Statement): boolean {
  if (!a.predicate || familyOf(a.predicate) !== familyOf(b.predicate)) return false;
  if (a.subject !== null && b.subject !== null && sideOf(a.subject) === sideOf(b.subject)) return true;
  return TERRITORIAL.has(a.predicate) && a.target !== null && b.target !== null && sideOf(a.target) === sideOf(b.target);
}

const isHedged = (s: Statement) => s.modality === 'possibility' || s.modality === 'prediction';

/** An affirmation that states a fact, not a guess: what a denial can contradict. */
const isFactual = (s: Statement) => s.modality === 'asserted' || s.modality === 'reported';

function polarityKind(a: Statement, b: Statement): ContradictionKind | null {
  if (a.polarity === b.polarity) return null;
  const [denial, affirmation] = a.polarity === 'deny' ? [a, b] : [b, a];
  // A hedged denial ("no attack is likely imminent") is a forecast, not a denial of anything
  // another report can state as fact.
  if (!hasSpeaker(denial) || isHedged(denial)) return null;
  // A forecast ("it would be an unpopular step for him to commit troops") claims no act either.
  if (affirmation.modality === 'prediction') return null;
  if (hasSpeaker(affirmation)) {
    // A president and his minister glossing each other are one side, not a dispute.
    return sideOf(denial.speaker as string) === sideOf(affirmation.speaker as string) ? null : 'opposing_claims';
  }
  return isFactual(affirmation) ? 'denial_vs_report' : null;
}

function disjoint(a: Quantity, b: Quantity): boolean {
  const aMin = a.min ?? -Infinity;
  const aMax = a.max ?? Infinity;
  const bMin = b.min ?? -Infinity;
  const bMax = b.max ?? Infinity;
  return aMax < bMin || bMax < aMin;
}

function numbersDisagree(a: Statement, b: Statement): [Quantity, Quantity] | null {
  if (a.polarity !== 'affirm' || b.polarity !== 'affirm') return null;
  for (const qa of a.quantities) {
    const qb = b.quantities.find((q) => q.unit === qa.unit && disjoint(qa, q));
    if (qb) return [qa, qb];
  }
  return null;
}

function who(s: Statement, fallback: string): string {
  return hasSpeaker(s) ? (s.speaker as string) : fallback;
}

function explain(kind: ContradictionKind, a: Statement, b: Statement, numbers: [Quantity, Quantity] | null): string {
  const label = a.predicate === b.predicate ? a.predicate : familyOf(a.predicate);
  const what = PREDICATE_LABELS[label ?? ''] ?? (label ?? 'it').replace(/_/g, ' ');
  const about = a.subject && a.subject !== a.speaker ? ` by ${a.subject}` : '';
  if (kind === 'numbers_disagree' && numbers) {
    return `This article gives ${numbers[0].text} for ${what}${about}; the other report gives ${numbers[1].text}.`;
  }
  const [denial, affirmation] = a.polarity === 'deny' ? [a, b] : [b, a];
  const denier = who(denial, denial === a ? 'this article' : 'the other report');
  const affirmer = who(affirmation, affirmation === a ? 'this article' : 'the other report');
  return `${denier} denies ${what}${about}, while ${affirmer} ${hasSpeaker(affirmation) ? 'says' : 'reports'} otherwise.`;
}

function scoreOf(kind: ContradictionKind, a: Statement, b: Statement): number {
  let score = kind === 'numbers_disagree' ? 0.5 : 0.6;
  if (a.predicate !== b.predicate) score -= 0.1;
  if (a.subject !== null && a.subject === b.subject) score += 0.2;
  if (a.target !== null && a.target === b.target) score += 0.1;
  if (a.attribution === 'direct' || b.attribution === 'direct') score += 0.1;
  return Math.min(1, Math.round(score * 100) / 100);
}

interface Side { statements: Statement[]; url: string; title: string; publishedAt: string | null }

function contradictionsBetween(query: Statement[], other: Side, sameArticle: boolean): Contradiction[] {
  const found: Contradiction[] = [];
  for (const [i, a] of query.entries()) {
    const pairs: Contradiction[] = [];
    for (const [j, b] of other.statements.entries()) {
      if ((sameArticle && j <= i) || !sameClaim(a, b)) continue;
      // A speaker is not at odds with himself: that is a quote and its gloss, or two wordings of one line.
      if (a.speaker !== null && a.speaker === b.speaker) continue;
      const numbers = a.predicate === b.predicate ? numbersDisagree(a, b) : null;
      const kind = polarityKind(a, b) ?? (numbers ? 'numbers_disagree' : null);
      if (!kind) continue;
      pairs.push({
        kind,
        score: scoreOf(kind, a, b),
        statement: { text: a.text, speaker: a.speaker },
        other: { text: b.text, speaker: b.speaker, url: other.url, title: other.title, publishedAt: other.publishedAt },
        explanation: explain(kind, a, b, numbers),
      });
    }
    const kept = new Map<string | null, number>();
    const quoted = (c: Contradiction) => Number(other.statements.find((st) => st.text === c.other.text)?.attribution === 'direct');
    for (const pair of pairs.sort((x, y) => y.score - x.score || quoted(y) - quoted(x))) {
      const count = kept.get(pair.other.speaker) ?? 0;
      if (count >= MAX_PAIRS_PER_SPEAKER) continue;
      kept.set(pair.other.speaker, count + 1);
      found.push(pair);
    }
  }
  return found;
}

/**
 * Statement pairs that conflict: the same act (or one of the same family) by the same actor
 * with opposite polarity (a denial against a report, or two speakers at odds), or numbers that
 * cannot both hold.
 */
export function findContradictions(query: Query, candidates: MatchCandidate[]): Contradiction[] {
  const found = candidates
    .filter((candidate) => candidate.article.url !== query.article.url)
    .flatMap((candidate) => contradictionsBetween(query.analysis.statements, { statements: candidate.analysis.statements, ...candidate.article }, false));
  return found.sort((x, y) => y.score - x.score).slice(0, MAX_CONTRADICTIONS);
}

/** Conflicts inside one article: a denial it quotes against what it reports. `other` is the same article. */
export function findContradictionsWithin(query: Query): Contradiction[] {
  const { statements } = query.analysis;
  const found = contradictionsBetween(statements, { statements, ...query.article }, true);
  return found.sort((x, y) => y.score - x.score).slice(0, MAX_CONTRADICTIONS);
}
