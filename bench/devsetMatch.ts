// Backstory and the BM25 baseline over the development set, scored per split and language
// (the query's, that is the later article's). Every article is checked against all articles
// before it, whatever their split: the other stories are the distractors a reader's archive
// holds. Labels whose articles are not both materialised are left out and counted.
import type { HardNegative, LabelledContradiction, Split } from '../devset/types';
import { runBackstory, type QueryOutcome } from './backstoryRun';
import { runBaseline } from './bm25Baseline';
import { judgement, scoreContradictions, type ContradictionDetails, type ContradictionFigures } from './contradictionScore';
import { byDate, distinctAddresses, langOrder, type DevCorpus, type DevDoc } from './devsetDocs';
import { scoreRelated, scoreSameEventFlags, type RelatedFigures, type RelatedMiss } from './relatedScore';

export interface GroupFigures {
  split: Split;
  lang: string;
  backstory: RelatedFigures;
  baseline: RelatedFigures;
  sameEventFlags: { flagged: number; right: number };
  contradictions: ContradictionFigures;
  differentEvent: number;
  differentEventViolated: number;
}

export interface GroupDetails { related: RelatedMiss[]; contradictions: ContradictionDetails; differentEvent: HardNegative[] }

export interface DevsetResult {
  groups: GroupFigures[];
  /** Misses and false pairs, per group: only ever shown for the tune split. */
  details: Map<string, GroupDetails>;
  labelsLeftOut: number;
  duplicates: number;
  /** Articles whose label address is another's once its fragment is dropped. */
  sharedAddresses: number;
  /** Wall time of the Backstory pass (analyse, check, ingest every article) and of the baseline's. */
  backstoryMs: number;
  baselineMs: number;
}

export async function runDevset(corpus: DevCorpus, splits: Split[]): Promise<DevsetResult> {
  const start = performance.now();
  const addresses = distinctAddresses(corpus.docs);
  const order = byDate(corpus.docs).map((doc) => ({ ...doc, url: addresses.urls.get(doc.id)! }));
  const position = new Map(order.map((doc, i) => [doc.id, i]));
  const docs = new Map<string, DevDoc>(order.map((doc) => [doc.id, doc]));
  const outcomes = await runBackstory(order);
  const backstoryMs = performance.now() - start;
  const baseline = runBaseline(order);
  const baselineMs = performance.now() - start - backstoryMs;
  const archived = order.filter((_, i) => outcomes[i]!.duplicateOf === null).map((doc) => doc.id);
  const earlier = (id: string) => archived.filter((other) => position.get(other)! < position.get(id)!);
  const later = (x: string, y: string) => (position.get(x)! > position.get(y)! ? x : y);
  const known = (...ids: string[]) => ids.every((id) => position.has(id));
  const labels = corpus.set.contradictions.filter((l) => known(l.a.article, l.b.article));
  const agree = corpus.set.hardNegatives.flatMap((n) => (n.type === 'agree' && known(n.a.article, n.b.article) ? [n] : []));
  const differentEvent = corpus.set.hardNegatives.flatMap((n) => (n.type === 'different_event' && known(...n.articles) ? [n] : []));
  const judged = judgement(labels, agree);

  const groups: GroupFigures[] = [];
  const details = new Map<string, GroupDetails>();
  for (const split of splits) {
    const langs = [...new Set(order.filter((d) => d.split === split).map((d) => d.lang))].sort(langOrder);
    for (const lang of [...langs, 'all']) {
      const inGroup = (id: string) => docs.get(id)!.split === split && (lang === 'all' || docs.get(id)!.lang === lang);
      const queries = outcomes.filter((o) => inGroup(o.id));
      const related = scoreRelated(queries, docs, earlier);
      const baseFigures = scoreRelated(baseline.filter((q) => inGroup(q.id)), docs, earlier).figures;
      const groupLabels = labels.filter((l: LabelledContradiction) => inGroup(later(l.a.article, l.b.article)));
      const groupAgree = agree.filter((n) => inGroup(later(n.a.article, n.b.article)));
      const contradictions = scoreContradictions(queries, groupLabels, groupAgree, judged, (id) => docs.get(id)?.story);
      const groupDifferent = differentEvent.filter((n) => inGroup(later(...n.articles)));
      const violated = groupDifferent.filter((n) => sameEventMarked(outcomes[position.get(later(...n.articles))!]!, n.articles));
      groups.push({
        split, lang, backstory: related.figures, baseline: baseFigures, sameEventFlags: scoreSameEventFlags(queries, docs),
        contradictions: contradictions.figures, differentEvent: groupDifferent.length, differentEventViolated: violated.length,
      });
      details.set(`${split}/${lang}`, { related: related.misses, contradictions: contradictions.details, differentEvent: violated });
    }
  }
  const labelsLeftOut = corpus.set.contradictions.length - labels.length;
  const duplicates = outcomes.filter((o) => o.duplicateOf !== null).length;
  return { groups, details, labelsLeftOut, duplicates, sharedAddresses: addresses.shared, backstoryMs, baselineMs };
}

/** The later article's check marked the earlier one as the same event. */
function sameEventMarked(outcome: QueryOutcome, pair: [string, string]): boolean {
  const earlier = pair[0] === outcome.id ? pair[1] : pair[0];
  return outcome.related.some((r) => r.id === earlier && r.sameEvent);
}
