// `npm run bench:analyze`: analysis speed in Node, as the median milliseconds per 1,000 words
// of analyzeArticle over the five seeds and a sample of ../shared/bench/article-body texts
// (their ground-truth articleBody; many are off-topic, which is fine for speed). Baselines
// measured in the same run on the same texts: splitting sentences, and tokenising words. Then
// the same per language over the development set's materialised texts (devset/, `npm run
// devset`), each language against the target. Prints a table and writes
// bench/results/analyze.json. Never asserted by tests.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeArticle, splitSentences } from '../src/core/analyze';
import { articleFromPlainText } from '../src/core/extract';
import type { ExtractedArticle } from '../src/core/types';
import { seedIndex, seedRaw } from '../tests/support/seeds';
import { langOrder, loadDevCorpus } from './devsetDocs';

const here = path.dirname(fileURLToPath(import.meta.url));
const SHARED = path.resolve(here, '../../shared');
/** Every n-th bench page, in id order: a fixed sample that runs in seconds. */
const SAMPLE_EVERY = 3;
const RUNS = 5;
const TARGET_MS_PER_1000_WORDS = 30;

interface Page { name: string; article: ExtractedArticle; words: number }

const wordsOf = (text: string) => (text.match(/[\p{L}\p{N}_]+/gu) ?? []).length;

function seedPages(): Page[] {
  return seedIndex().map(({ file, publishedAt }) => {
    const raw = seedRaw(file);
    const article = articleFromPlainText(raw, { url: `https://seeds.test/${file}`, publishedAt });
    return { name: `seed ${file.slice(0, 3)}`, article, words: wordsOf(`${article.title} ${article.text}`) };
  });
}

function benchPages(): Page[] {
  const truth = JSON.parse(readFileSync(path.join(SHARED, 'bench/article-body/ground-truth.json'), 'utf8')) as Record<string, { url: string; articleBody: string }>;
  return Object.keys(truth).sort().filter((_, i) => i % SAMPLE_EVERY === 0).map((id) => {
    const { url, articleBody } = truth[id]!;
    const article: ExtractedArticle = { url, title: '', byline: null, siteName: null, publishedAt: '2023-01-01', lang: 'en', text: articleBody };
    return { name: `bench ${id.slice(0, 8)}`, article, words: wordsOf(articleBody) };
  }).filter((page) => page.words >= 50);
}

/** The development set's texts by their labelled language. */
function devsetPages(): Map<string, Page[]> {
  const { corpus, note } = loadDevCorpus();
  console.log(note);
  const byLang = new Map<string, Page[]>();
  for (const doc of corpus?.docs ?? []) {
    const article = articleFromPlainText(doc.raw, { url: doc.url, publishedAt: doc.publishedAt });
    const pages = byLang.get(doc.lang) ?? [];
    pages.push({ name: doc.id, article, words: wordsOf(`${article.title} ${article.text}`) });
    byLang.set(doc.lang, pages);
  }
  return new Map([...byLang].sort(([a], [b]) => langOrder(a, b)));
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Median time of RUNS calls after one warm-up call, in ms per 1,000 words. */
function msPer1000(page: Page, run: (article: ExtractedArticle) => unknown): number {
  run(page.article);
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    run(page.article);
    times.push(performance.now() - start);
  }
  return (median(times) * 1000) / page.words;
}

const MEASURES = {
  analyzeArticle: (article: ExtractedArticle) => analyzeArticle(article),
  splitSentences: (article: ExtractedArticle) => splitSentences(article.text),
  tokenise: (article: ExtractedArticle) => wordsOf(article.text),
};

function measure(pages: Page[]) {
  const perPage = pages.map((page) => ({
    name: page.name,
    words: page.words,
    ...Object.fromEntries(Object.entries(MEASURES).map(([label, run]) => [label, msPer1000(page, run)])),
  })) as Array<{ name: string; words: number } & Record<keyof typeof MEASURES, number>>;
  const medians = Object.fromEntries(Object.keys(MEASURES).map((label) => [label, median(perPage.map((p) => p[label as keyof typeof MEASURES]))])) as Record<keyof typeof MEASURES, number>;
  return { pages: pages.length, words: pages.reduce((sum, p) => sum + p.words, 0), medians, perPage };
}

const groups = { seeds: measure(seedPages()), bench: measure(benchPages()) };
const all = [...groups.seeds.perPage, ...groups.bench.perPage];
const overall = Object.fromEntries(Object.keys(MEASURES).map((label) => [label, median(all.map((p) => p[label as keyof typeof MEASURES]))])) as Record<keyof typeof MEASURES, number>;
const devset = new Map([...devsetPages()].map(([lang, pages]) => [lang, measure(pages)]));
const devsetAll = [...devset.values()].flatMap((g) => g.perPage);
const devsetOverall = Object.fromEntries(Object.keys(MEASURES).map((label) => [label, median(devsetAll.map((p) => p[label as keyof typeof MEASURES]))])) as Record<keyof typeof MEASURES, number>;

type Row = { pages: number; words: number; medians: Record<keyof typeof MEASURES, number> };
const rows: Array<[string, Row]> = [
  ...Object.entries(groups),
  ['all', { pages: all.length, words: groups.seeds.words + groups.bench.words, medians: overall }],
  ...[...devset].map(([lang, g]): [string, Row] => [`devset ${lang}`, g]),
];
if (devset.size) rows.push(['devset all', { pages: devsetAll.length, words: devsetAll.reduce((sum, p) => sum + p.words, 0), medians: devsetOverall }]);

const fmt = (n: number) => n.toFixed(n < 1 ? 3 : 2);
console.log(`analysis speed, median ms per 1,000 words (Node ${process.version}, ${RUNS} runs per page after a warm-up)`);
console.log('| texts | pages | words | analyzeArticle | splitSentences | tokenise | analyze / sentences | analyze / tokenise |');
console.log('|---|---|---|---|---|---|---|---|');
for (const [label, g] of rows) {
  const m = g.medians;
  console.log(`| ${label} | ${g.pages} | ${g.words} | ${fmt(m.analyzeArticle)} | ${fmt(m.splitSentences)} | ${fmt(m.tokenise)} | ${(m.analyzeArticle / m.splitSentences).toFixed(0)}x | ${(m.analyzeArticle / m.tokenise).toFixed(0)}x |`);
}
const verdict = (ms: number) => (ms <= TARGET_MS_PER_1000_WORDS ? 'met' : 'NOT met');
console.log(`target: at most ${TARGET_MS_PER_1000_WORDS} ms per 1,000 words -> ${verdict(overall.analyzeArticle)}`);
if (devset.size) console.log(`per language on the development set: ${[...devset].map(([lang, g]) => `${lang} ${verdict(g.medians.analyzeArticle)}`).join(', ')}`);

mkdirSync(path.join(here, 'results'), { recursive: true });
writeFileSync(path.join(here, 'results/analyze.json'), `${JSON.stringify({
  date: new Date().toISOString().slice(0, 10), node: process.version, runs: RUNS, targetMsPer1000Words: TARGET_MS_PER_1000_WORDS,
  overall, groups, devset: { overall: devsetOverall, languages: Object.fromEntries(devset) },
}, null, 2)}\n`);
