// Why a labelled contradiction of the tune split is missed: for each label, the statements the
// analyzer found for each side, the claims the matcher read from them, and which test of the
// pairing turned them down. Details for the tune split only; for the report split (never tuned
// on) only the tally of stages is printed, like the bench's summary tables.
//   npx tsx bench/contradictionTrace.ts [label-substring]
//   npx tsx bench/contradictionTrace.ts --split report
import { claimsOf, daysBetweenClaims, type Claim } from '../src/core/match/claims';
import { familyOf } from '../src/core/match/acts';
import { pairOf } from '../src/core/match/contradictions';
import { sameQuestion } from '../src/core/match/pairKind';
import { findDirectQuotes } from '../src/core/analyze/quotes';
import { findPredicate } from '../src/core/analyze/predicates';
import { analyzeText } from '../src/core/pipeline';
import { loadDevCorpus } from './devsetDocs';
import { sideMatches } from './pairMatch';

const { corpus, note } = loadDevCorpus();
if (!corpus) throw new Error(note);
const reportSplit = process.argv[2] === '--split' && process.argv[3] === 'report';
const split = reportSplit ? 'report' : 'tune';
const filter = reportSplit ? undefined : process.argv[2];
const log = (line: string) => { if (!reportSplit) console.log(line); };
const docs = new Map(corpus.docs.map((d) => [d.id, d]));
const analysed = new Map<string, ReturnType<typeof analyzeText>>();
const analysisOf = (id: string) => {
  if (!analysed.has(id)) {
    const doc = docs.get(id)!;
    analysed.set(id, analyzeText(doc.raw, { url: `https://devset.invalid/${id}`, publishedAt: doc.publishedAt }));
  }
  return analysed.get(id)!;
};

const show = (c: Claim) =>
  `${c.act}/${c.polarity} voice=${c.voice.slice(0, 30)} speaker=${c.speaker?.key ?? '-'}(${c.speaker?.side ?? ''}) actor=${c.actor?.key ?? '-'}(${c.actor?.side ?? ''}) target=${c.target?.key ?? '-'} place=${c.place ?? '-'} mod=${c.statement.modality} q=${c.statement.quantities.map((q) => `${q.min}-${q.max}${q.unit}`).join(',')}`;

function sideClaims(id: string, quote: string): { statements: string[]; claims: Claim[] } {
  const result = analysisOf(id);
  const hits = result.statements.filter((s) => sideMatches(s.text, quote));
  const claims = claimsOf(result.article, result).filter((c) => hits.includes(c.statement));
  return { statements: hits.map((s) => `${s.predicate ?? '∅'}/${s.polarity} [${s.speaker ?? 'narr'}] ${s.text.slice(0, 120)}`), claims };
}

/** Some statement shares half of the quote's words: it is there, cut at other boundaries. */
function overlapsStatement(id: string, quote: string): boolean {
  const words = (text: string) => new Set(text.toLowerCase().match(/[\p{L}\d]+/gu) ?? []);
  const wanted = words(quote);
  return analysisOf(id).statements.some((s) => {
    const have = words(s.text);
    return [...wanted].filter((w) => have.has(w)).length >= wanted.size / 2;
  });
}

/** Which test of one question two claims of one family fail, in a word. */
function whyNot(x: Claim, y: Claim): string {
  const days = daysBetweenClaims(x, y);
  const reasons = [
    x.act === 'dismiss' || y.act === 'dismiss' ? 'dismissal' : '',
    days === null ? 'undated' : days > 45 ? `${days} days apart` : '',
    x.actor && y.actor && x.actor.side !== y.actor.side ? 'actors differ' : '',
    !x.actor || !y.actor ? 'an actor unknown' : '',
    x.place && y.place && x.place !== y.place ? 'places differ' : '',
    !x.place || !y.place ? 'a place unknown' : '',
  ].filter(Boolean);
  return reasons.join(', ') || 'targets differ';
}

/** What the labelled sentence is, when no statement holds it: where it stands and what it lacks. */
function whatSentence(id: string, quote: string): string {
  const text = analysisOf(id).article.text;
  const head = quote.split(/\s*(?:…|\.\.\.)\s*/u)[0]!.slice(0, 40);
  const at = text.indexOf(head);
  if (at < 0) return 'quote not found verbatim';
  if (at < text.indexOf('\n')) return 'headline';
  if (findDirectQuotes(text).some((q) => at >= q.start && at < q.end)) return 'inside a direct quote';
  const found = findPredicate(quote, { lang: analysisOf(id).article.lang, fallback: true });
  return found ? `narration, ${found.kind === 'class' ? 'class' : 'only a main verb'}` : 'narration without a verb found';
}

const tally = new Map<string, number>();
const count = (reason: string) => tally.set(reason, (tally.get(reason) ?? 0) + 1);
for (const label of corpus.set.contradictions) {
  const [da, db] = [docs.get(label.a.article), docs.get(label.b.article)];
  if (!da || !db || da.split !== split || db.split !== split) continue;
  if (filter && !`${label.a.article} ${label.b.article} ${label.a.quote} ${label.b.quote}`.includes(filter)) continue;
  const a = sideClaims(label.a.article, label.a.quote);
  const b = sideClaims(label.b.article, label.b.quote);
  log(`\n== ${label.kind}: ${label.a.article} "${label.a.quote.slice(0, 70)}" / ${label.b.article} "${label.b.quote.slice(0, 70)}"`);
  for (const [name, side] of [['A', a], ['B', b]] as const) {
    if (side.statements.length === 0) log(`  ${name}: no statement`);
    side.statements.forEach((s) => log(`  ${name} stmt: ${s}`));
    side.claims.forEach((c) => log(`  ${name} claim: ${show(c)}`));
  }
  if (a.statements.length === 0 || b.statements.length === 0) {
    const sides = [[label.a, a], [label.b, b]] as const;
    const why = sides.filter(([, side]) => side.statements.length === 0).map(([l]) => (overlapsStatement(l.article, l.quote) ? 'cut differently' : `not a statement: ${whatSentence(l.article, l.quote)}`));
    log(`  => no statement: ${why.join('; ')}`);
    count(`no statement (${[...new Set(why)].join(', ')})`);
    continue;
  }
  if (a.claims.length === 0 || b.claims.length === 0) { count('no claim (no predicate)'); continue; }
  const acts = [...new Set(a.claims.map((c) => c.act))].join('+') + ' vs ' + [...new Set(b.claims.map((c) => c.act))].join('+');
  let best = `family differs: ${acts}`;
  for (const x of a.claims) {
    for (const y of b.claims) {
      const pair = pairOf(x, y);
      if (pair) { best = `pairable as ${pair.kind}`; continue; }
      if (best.startsWith('pairable')) continue;
      if (familyOf(x.act) !== familyOf(y.act) && x.act !== 'dismiss' && y.act !== 'dismiss') continue;
      best = sameQuestion(x, y) ? `${x.act}: polarityKind null: ${x.polarity}/${x.speaker ? 'speaker' : 'narration'} vs ${y.polarity}/${y.speaker ? 'speaker' : 'narration'}` : `${x.act}/${y.act} sameQuestion false: ${whyNot(x, y)}`;
    }
  }
  log(`  => ${best}`);
  count(best);
}
console.log(`\n${split} split, labelled contradictions by the furthest stage they reach:`, Object.fromEntries(tally));
