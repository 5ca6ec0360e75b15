// Related reports against the story labels. Wanted for a query: the articles of its story that
// were in the archive when it was checked. Only queries with at least one wanted article count.
//   recall@5    mean over queries of |top five ∩ wanted| / min(5, |wanted|): 1 when the five
//               places hold as many wanted articles as they can.
//   precision@5 pooled: wanted articles among all returned top-five items of those queries
//               (a query returning three items adds three; one returning none adds nothing).
//   same-event first: queries with an earlier article of the same labelled event whose first
//               result is one of them.

export interface ScoredDoc {
  id: string;
  story: string;
  event: string | null;
}

export interface RankedQuery {
  id: string;
  /** Best first; null ids are addresses outside the set. */
  related: Array<{ id: string | null }>;
}

export interface RelatedFigures {
  queries: number;
  recall: number;
  precision: number;
  returned: number;
  sameEventQueries: number;
  sameEventFirst: number;
}

export interface RelatedMiss {
  id: string;
  missed: string[];
  wrong: string[];
  /** An earlier article of the query's event exists, and the first result is not one: what came first. */
  sameEventNotFirst?: string | null;
}

export const TOP = 5;

/** `earlier(id)`: the ids that were in the archive when `id` was checked. */
export function scoreRelated(
  queries: RankedQuery[],
  docs: Map<string, ScoredDoc>,
  earlier: (id: string) => string[],
): { figures: RelatedFigures; misses: RelatedMiss[] } {
  let counted = 0, recallSum = 0, hits = 0, returned = 0, sameEventQueries = 0, sameEventFirst = 0;
  const misses: RelatedMiss[] = [];
  for (const query of queries) {
    const doc = docs.get(query.id)!;
    const before = earlier(query.id).map((id) => docs.get(id)!);
    const wanted = new Set(before.filter((d) => d.story === doc.story).map((d) => d.id));
    const top = query.related.slice(0, TOP).map((r) => r.id);
    let sameEventNotFirst: string | null | undefined;
    if (doc.event !== null && before.some((d) => d.event === doc.event)) {
      sameEventQueries++;
      const first = top[0] ? docs.get(top[0]) : undefined;
      if (first?.event === doc.event) sameEventFirst++;
      else sameEventNotFirst = top[0] ?? null;
    }
    if (wanted.size === 0) {
      if (sameEventNotFirst !== undefined) misses.push({ id: query.id, missed: [], wrong: [], sameEventNotFirst });
      continue;
    }
    counted++;
    const found = top.filter((id) => id !== null && wanted.has(id)).length;
    recallSum += found / Math.min(TOP, wanted.size);
    hits += found;
    returned += top.length;
    const wrong = top.map((id) => id ?? '(outside the set)').filter((id) => !wanted.has(id));
    const missed = found < Math.min(TOP, wanted.size) ? [...wanted].filter((id) => !top.includes(id)) : [];
    if (wrong.length || missed.length || sameEventNotFirst !== undefined) misses.push({ id: query.id, missed, wrong, sameEventNotFirst });
  }
  return {
    figures: {
      queries: counted,
      recall: counted ? recallSum / counted : NaN,
      precision: returned ? hits / returned : NaN,
      returned,
      sameEventQueries,
      sameEventFirst,
    },
    misses,
  };
}

/** Related reports flagged sameEvent, and how many of those are labelled with the query's event. */
export function scoreSameEventFlags(
  queries: Array<{ id: string; related: Array<{ id: string | null; sameEvent: boolean }> }>,
  docs: Map<string, ScoredDoc>,
): { flagged: number; right: number } {
  let flagged = 0, right = 0;
  for (const query of queries) {
    const event = docs.get(query.id)?.event ?? null;
    for (const report of query.related.filter((r) => r.sameEvent)) {
      flagged++;
      if (event !== null && report.id !== null && docs.get(report.id)?.event === event) right++;
    }
  }
  return { flagged, right };
}
