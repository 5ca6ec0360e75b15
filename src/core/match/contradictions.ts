import type { Analysis, Contradiction, ContradictionKind, ExtractedArticle, Quantity, Statement } from '../types';
import { GAZETTEER } from '../analyze';
import type { MatchCandidate } from './rankRelated';

type Query = { article: ExtractedArticle; analysis: Analysis };

const PREDICATE_LABELS: Record<string, string> = {
  attack: 'an attack', invade: 'an invasion', join_war: 'joining the war', send_troops: 'sending troops',
  deploy: 'a deployment', mobilise: 'a mobilisation', exercise: 'military exercises', strike: 'strikes',
  occupy: 'an occupation', negotiate: 'talks', visit: 'a visit', threaten: 'a threat', supply_weapons: 'supplying weapons',
  station_nuclear: 'stationing nuclear weapons', integrate: 'integration', defend: 'defence', agree: 'an agreement',
};
const MAX_CONTRADICTIONS = 20;

const hasSpeaker = (s: Statement) => s.speaker !== null && s.attribution !== 'narrative';

// A minister, an army and a president speak and act for their country: "Belarus" and
// "Alexander Lukashenko" are the same side of a claim.
const COUNTRY_NAME = new Map(GAZETTEER.filter((e) => e.type === 'country').map((e) => [e.country, e.name]));
const SIDE = new Map(GAZETTEER.map((e) => [e.name, e.type === 'country' ? e.name : COUNTRY_NAME.get(e.country ?? '') ?? e.name]));
const sideOf = (name: string) => SIDE.get(name) ?? name;

/** Both statements are about the same actor, or actors of the same country. */
function sameSubject(a: Statement, b: Statement): boolean {
  return a.subject !== null && b.subject !== null && sideOf(a.subject) === sideOf(b.subject);
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
  if (hasSpeaker(affirmation)) return 'opposing_claims';
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
  const what = PREDICATE_LABELS[a.predicate ?? ''] ?? (a.predicate ?? 'it').replace(/_/g, ' ');
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
  if (a.subject !== null && a.subject === b.subject) score += 0.2;
  if (a.target !== null && a.target === b.target) score += 0.1;
  if (a.attribution === 'direct' || b.attribution === 'direct') score += 0.1;
  return Math.min(1, Math.round(score * 100) / 100);
}

/**
 * Statement pairs that conflict: the same predicate about the same actor with opposite
 * polarity (a denial against a report, or two speakers at odds), or numbers that cannot both hold.
 */
export function findContradictions(query: Query, candidates: MatchCandidate[]): Contradiction[] {
  const found: Contradiction[] = [];
  for (const candidate of candidates) {
    if (candidate.article.url === query.article.url) continue;
    for (const a of query.analysis.statements) {
      if (!a.predicate) continue;
      for (const b of candidate.analysis.statements) {
        if (b.predicate !== a.predicate || !sameSubject(a, b)) continue;
        const numbers = numbersDisagree(a, b);
        const kind = polarityKind(a, b) ?? (numbers ? 'numbers_disagree' : null);
        if (!kind) continue;
        const { url, title, publishedAt } = candidate.article;
        found.push({
          kind,
          score: scoreOf(kind, a, b),
          statement: { text: a.text, speaker: a.speaker },
          other: { text: b.text, speaker: b.speaker, url, title, publishedAt },
          explanation: explain(kind, a, b, numbers),
        });
      }
    }
  }
  return found.sort((x, y) => y.score - x.score).slice(0, MAX_CONTRADICTIONS);
}
