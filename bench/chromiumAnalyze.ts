// `npx tsx bench/chromiumAnalyze.ts`: analysis speed in Chromium, as `npm run bench:analyze`
// measures it in Node: median milliseconds per 1,000 words of analyzeArticle per language over
// the development set's texts (`npm run devset` first). One bundle (bench/chromiumAnalyzePage.ts,
// built here with esbuild) runs in a dedicated worker of a Chromium page (as the folder import's
// analysis workers do), in the page's own thread, and in Node, each in a fresh process, so the
// same code's figures compare. Steady state: every text once a pass, in order, as an import reads
// pages; the first passes warm up and are not timed.
// Options: --where=worker,page,node (default all three); --passes=N (8), --warmup=N (3);
// --repeat=N (each text N times in a row per pass, 1); --lang=ru,uk (only these);
// --profile (the page's timed passes under V8's sampling profiler, by function, as
// bench/cpuProfile.ts prints it; --where=page unless given, node profiled through node:inspector); --top=N.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Session } from 'node:inspector/promises';
import vm from 'node:vm';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import type { BenchOptions, BenchText, TextTiming } from './chromiumAnalyzePage';
import { cpuProfile, summarizeProfile, type CpuProfile } from './cpuProfile';
import { langOrder, loadDevCorpus } from './devsetDocs';
import { median } from './stats';

const here = path.dirname(fileURLToPath(import.meta.url));
const opt = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const num = (name: string, fallback: number) => Number(opt(name) ?? fallback);
const PROFILE = process.argv.includes('--profile');
const WHERE = (opt('where') ?? (PROFILE ? 'page' : 'worker,page,node')).split(',');
const LANGS = opt('lang')?.split(',');
const options: BenchOptions = { passes: num('passes', 8), warmUp: num('warmup', 3), repeat: num('repeat', 1), split: process.argv.includes('--split'), cold: process.argv.includes('--cold') };

async function bundle(): Promise<string> {
  const result = await build({
    entryPoints: [path.join(here, 'chromiumAnalyzePage.ts')], bundle: true, format: 'iife', globalName: '__analyzeBench',
    platform: 'browser', write: false, logLevel: 'silent', charset: 'utf8', alias: { '@': path.resolve(here, '..') }, define: { 'process.env': '{}' },
  });
  return result.outputFiles[0]!.text;
}

function texts(): BenchText[] {
  const { corpus, note } = loadDevCorpus();
  if (!corpus) throw new Error(note);
  return corpus.docs.filter((d) => !LANGS || LANGS.includes(d.lang))
    .map((d) => ({ id: d.id, lang: d.lang, raw: d.raw, url: d.url, publishedAt: d.publishedAt }));
}

type Run = (script: string, input: BenchText[]) => Promise<{ timings: TextTiming[]; profile?: string[] }>;

const inNode: Run = async (script, input) => {
  vm.runInThisContext(script);
  const bench = (globalThis as unknown as { __analyzeBench: { runBench(t: BenchText[], o: BenchOptions): TextTiming[] } }).__analyzeBench;
  if (!PROFILE) return { timings: bench.runBench(input, options) };
  const warmed = options.split || options.cold;
  bench.runBench(input, warmed ? { ...options, phase: 'warm' } : { ...options, passes: options.warmUp, warmUp: 0 });
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 500 });
  await session.post('Profiler.start');
  const timings = bench.runBench(input, warmed ? { ...options, phase: 'timed' } : { ...options, passes: options.passes - options.warmUp, warmUp: 0 });
  const { profile } = await session.post('Profiler.stop');
  session.disconnect();
  return { timings, profile: summarizeProfile(profile as unknown as CpuProfile, num('top', 50)) };
};

function inChromium(where: 'worker' | 'page'): Run {
  return async (script, input) => {
    const browser = await chromium.launch({
      executablePath: process.env['CHROME_PATH'] ?? '/usr/bin/chromium', headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic'],
    });
    try {
      const page = await browser.newPage();
      await page.route('**/*', (route) => route.request().url().endsWith('/bench.js')
        ? route.fulfill({ status: 200, contentType: 'text/javascript; charset=utf-8', body: script })
        : route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: '<!doctype html><meta charset="utf-8"><title>bench</title>' }));
      await page.goto('http://127.0.0.1/');
      if (where === 'worker') {
        const timings = await page.evaluate(([t, o]) => new Promise<TextTiming[]>((resolve, reject) => {
          const worker = new Worker('/bench.js');
          worker.onmessage = ({ data }) => { resolve(data as TextTiming[]); worker.terminate(); };
          worker.onerror = (e) => reject(new Error(e.message));
          worker.postMessage({ texts: t, options: o });
        }), [input, options] as const);
        return { timings };
      }
      await page.addScriptTag({ url: '/bench.js' });
      const run = () => page.evaluate(([t, o]) => (globalThis as unknown as { __analyzeBench: { runBench(x: unknown, y: unknown): TextTiming[] } }).__analyzeBench.runBench(t, o), [input, options] as const);
      if (!PROFILE) return { timings: await run() };
      // Warm first, unprofiled, so the profile holds the steady passes only (with --split: the
      // warm half's passes, then the profile holds the other half's, unseen first).
      type B = { __analyzeBench: { runBench(x: unknown, y: unknown): TextTiming[] } };
      const warm = options.split || options.cold ? { ...options, phase: 'warm' } : { ...options, passes: options.warmUp, warmUp: 0 };
      const timed = options.split || options.cold ? { ...options, phase: 'timed' } : { ...options, passes: options.passes - options.warmUp, warmUp: 0 };
      await page.evaluate(([t, o]) => (globalThis as unknown as B).__analyzeBench.runBench(t, o), [input, warm] as const);
      const { result, lines } = await cpuProfile(page, () => page.evaluate(([t, o]) => (globalThis as unknown as B).__analyzeBench.runBench(t, o), [input, timed] as const), num('top', 50));
      return { timings: result, profile: lines };
    } finally {
      await browser.close();
    }
  };
}

const script = await bundle();
const input = texts();
const runs: Record<string, Run> = { worker: inChromium('worker'), page: inChromium('page'), node: inNode };
const table: Record<string, Record<string, number>> = {};
for (const where of WHERE) {
  const run = runs[where];
  if (!run) throw new Error(`--where: ${where}?`);
  const { timings, profile } = await run(script, input);
  const perLang = new Map<string, number[]>();
  const firstLang = new Map<string, number[]>();
  for (const t of timings) {
    if (!t.words) continue;
    const list = perLang.get(t.lang) ?? [];
    list.push((median(options.split || options.cold ? t.ms.slice(1) : t.ms) * 1000) / t.words);
    perLang.set(t.lang, list);
    const first = firstLang.get(t.lang) ?? [];
    first.push((t.ms[0]! * 1000) / t.words);
    firstLang.set(t.lang, first);
  }
  if (options.split || options.cold) {
    table[`${where} unseen`] = Object.fromEntries([...firstLang].sort(([a], [b]) => langOrder(a, b)).map(([lang, v]) => [lang, median(v)]));
    table[`${where} unseen`]!['all'] = median([...firstLang.values()].flat());
    table[`${where} unseen`]!['total ms a pass'] = timings.reduce((sum, t) => sum + t.ms[0]!, 0);
  }
  table[where] = Object.fromEntries([...perLang].sort(([a], [b]) => langOrder(a, b)).map(([lang, v]) => [lang, median(v)]));
  table[where]!['all'] = median([...perLang.values()].flat());
  const totalMs = timings.reduce((sum, t) => sum + median(options.split || options.cold ? t.ms.slice(1) : t.ms), 0);
  table[where]!['total ms a pass'] = totalMs;
  if (profile) console.log(profile.join('\n'));
  console.log(`${where}: ms a pass, warm-up included: ${(timings[0]?.passMs ?? []).map((ms) => ms.toFixed(0)).join(' ')}`);
}
const langs = Object.keys(Object.values(table)[0] ?? {});
console.log(`analyzeArticle, median ms per 1,000 words (${input.length} devset texts, ${options.passes} passes, ${options.warmUp} warm-up, repeat ${options.repeat})`);
console.log(`| where | ${langs.join(' | ')} |`);
console.log(`|---|${langs.map(() => '---').join('|')}|`);
for (const [where, row] of Object.entries(table)) console.log(`| ${where} | ${langs.map((l) => row[l]!.toFixed(2)).join(' | ')} |`);
mkdirSync(path.join(here, 'results'), { recursive: true });
writeFileSync(path.join(here, 'results', 'chromiumAnalyze.json'), JSON.stringify({ options, table }, null, 2));
