// The seeds (../shared/seeds) as a second set: each seed checked against the seeds dated
// before it, like the development set, and scored against gold.json: its cross-article pairs,
// its pairs inside one article (findContradictionsWithin on that article's analysis), the
// related report that should come first, and how many cross-article pairs are reported in all.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { SEEDS_DIR, seedGold, seedIndex, seedRaw } from '../tests/support/seeds';
import { runBackstory, type QueryOutcome, type RunDoc } from './backstoryRun';
import { byDate } from './devsetDocs';
import { pairMatches } from './pairMatch';

/** Cross-article pairs the seeds may report in all: the five gold ones and one to spare. */
export const SEED_PAIR_TARGET = 6;

export interface SeedFigures {
  gold: number;
  found: number;
  kindRight: number;
  within: number;
  withinFound: number;
  reported: number;
  reportedMatchingGold: number;
  target: number;
  firstRelated: Array<{ query: string; expected: string; got: string | null; sameEvent: boolean }>;
  missed: string[];
}

export async function runSeeds(): Promise<SeedFigures> {
  const docs: RunDoc[] = byDate(seedIndex().map((entry) => ({
    id: entry.file,
    url: pathToFileURL(path.join(SEEDS_DIR, entry.file)).href,
    publishedAt: entry.publishedAt,
    raw: seedRaw(entry.file),
  })));
  const outcomes = await runBackstory(docs, 'bench-match-seeds');
  return scoreSeeds(outcomes);
}

function scoreSeeds(outcomes: QueryOutcome[]): SeedFigures {
  const gold = seedGold();
  const reported = outcomes.flatMap((o) => o.contradictions);
  const missed: string[] = [];
  let found = 0, kindRight = 0, withinFound = 0;
  for (const pair of gold.contradictions) {
    const a = { article: pair.a.page, quote: pair.a.quote };
    const b = { article: pair.b.page, quote: pair.b.quote };
    const hits = reported.filter((r) => pairMatches(r, a, b));
    if (hits.length) found++;
    else missed.push(`${pair.kind}: "${pair.a.quote}" (${pair.a.page.slice(0, 3)}) / "${pair.b.quote}" (${pair.b.page.slice(0, 3)})`);
    if (hits.some((r) => r.kind === pair.kind)) kindRight++;
  }
  for (const pair of gold.insideOneArticle) {
    const within = outcomes.find((o) => o.id === pair.page)?.within ?? [];
    if (within.some((r) => pairMatches(r, { article: pair.page, quote: pair.a.quote }, { article: pair.page, quote: pair.b.quote }))) withinFound++;
    else missed.push(`inside ${pair.page.slice(0, 3)}, ${pair.kind}: "${pair.a.quote}" / "${pair.b.quote}"`);
  }
  const matchingGold = reported.filter((r) => gold.contradictions.some((g) => pairMatches(r, { article: g.a.page, quote: g.a.quote }, { article: g.b.page, quote: g.b.quote })));
  // tests/support/seeds.ts types only the contradictions; the expected first report is read here.
  const expected = (JSON.parse(readFileSync(path.join(SEEDS_DIR, 'gold.json'), 'utf8')) as { expectedTopRelated?: Array<{ query: string; first: string }> }).expectedTopRelated ?? [];
  const firstRelated = expected.map(({ query, first }) => {
    const top = outcomes.find((o) => o.id === query)?.related[0];
    return { query, expected: first, got: top?.id ?? null, sameEvent: top?.sameEvent ?? false };
  });
  return {
    gold: gold.contradictions.length, found, kindRight,
    within: gold.insideOneArticle.length, withinFound,
    reported: reported.length, reportedMatchingGold: matchingGold.length, target: SEED_PAIR_TARGET,
    firstRelated, missed,
  };
}
