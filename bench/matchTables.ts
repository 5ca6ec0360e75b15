// The tables bench:match prints (Markdown, like the other benches). Shares are printed with
// the count they are a share of, so a figure over three queries reads as one.
import { KINDS } from './contradictionScore';
import type { DevsetResult, GroupDetails } from './devsetMatch';
import type { RelatedFigures } from './relatedScore';
import type { SeedFigures } from './seedMatch';

const share = (part: number, whole: number) => (whole ? `${(part / whole).toFixed(2)} (${part}/${whole})` : '–');
const num = (n: number) => (Number.isFinite(n) ? n.toFixed(2) : '–');
const related = (f: RelatedFigures) => `${num(f.recall)} | ${num(f.precision)} | ${share(f.sameEventFirst, f.sameEventQueries)}`;

export function printDevset(result: DevsetResult): void {
  console.log('\nrelated reports: top five among the earlier articles (recall@5, precision@5 pooled, same-event first)');
  console.log('| split | lang | queries | Backstory R@5 | P@5 | same-event first | BM25 R@5 | P@5 | same-event first |');
  console.log('|---|---|---|---|---|---|---|---|---|');
  for (const g of result.groups) {
    console.log(`| ${g.split} | ${g.lang} | ${g.backstory.queries} | ${related(g.backstory)} | ${related(g.baseline)} |`);
  }
  console.log('\ncontradictions (labels found = recall; precision over pairs a labeller judged; strict counts pairs of any two labelled articles)');
  console.log('| split | lang | queries | labels | found | kind right | article pairs | reported | per query | matched | wrong | unjudged (across stories) | precision | strict | agree violated | diff. event violated | sameEvent flags right | inside one article |');
  console.log('|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|');
  for (const g of result.groups) {
    const c = g.contradictions;
    const perQuery = c.queries ? (c.reported / c.queries).toFixed(2) : '–';
    console.log(`| ${g.split} | ${g.lang} | ${c.queries} | ${c.labels} | ${share(c.found, c.labels)} | ${c.kindRight} | ${share(c.pairsWithReport, c.labelledPairs)} | ${c.reported} | ${perQuery} | ${c.matched} | ${c.wrong} | ${c.unjudged} (${c.acrossStories}) | ${share(c.matched, c.matched + c.wrong)} | ${share(c.matched, c.matched + c.wrong + c.strictWrong)} | ${c.agreeViolated}/${c.agree} | ${g.differentEventViolated}/${g.differentEvent} | ${share(g.sameEventFlags.right, g.sameEventFlags.flagged)} | ${c.withinFound}/${c.withinLabels} |`);
  }
  console.log('\ncontradictions per kind (recall by the labelled kind, precision by the reported kind)');
  console.log('| split | kind | labels | found | reported | matched | wrong | precision |');
  console.log('|---|---|---|---|---|---|---|---|');
  for (const g of result.groups.filter((group) => group.lang === 'all')) {
    for (const kind of KINDS) {
      const k = g.contradictions.byKind[kind];
      console.log(`| ${g.split} | ${kind} | ${k.labels} | ${share(k.found, k.labels)} | ${k.reported} | ${k.matched} | ${k.wrong} | ${share(k.matched, k.matched + k.wrong)} |`);
    }
  }
  const notes = [result.labelsLeftOut && `${result.labelsLeftOut} labelled pair(s) left out (an article not materialised)`, result.duplicates && `${result.duplicates} article(s) refused by the archive as duplicates`, result.sharedAddresses && `${result.sharedAddresses} article(s) share an address once its #fragment is dropped: each checked under its own (?item=…)`].filter(Boolean);
  if (notes.length) console.log(notes.join('; '));
}

/** Misses and false pairs of one tune group: the only details ever printed. */
export function printTuneDetails(key: string, details: GroupDetails): void {
  console.log(`\n--- ${key}: details (tune split) ---`);
  for (const miss of details.related) console.log(`related ${miss.id}: missed [${miss.missed.join(', ')}] wrong [${miss.wrong.join(', ')}]${miss.sameEventNotFirst !== undefined ? ` same event not first (first: ${miss.sameEventNotFirst ?? 'none'})` : ''}`);
  for (const label of details.contradictions.missed) console.log(`missed ${label.kind}: ${label.a.article} "${label.a.quote}" / ${label.b.article} "${label.b.quote}"`);
  for (const pair of details.contradictions.wrong) console.log(`false ${pair.kind}: ${pair.query.article} "${pair.query.text}" / ${pair.other.article} "${pair.other.text}"`);
  for (const pair of details.contradictions.strictWrong) console.log(`never compared ${pair.kind}: ${pair.query.article} "${pair.query.text}" / ${pair.other.article} "${pair.other.text}"`);
  for (const pair of details.contradictions.unjudged) console.log(`unjudged ${pair.kind}: ${pair.query.article} "${pair.query.text}" / ${pair.other.article} "${pair.other.text}"`);
  for (const negative of details.contradictions.violated) if ('a' in negative) console.log(`agree pair reported: ${negative.a.article} "${negative.a.quote}" / ${negative.b.article} "${negative.b.quote}"`);
  for (const negative of details.differentEvent) if ('articles' in negative) console.log(`different events marked sameEvent: ${negative.articles.join(' / ')}`);
}

export function printSeeds(s: SeedFigures): void {
  console.log('\nseeds (../shared/seeds, each against the seeds before it; gold.json)');
  console.log('| gold cross-article pairs found | kind right | inside one article found | cross-article pairs reported | of them gold | target |');
  console.log('|---|---|---|---|---|---|');
  console.log(`| ${s.found}/${s.gold} | ${s.kindRight} | ${s.withinFound}/${s.within} | ${s.reported} | ${s.reportedMatchingGold} | at most ${s.target}: ${s.reported <= s.target ? 'met' : 'NOT met'} |`);
  for (const f of s.firstRelated) console.log(`first related report of ${f.query.slice(0, 3)}: ${f.got?.slice(0, 3) ?? 'none'} (gold ${f.expected.slice(0, 3)})${f.sameEvent ? ', same event' : ''}`);
  for (const miss of s.missed) console.log(`seed pair missed: ${miss}`);
}
