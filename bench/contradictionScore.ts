// Reported contradictions against the labelled ones. Labels are not exhaustive, so a reported
// pair that matches no label is only counted wrong where a labeller compared those two
// articles (a contradiction or `agree` label names both): there, every conflict they saw was
// written down. A pair between two articles that each carry labels but were never compared
// counts wrong only in the strict precision; any other pair is unjudged and counted apart (with
// how many of them join two different stories), so a high precision on few judged pairs shows
// as such. See bench/README.md.
import type { ContradictionKind, HardNegative, LabelledContradiction } from '../devset/types';
import type { QueryOutcome, ReportedPair } from './backstoryRun';
import { pairKey, pairMatches } from './pairMatch';

export const KINDS: ContradictionKind[] = ['denial_vs_report', 'opposing_claims', 'changed_position', 'numbers_disagree'];

export interface KindFigures { labels: number; found: number; reported: number; matched: number; wrong: number }

export interface ContradictionFigures {
  queries: number;
  reported: number;
  matched: number;
  /** Unmatched pairs between two articles a labeller compared. */
  wrong: number;
  /** Unmatched pairs between two labelled articles never compared: wrong in the strict precision only. */
  strictWrong: number;
  unjudged: number;
  /** Of the unjudged, pairs between articles of two different stories: most likely wrong. */
  acrossStories: number;
  labels: number;
  found: number;
  /** Found labels reported with the labelled kind. */
  kindRight: number;
  /** Article pairs with a cross-article label, and those with any contradiction reported between them (whatever sentences). */
  labelledPairs: number;
  pairsWithReport: number;
  byKind: Record<ContradictionKind, KindFigures>;
  withinLabels: number;
  withinFound: number;
  agree: number;
  agreeViolated: number;
}

export interface ContradictionDetails { missed: LabelledContradiction[]; wrong: ReportedPair[]; strictWrong: ReportedPair[]; unjudged: ReportedPair[]; violated: HardNegative[] }

/** Which article pairs were compared by a labeller, and which articles carry any label. */
export function judgement(labels: LabelledContradiction[], negatives: HardNegative[]) {
  const compared = new Set<string>();
  const labelled = new Set<string>();
  for (const side of [...labels, ...negatives.flatMap((n) => ('a' in n ? [n] : []))]) {
    compared.add(pairKey(side.a.article, side.b.article));
    labelled.add(side.a.article).add(side.b.article);
  }
  return { compared, labelled };
}

/** `labels` and `agree` are those whose later article is one of `outcomes`' queries. */
export function scoreContradictions(
  outcomes: QueryOutcome[],
  labels: LabelledContradiction[],
  agree: Array<Extract<HardNegative, { type: 'agree' }>>,
  judged: ReturnType<typeof judgement>,
  storyOf: (id: string) => string | undefined,
): { figures: ContradictionFigures; details: ContradictionDetails } {
  const byKind = Object.fromEntries(KINDS.map((k) => [k, { labels: 0, found: 0, reported: 0, matched: 0, wrong: 0 }])) as Record<ContradictionKind, KindFigures>;
  const f: ContradictionFigures = { queries: outcomes.length, reported: 0, matched: 0, wrong: 0, strictWrong: 0, unjudged: 0, acrossStories: 0, labels: 0, found: 0, kindRight: 0, labelledPairs: 0, pairsWithReport: 0, byKind, withinLabels: 0, withinFound: 0, agree: agree.length, agreeViolated: 0 };
  const details: ContradictionDetails = { missed: [], wrong: [], strictWrong: [], unjudged: [], violated: [] };
  const reported = outcomes.flatMap((o) => o.contradictions);
  const within = outcomes.flatMap((o) => o.within);
  const cross = labels.filter((l) => l.a.article !== l.b.article);
  for (const label of labels.filter((l) => l.a.article === l.b.article)) {
    f.withinLabels++;
    if (within.some((pair) => pairMatches(pair, label.a, label.b))) f.withinFound++;
    else details.missed.push(label);
  }
  for (const label of cross) {
    f.labels++;
    byKind[label.kind].labels++;
    const hits = reported.filter((pair) => pairMatches(pair, label.a, label.b));
    if (hits.length === 0) details.missed.push(label);
    else {
      f.found++;
      byKind[label.kind].found++;
      if (hits.some((pair) => pair.kind === label.kind)) f.kindRight++;
    }
  }
  const reportedPairs = new Set(reported.flatMap((pair) => (pair.other.article ? [pairKey(pair.query.article, pair.other.article)] : [])));
  const labelledPairs = new Set(cross.map((label) => pairKey(label.a.article, label.b.article)));
  f.labelledPairs = labelledPairs.size;
  f.pairsWithReport = [...labelledPairs].filter((key) => reportedPairs.has(key)).length;
  for (const pair of reported) {
    f.reported++;
    const kind = byKind[pair.kind];
    kind.reported++;
    if (cross.some((label) => pairMatches(pair, label.a, label.b))) {
      f.matched++;
      kind.matched++;
      continue;
    }
    const other = pair.other.article;
    if (other !== null && judged.compared.has(pairKey(pair.query.article, other))) {
      f.wrong++;
      kind.wrong++;
      details.wrong.push(pair);
    } else if (other !== null && judged.labelled.has(pair.query.article) && judged.labelled.has(other)) {
      f.strictWrong++;
      details.strictWrong.push(pair);
    }
    else {
      f.unjudged++;
      details.unjudged.push(pair);
      if (other !== null && storyOf(other) !== storyOf(pair.query.article)) f.acrossStories++;
    }
  }
  for (const negative of agree) {
    if (!reported.some((pair) => pairMatches(pair, negative.a, negative.b))) continue;
    f.agreeViolated++;
    details.violated.push(negative);
  }
  return { figures: f, details };
}
