// Where the way from a page to its stored result goes in the background worker: the V8 CPU
// profile of the service worker over a series of navigations (bench/chromium.ts's pages, an
// empty archive or one filled with --size=N), by stage and by function. Per navigation it prints
// the steps' times from the start of navigation (as bench/chromium.ts) and the worker's CPU in
// each part of the pipeline (samples whose stack holds that function), so time the worker spends
// waiting (storage, messages, the tab) shows as the gap between the two. The page's own
// timeline is listed beside them (`p:`: its response, DOMContentLoaded, load event, and any
// `performance.mark("backstory:STEP")` an instrumented content script left), as are the worker's
// marks (`w:`) of a build that keeps `globalThis.__marks`.
// `npx tsx bench/chromium/profileNavigation.ts --extension=DIR [--size=N] [--navigations=N] [--warmup=N] [--top=N] [--tab] [--no-profile]`
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { analyzeText } from '../../src/core/pipeline';
import { findBrowser, launchWithExtension, attachToTarget } from '../../tests/support/extensionBrowser';
import { loadDevCorpus } from '../devsetDocs';
import { median, percentile } from '../stats';
import { navigate, serveQueries, STAGES, watchResults } from './navigation';

const here = path.dirname(fileURLToPath(import.meta.url));
const arg = (name: string, fallback: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const EXTENSION = path.resolve(arg('extension', '.output/chrome-mv3'));
const SIZE = Number(arg('size', '0'));
const NAVIGATIONS = Number(arg('navigations', '20'));
const TOP = Number(arg('top', '30'));
const WARMUP = Number(arg('warmup', '0'));
const MIN_QUERY_WORDS = 120;
/** Parts of the pipeline, by a function on the sampled stack (the build keeps function names). */
const PARTS = (process.env.PARTS ?? 'analyzeExtracted,checkArticle,findPriorEvents,findDuplicate,compactTabState,keepAnalysis,broadcast,contentHash,analyseOnce').split(',');

interface ProfileNode { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }

async function main() {
  const { corpus } = loadDevCorpus();
  if (!corpus) throw new Error('no devset texts');
  const long = corpus.docs.filter((doc) => doc.raw.split(/\s+/).length >= MIN_QUERY_WORDS);
  const pages = long.filter((_, i) => i % Math.max(1, Math.floor(long.length / NAVIGATIONS)) === 0).slice(0, NAVIGATIONS + 1);
  // The warm-up's pages: others of the same kind, not the measured ones.
  const extraPages = long.filter((doc) => !pages.includes(doc)).slice(0, Math.max(1, WARMUP));
  const server = await serveQueries([...pages, ...extraPages]);
  const browser = await launchWithExtension({ headless: true, executablePath: findBrowser()!, extensionDir: EXTENSION });
  try {
    const watcher = await browser.openExtensionPage('manifest.json');
    if (SIZE > 0) {
      const code = (await build({ entryPoints: [path.join(here, 'inPage.ts')], bundle: true, format: 'iife', platform: 'browser', write: false, logLevel: 'silent' })).outputFiles[0]!.text;
      await watcher.evaluate(code);
      const sources = corpus.docs.map((doc) => analyzeText(doc.raw, { url: `https://devset.invalid/${doc.id}`, publishedAt: doc.publishedAt }));
      for (let from = 0; from < SIZE; from += 1000) {
        await watcher.evaluate(([s, f, t]) => (globalThis as unknown as { __bench: { fill(...a: unknown[]): Promise<number> } }).__bench.fill(s, f, t), [sources, from, Math.min(SIZE, from + 1000)] as const);
      }
    }
    await watchResults(watcher);
    const tab = await browser.context.newPage();
    await navigate(tab, watcher, server.urlOf(pages[0]!)); // wakes the worker
    // `--warmup=N`: N more navigations first, not counted (after a fill the storage compacts and
    // the fill's page collects its garbage for some seconds: the first navigations then took 0.5-1.6 s).
    for (let i = 0; i < WARMUP; i++) await navigate(tab, watcher, server.urlOf(extraPages[i % extraPages.length]!));
    const { targetInfos } = (await browser.cdp.send('Target.getTargets' as never, { filter: [{}] } as never)) as { targetInfos: Array<{ targetId: string; type: string; url: string }> };
    const target = targetInfos.find((info) => info.type === 'service_worker' && info.url.includes(browser.extensionId));
    if (!target) throw new Error('no service worker');
    // `--tab`: the news tab's renderer instead (the detector and the extractor run there).
    const tabSession = process.argv.includes('--tab') ? await browser.context.newCDPSession(tab) : null;
    const send = tabSession ? (<T>(method: string, params?: Record<string, unknown>) => tabSession.send(method as never, params as never) as Promise<T>) : await attachToTarget(browser.cdp, target.targetId);
    // `--no-profile`: the steps' times alone, without the profiler's own cost in them.
    const profiling = !process.argv.includes('--no-profile');
    if (profiling) {
      await send('Profiler.enable');
      await send('Profiler.setSamplingInterval', { interval: 100 });
      await send('Profiler.start');
    }
    const steps = new Map<string, number[]>();
    const starts = new Map<string, number>();
    for (const doc of pages.slice(1)) {
      const { load, result, told, stages, at } = await navigate(tab, watcher, server.urlOf(doc));
      starts.set(server.urlOf(doc), at);
      for (const [name, at] of Object.entries({ load, ...stages, result: result ?? NaN, told: told ?? NaN })) if (!Number.isNaN(at)) steps.set(name, [...(steps.get(name) ?? []), at]);
    }
    // A build instrumented to keep `globalThis.__marks` ([address, step, Date.now()]) in the worker: its own times.
    const marks = (await browser.worker.evaluate(() => (globalThis as unknown as { __marks?: Array<[string, string, number]> }).__marks ?? []).catch(() => [])) as Array<[string, string, number]>;
    // `--marks=FILE`: the worker's marks, each from its navigation's start, as JSON (one object per navigation).
    const marksFile = arg('marks', '');
    if (marksFile) {
      const byUrl = new Map<string, Record<string, number>>();
      for (const [url, name, at] of marks) {
        const start = starts.get(url);
        if (start !== undefined) byUrl.set(url, { ...byUrl.get(url), [name]: at - start });
      }
      writeFileSync(marksFile, JSON.stringify([...byUrl.values()]));
    }
    // Each mark also as the time since the mark before it in the same navigation (`d:`), for a stage's own length.
    const gaps = new Map<string, number[]>();
    const lastAt = new Map<string, number>();
    for (const [url, name, at] of marks) {
      const start = starts.get(url);
      if (start === undefined) continue;
      steps.set(`w:${name}`, [...(steps.get(`w:${name}`) ?? []), at - start]);
      gaps.set(name, [...(gaps.get(name) ?? []), at - (lastAt.get(url) ?? start)]);
      lastAt.set(url, at);
    }
    const n = pages.length - 1;
    console.log(`${n} navigations, archive ${SIZE}; steps (ms from navigation start, median / p95):`);
    for (const name of ['load', ...[...steps.keys()].filter((k) => k.startsWith('p:')), ...STAGES, 'told', 'result', ...[...steps.keys()].filter((k) => k.startsWith('w:'))]) {
      const at = steps.get(name) ?? [];
      console.log(`  ${name.padEnd(10)} ${median(at).toFixed(0).padStart(5)} / ${percentile(at, 95).toFixed(0).padStart(5)}`);
    }
    if (gaps.size > 0) console.log(`worker marks, ms since the mark before (median / p95 / max): ${[...gaps].map(([name, ms]) => `${name} ${median(ms).toFixed(0)}/${percentile(ms, 95).toFixed(0)}/${Math.max(...ms).toFixed(0)}`).join(', ')}`);
    const result = steps.get('result') ?? [];
    const load = steps.get('load') ?? [];
    const extra = result.map((r, i) => r - load[i]!);
    console.log(`  result - load: median ${median(extra).toFixed(0)}, p95 ${percentile(extra, 95).toFixed(0)}`);
    console.log(`  result - load, in order: ${extra.map((ms) => ms.toFixed(0)).join(' ')}`);
    // The panel's message, where one was heard (it goes out beside the stored state, or before it).
    const told = steps.get('told') ?? [];
    if (told.length === result.length) {
      const panel = told.map((t, i) => t - load[i]!);
      console.log(`  told - load (the panel's message): median ${median(panel).toFixed(0)}, p95 ${percentile(panel, 95).toFixed(0)}`);
    }
    if (!profiling) return;
    const { profile } = await send<{ profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] } }>('Profiler.stop');
    // Each node's stack, to give each sample to the parts it ran under.
    const byId = new Map(profile.nodes.map((node) => [node.id, node]));
    const parent = new Map<number, number>();
    for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
    const partsOf = new Map<number, Set<string>>();
    const stackParts = (id: number): Set<string> => {
      const known = partsOf.get(id);
      if (known) return known;
      const up = parent.get(id);
      const set = new Set(up === undefined ? [] : stackParts(up));
      const name = byId.get(id)!.callFrame.functionName;
      if (PARTS.includes(name)) set.add(name);
      partsOf.set(id, set);
      return set;
    };
    // Inclusive time: every function on a sample's stack, counted once per sample.
    const inclusive = new Map<string, number>();
    const stackNames = new Map<number, Set<string>>();
    const namesOf = (id: number): Set<string> => {
      const known = stackNames.get(id);
      if (known) return known;
      const up = parent.get(id);
      const frame = byId.get(id)!.callFrame;
      const set = new Set(up === undefined ? [] : namesOf(up));
      set.add(`${frame.functionName || '(anonymous)'} ${frame.url.split('/').pop() ?? ''}:${frame.lineNumber + 1}`);
      stackNames.set(id, set);
      return set;
    };
    const self = new Map<string, number>();
    const parts = new Map<string, number>();
    let busy = 0;
    profile.samples.forEach((id, i) => {
      const frame = byId.get(id)!.callFrame;
      const ms = (profile.timeDeltas[i] ?? 0) / 1000;
      const name = `${frame.functionName || '(anonymous)'} ${frame.url.split('/').pop() ?? ''}:${frame.lineNumber + 1}`;
      self.set(name, (self.get(name) ?? 0) + ms);
      if (frame.functionName !== '(idle)' && frame.functionName !== '(program)') busy += ms;
      for (const part of stackParts(id)) parts.set(part, (parts.get(part) ?? 0) + ms);
      for (const fn of namesOf(id)) inclusive.set(fn, (inclusive.get(fn) ?? 0) + ms);
    });
    console.log(`worker CPU per navigation (ms, mean over ${n}; busy = not idle): busy ${(busy / n).toFixed(1)}`);
    for (const part of PARTS) console.log(`  ${part.padEnd(18)} ${((parts.get(part) ?? 0) / n).toFixed(1)}`);
    console.log(`heaviest functions with what they call (ms per navigation):`);
    for (const [name, ms] of [...inclusive].filter(([name]) => !name.startsWith('(')).sort((a, b) => b[1] - a[1]).slice(0, TOP)) console.log(`  ${(ms / n).toFixed(2).padStart(7)}  ${name}`);
    console.log(`heaviest functions by self time (ms per navigation):`);
    for (const [name, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, TOP)) console.log(`  ${(ms / n).toFixed(2).padStart(7)}  ${name}`);
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
