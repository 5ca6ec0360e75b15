// `npm run bench:extract`: article-body quality of plain Readability and of Backstory's
// extractArticle side by side, on the same parsed pages in one run (the exact metric of
// ../shared/bench/article-body/README.md), then metadata accuracy on ../shared/bench/metadata.
// Prints two tables and writes bench/results/extract.json. Pass `--failures` to list the
// pages each figure misses. The pages are read from shared/, never copied into the repo.
import { Readability } from '@mozilla/readability';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { parseHtml } from '../src/cli/html';
import { extractArticle } from '../src/core/extract';

const here = path.dirname(fileURLToPath(import.meta.url));
const SHARED = path.resolve(here, '../../shared/bench');
const SHOW_FAILURES = process.argv.includes('--failures');

interface Extraction {
  text: string;
  title: string | null;
  date: string | null;
  author: string | null;
  ms: number;
}


function timed<T>(run: () => T): [T, number] {
  const start = performance.now();
  const result = run();
  return [result, performance.now() - start];
}

/** Plain Readability, as a reader view shows it: textContent of parse() on a copy of the page. */
function readabilityOf(doc: Document): Extraction {
  const [parsed, ms] = timed(() => {
    try {
      return new Readability(doc.cloneNode(true) as Document).parse();
    } catch {
      return null;
    }
  });
  return {
    text: parsed?.textContent ?? '',
    title: parsed?.title ?? null,
    date: parsed?.publishedTime ?? null,
    author: parsed?.byline ?? null,
    ms,
  };
}

function backstoryOf(doc: Document, url: string): Extraction {
  const [article, ms] = timed(() => extractArticle(doc, url));
  return { text: article.text, title: article.title, date: article.publishedAt, author: article.byline, ms };
}

// --- the article-body metric, as scrapinghub/article-extraction-benchmark evaluate.py ---

/** Python's Unicode `\w`: letters, numbers and the underscore (no combining marks). */
const tokensOf = (text: string): string[] => text.match(/[\p{L}\p{N}_]+/gu) ?? [];

function shingles(text: string): Map<string, number> {
  const tokens = tokensOf(text);
  const counts = new Map<string, number>();
  for (let i = 0; i < Math.max(1, tokens.length - 3); i++) {
    const shingle = tokens.slice(i, i + 4);
    if (shingle.length === 0) continue;
    const key = shingle.join('\u0001');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

type Counts = [tp: number, fp: number, fn: number];

function shingleCounts(truth: string, predicted: string): Counts {
  const trueShingles = shingles(truth);
  const predShingles = shingles(predicted);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const key of new Set([...trueShingles.keys(), ...predShingles.keys()])) {
    const t = trueShingles.get(key) ?? 0;
    const p = predShingles.get(key) ?? 0;
    tp += Math.min(t, p);
    fp += Math.max(0, p - t);
    fn += Math.max(0, t - p);
  }
  const sum = tp + fp + fn;
  return sum > 0 ? [tp / sum, fp / sum, fn / sum] : [tp, fp, fn];
}

const precisionOf = ([tp, fp, fn]: Counts) => (fp === 0 && fn === 0 ? 1 : tp === 0 && fp === 0 ? 0 : tp / (tp + fp));
const recallOf = ([tp, fp, fn]: Counts) => (fp === 0 && fn === 0 ? 1 : tp === 0 && fn === 0 ? 0 : tp / (tp + fn));
const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / Math.max(1, values.length);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

interface BodyScore {
  f1: number;
  precision: number;
  recall: number;
  accuracy: number;
  medianMs: number;
}

function bodyScore(pages: { truth: string; predicted: string; ms: number }[]): BodyScore {
  const counts = pages.map((page) => shingleCounts(page.truth, page.predicted));
  const precision = mean(counts.filter(([tp, fp]) => tp + fp > 0).map(precisionOf));
  const recall = mean(counts.filter(([tp, , fn]) => tp + fn > 0).map(recallOf));
  const exact = pages.filter((page) => tokensOf(page.truth).join(' ') === tokensOf(page.predicted).join(' '));
  return {
    f1: (2 * precision * recall) / (precision + recall),
    precision,
    recall,
    accuracy: exact.length / pages.length,
    medianMs: median(pages.map((page) => page.ms)),
  };
}

// --- the metadata figures of ../shared/bench/metadata/README.md ---

interface MetadataGold {
  url: string;
  title: string;
  date: string;
  author: string;
  with: string[];
  without: string[];
}

const normalisedTitle = (title: string | null) =>
  (title ?? '').normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
const normalisedText = (text: string) => text.normalize('NFKC').replace(/\s+/gu, ' ');

function authorF1(gold: string, predicted: string | null): number {
  const goldTokens = new Set(tokensOf(gold.toLowerCase()));
  const predTokens = new Set(tokensOf((predicted ?? '').toLowerCase()));
  const common = [...predTokens].filter((token) => goldTokens.has(token)).length;
  if (common === 0) return 0;
  const precision = common / predTokens.size;
  const recall = common / goldTokens.size;
  return (2 * precision * recall) / (precision + recall);
}

interface MetadataScore {
  date: number;
  title: number;
  authorF1: number;
  withFound: number;
  withoutLeaked: number;
}

interface MetadataPage {
  id: string;
  gold: MetadataGold;
  got: Extraction;
}

function metadataScore(pages: MetadataPage[], failures: Record<string, string[]>): MetadataScore {
  let withTotal = 0;
  let withFound = 0;
  let withoutTotal = 0;
  let withoutLeaked = 0;
  const authored = pages.filter(({ gold }) => gold.author.trim() !== '');
  for (const { id, gold, got } of pages) {
    const text = normalisedText(got.text);
    if ((got.date ?? '').slice(0, 10) !== gold.date) failures['date']!.push(`${id} want ${gold.date} got ${got.date}`);
    if (normalisedTitle(got.title) !== normalisedTitle(gold.title)) failures['title']!.push(`${id} want "${gold.title}" got "${got.title}"`);
    if (gold.author.trim() && authorF1(gold.author, got.author) < 1) failures['author']!.push(`${id} want "${gold.author}" got "${got.author}"`);
    for (const snippet of gold.with) {
      withTotal++;
      if (text.includes(normalisedText(snippet))) withFound++;
      else failures['with']!.push(`${id} missing "${snippet}"`);
    }
    for (const snippet of gold.without) {
      withoutTotal++;
      if (text.includes(normalisedText(snippet))) {
        withoutLeaked++;
        failures['without']!.push(`${id} leaked "${snippet}"`);
      }
    }
  }
  return {
    date: pages.filter(({ gold, got }) => (got.date ?? '').slice(0, 10) === gold.date).length / pages.length,
    title: pages.filter(({ gold, got }) => normalisedTitle(got.title) === normalisedTitle(gold.title)).length / pages.length,
    authorF1: mean(authored.map(({ gold, got }) => authorF1(gold.author, got.author))),
    withFound: withFound / withTotal,
    withoutLeaked: withoutLeaked / withoutTotal,
  };
}

// --- running and printing ---

/** The page decoded as a browser would: by the charset its <meta> declares, UTF-8 otherwise. */
function readPage(dir: string, file: string): string {
  const bytes = gunzipSync(readFileSync(path.join(dir, file)));
  const head = bytes.subarray(0, 4096).toString('latin1');
  const declared = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/iu.exec(head)?.[1] ?? 'utf-8';
  try {
    return new TextDecoder(declared).decode(bytes);
  } catch {
    return bytes.toString('utf8');
  }
}

function runArticleBody(): Record<string, BodyScore> {
  const dir = path.join(SHARED, 'article-body');
  const truth = JSON.parse(readFileSync(path.join(dir, 'ground-truth.json'), 'utf8')) as Record<string, { url: string; articleBody: string }>;
  const runs = { readability: [] as { truth: string; predicted: string; ms: number; id: string }[], backstory: [] as { truth: string; predicted: string; ms: number; id: string }[] };
  for (const [id, gold] of Object.entries(truth)) {
    const doc = parseHtml(readPage(path.join(dir, 'html'), `${id}.html.gz`), gold.url);
    const plain = readabilityOf(doc);
    const ours = backstoryOf(doc, gold.url);
    runs.readability.push({ id, truth: gold.articleBody, predicted: plain.text, ms: plain.ms });
    runs.backstory.push({ id, truth: gold.articleBody, predicted: ours.text, ms: ours.ms });
  }
  if (SHOW_FAILURES) {
    const worst = runs.backstory
      .map((page) => ({ id: page.id.slice(0, 12), counts: shingleCounts(page.truth, page.predicted) }))
      .filter(({ counts }) => precisionOf(counts) < 0.9 || recallOf(counts) < 0.9)
      .sort((a, b) => precisionOf(a.counts) + recallOf(a.counts) - precisionOf(b.counts) - recallOf(b.counts));
    for (const { id, counts } of worst) console.log(`body ${id} P ${precisionOf(counts).toFixed(3)} R ${recallOf(counts).toFixed(3)}`);
  }
  return { readability: bodyScore(runs.readability), backstory: bodyScore(runs.backstory) };
}

function runMetadata(): Record<string, MetadataScore> {
  const dir = path.join(SHARED, 'metadata');
  const gold = JSON.parse(readFileSync(path.join(dir, 'ground-truth.json'), 'utf8')) as Record<string, MetadataGold>;
  const pages = { readability: [] as MetadataPage[], backstory: [] as MetadataPage[] };
  for (const file of readdirSync(path.join(dir, 'html')).sort()) {
    const entry = gold[file];
    if (!entry) continue;
    const url = entry.url.trim();
    const doc = parseHtml(readPage(path.join(dir, 'html'), file), url);
    pages.readability.push({ id: file, gold: entry, got: readabilityOf(doc) });
    pages.backstory.push({ id: file, gold: entry, got: backstoryOf(doc, url) });
  }
  const failures: Record<string, string[]> = { date: [], title: [], author: [], with: [], without: [] };
  const scores = {
    readability: metadataScore(pages.readability, { date: [], title: [], author: [], with: [], without: [] }),
    backstory: metadataScore(pages.backstory, failures),
  };
  if (SHOW_FAILURES) for (const [kind, lines] of Object.entries(failures)) for (const line of lines) console.log(`${kind} ${line}`);
  return scores;
}

const f3 = (value: number) => value.toFixed(3);
const pct = (value: number) => `${(value * 100).toFixed(1)}%`;

const body = runArticleBody();
const ratio = body.backstory!.medianMs / body.readability!.medianMs;
console.log('\nArticle body (181 pages, ../shared/bench/article-body)');
console.log('| extractor | F1 | precision | recall | accuracy | median ms/page |');
console.log('|---|---|---|---|---|---|');
for (const [name, score] of Object.entries(body)) {
  console.log(`| ${name} | ${f3(score.f1)} | ${f3(score.precision)} | ${f3(score.recall)} | ${f3(score.accuracy)} | ${score.medianMs.toFixed(1)} |`);
}
console.log(`Backstory / Readability median time: ${ratio.toFixed(2)}x`);

const metadata = runMetadata();
console.log('\nMetadata (200 pages, ../shared/bench/metadata)');
console.log('| extractor | date (day) | title | author F1 | with found | without leaked |');
console.log('|---|---|---|---|---|---|');
for (const [name, score] of Object.entries(metadata)) {
  console.log(`| ${name} | ${pct(score.date)} | ${pct(score.title)} | ${f3(score.authorF1)} | ${pct(score.withFound)} | ${pct(score.withoutLeaked)} |`);
}

mkdirSync(path.join(here, 'results'), { recursive: true });
writeFileSync(
  path.join(here, 'results/extract.json'),
  `${JSON.stringify({ date: new Date().toISOString(), articleBody: body, timeRatio: ratio, metadata }, null, 2)}\n`,
);
