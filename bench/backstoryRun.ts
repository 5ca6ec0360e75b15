// Backstory over a chronological list of articles, through the code the extension runs: each
// text analysed by the pipeline's analyzeText, checked with checkArticle against an ArchiveDB
// (on fake-indexeddb, as the command line does), then ingested (saved, as it were, on the day
// it was published). Checking before ingesting means the archive holds exactly the articles
// before it, in one pass.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { ArchiveDB, canonicalUrl, checkArticle, ingestArticle } from '../src/archive';
import { findContradictionsWithin } from '../src/core/match';
import { analyzeText } from '../src/core/pipeline';
import type { Contradiction, ContradictionKind } from '../src/core/types';

export interface RunDoc {
  id: string;
  url: string;
  publishedAt: string;
  /** "title\n\ntext" */
  raw: string;
}

/** One reported contradiction, both sides named by article id (null: not one of the run's). */
export interface ReportedPair {
  kind: ContradictionKind;
  query: { article: string; text: string; speaker: string | null };
  other: { article: string | null; text: string; speaker: string | null };
}

export interface QueryOutcome {
  id: string;
  /** Related reports, best first, as article ids (null: an address that is not one of the run's). */
  related: Array<{ id: string | null; sameEvent: boolean }>;
  contradictions: ReportedPair[];
  /** findContradictionsWithin on the article's own analysis. */
  within: ReportedPair[];
  /** The archive already held it (same address or same text): it was not added. */
  duplicateOf: string | null;
}

function pairOf(id: string, c: Contradiction, otherId: string | null): ReportedPair {
  return {
    kind: c.kind,
    query: { article: id, text: c.statement.text, speaker: c.statement.speaker },
    other: { article: otherId, text: c.other.text, speaker: c.other.speaker },
  };
}

/** Runs every doc in the given order; returns one outcome per doc, in that order. */
export async function runBackstory(docs: RunDoc[], name = 'bench-match'): Promise<QueryOutcome[]> {
  const db = new ArchiveDB(name, { indexedDB: new IDBFactory(), IDBKeyRange });
  const idOfUrl = new Map<string, string>();
  const idOf = (url: string) => idOfUrl.get(canonicalUrl(url)) ?? null;
  const outcomes: QueryOutcome[] = [];
  try {
    for (const doc of docs) {
      const analyzed = analyzeText(doc.raw, { url: doc.url, publishedAt: doc.publishedAt });
      const checked = await checkArticle(db, analyzed);
      const within = findContradictionsWithin({ article: analyzed.article, analysis: analyzed });
      const added = await ingestArticle(db, analyzed, { origin: 'imported', savedAt: `${doc.publishedAt.slice(0, 10)}T12:00:00.000Z` });
      let duplicateOf: string | null = null;
      if (added.status === 'added') idOfUrl.set(canonicalUrl(doc.url), doc.id);
      else duplicateOf = idOf(added.duplicateOf.url) ?? added.duplicateOf.url;
      outcomes.push({
        id: doc.id,
        related: checked.related.map((report) => ({ id: idOf(report.url), sameEvent: report.sameEvent })),
        contradictions: checked.contradictions.map((c) => pairOf(doc.id, c, idOf(c.other.url))),
        within: within.map((c) => pairOf(doc.id, c, doc.id)),
        duplicateOf,
      });
    }
  } finally {
    db.close();
  }
  return outcomes;
}
