// The command line at scale (issue 9): `check` against 10,000 articles per command, start-up
// included; `ingest` of new files into it (reading and analysis included); bytes per article.
// Run by `npm run bench:scale` after the in-process figures, or alone:
// `npx tsx bench/cliScale.ts [--size N] [--keep]` (--keep leaves the archives and files in the
// temporary folder). The archive is made as bench/scale.ts makes its own: the development set's
// real texts replicated (each copy its own address, a date moved by whole weeks and a line that
// makes its text its own), stored in-process into a store file, then exported as the bundle.
// Replication past the 256 texts repeats their words and names, said plainly. Each command is a
// real process (scripts/backstory.mjs, as `npm run backstory` runs it; tsx beside it); its CPU time and peak memory come from
// /usr/bin/time when present.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ingestArticles } from '../src/archive';
import { saveArchiveFile } from '../src/cli/archiveFile';
import { openArchiveStore } from '../src/cli/store/archiveStore';
import { analyzeText } from '../src/core/pipeline';
import { loadDevCorpus, type DevDoc } from './devsetDocs';
import { replicaAt } from './replicate';
import { median } from './stats';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const TSX = path.join(ROOT, 'node_modules/tsx/dist/cli.mjs');
const sizeArg = process.argv.indexOf('--size');
const SIZE = sizeArg > 0 ? Number(process.argv[sizeArg + 1]) : 10_000;
/** `--store-only`: no bundle exported, checked or ingested (at 100,000 articles the bundle alone is hundreds of MB). */
const STORE_ONLY = process.argv.includes('--store-only');
const QUERIES = 5;
/** Articles stored per transaction while the archive is made, as an import stores them. */
const FILL_BATCH = 500;
const NEW_FILES = 300;
const DAY_MS = 86_400_000;
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

const shift = (iso: string, copy: number) => new Date(Date.parse(iso) - copy * 7 * DAY_MS).toISOString().slice(0, 10);

interface Run { ms: number; cpuMs: number | null; peakMb: number | null; code: number | null; stdout: string; stderr: string }

/** One command as a user runs it (`npm run backstory`: the prebuilt command line), a fresh process timed from spawn to exit. */
const backstory = (args: string[]): Run => run([process.execPath, path.join(ROOT, 'scripts/backstory.mjs'), ...args]);
/** The same command compiled by tsx on every run, as `npm run backstory` ran it before. */
const underTsx = (args: string[]): Run => run([process.execPath, TSX, 'src/cli/main.ts', ...args]);

function run(command: string[]): Run {
  const started = performance.now();
  const run = TIME
    ? spawnSync(TIME, ['-f', 'peak-kb %M cpu-s %U %S', ...command], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 28 })
    : spawnSync(command[0]!, command.slice(1), { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 28 });
  const ms = performance.now() - started;
  const peak = /peak-kb (\d+) cpu-s ([\d.]+) ([\d.]+)/.exec(run.stderr ?? '');
  if (run.status !== 0) console.error(`  (exit ${run.status}: ${run.stderr.split('\n').slice(0, 3).join(' | ')})`);
  return { ms, cpuMs: peak ? (Number(peak[2]) + Number(peak[3])) * 1000 : null, peakMb: peak ? Number(peak[1]) / 1024 : null, code: run.status, stdout: run.stdout, stderr: run.stderr };
}

function writeFiles(folder: string, docs: { doc: DevDoc; copy: number; tag: string }[]): string[] {
  mkdirSync(folder, { recursive: true });
  const index: { file: string; url: string; publishedAt: string }[] = [];
  const files = docs.map(({ doc, copy, tag }, i) => {
    const file = path.join(folder, `${String(i).padStart(5, '0')}_${doc.id}.txt`);
    writeFileSync(file, `${doc.raw}\n\n(${tag} ${copy})\n`);
    index.push({ file, url: `https://devset.invalid/${doc.id}?${tag}=${copy}`, publishedAt: shift(doc.publishedAt, copy) });
    return file;
  });
  writeFileSync(path.join(folder, 'index.json'), JSON.stringify(index));
  return files;
}

const mb = (bytes: number) => `${(bytes / 1_048_576).toFixed(1)} MB`;
const peak = (runs: Run[]) => (runs.some((r) => r.peakMb !== null) ? `${Math.max(...runs.map((r) => r.peakMb ?? 0)).toFixed(0)} MB` : 'n/a');
const rate = (r: Run) => `${(NEW_FILES / (r.ms / 1000)).toFixed(0)} articles/s` +
  (r.cpuMs === null ? '' : ` (${(NEW_FILES / (r.cpuMs / 1000)).toFixed(0)} per CPU second)`);
/** Wall time, and the process's CPU time beside it: on a busy machine the second moves less. */
const timed = (runs: Run[]) => {
  const cpu = runs.every((r) => r.cpuMs !== null) ? ` (CPU ${median(runs.map((r) => r.cpuMs!)).toFixed(0)} ms)` : '';
  return `${median(runs.map((r) => r.ms)).toFixed(0)} ms${cpu}`;
};

async function main() {
  const { corpus, note } = loadDevCorpus();
  if (!corpus) return console.log(`command line at scale: skipped, ${note}`);
  const work = mkdtempSync(path.join(tmpdir(), 'backstory-cli-scale-'));
  try {
    const docs = corpus.docs;
    // Analysis timed apart from storing: an ingest's rate is the two together.
    const a0 = performance.now();
    const aCpu0 = process.cpuUsage();
    const analysed = docs.map((doc) => analyzeText(doc.raw, { url: `https://devset.invalid/${doc.id}`, publishedAt: doc.publishedAt }));
    const analysisRate = docs.length / ((performance.now() - a0) / 1000);
    const analysisCpu = process.cpuUsage(aCpu0);
    const analysisCpuRate = docs.length / ((analysisCpu.user + analysisCpu.system) / 1e6);
    const storePath = path.join(work, 'archive.sqlite');
    const store = await openArchiveStore(storePath, { write: true });
    const t0 = performance.now();
    const cpu0 = process.cpuUsage();
    // Some devset texts are syndicated copies of others (one text, two addresses): the archive
    // refuses those as duplicates, so copies are added until it holds SIZE articles.
    let stored = 0;
    for (let i = 0; stored < SIZE;) {
      const items = [];
      for (const end = i + Math.min(FILL_BATCH, SIZE - stored); i < end; i++) {
        items.push({ analyzed: replicaAt(analysed, i), origin: 'imported' as const, savedAt: '2026-01-01T00:00:00.000Z' });
      }
      stored += (await ingestArticles(store.db, items)).filter((result) => result.status === 'added').length;
    }
    store.commit();
    const storedCount = await store.db.articles.count();
    if (storedCount !== SIZE) throw new Error(`the archive holds ${storedCount} articles, not ${SIZE}`);
    const storedRate = SIZE / ((performance.now() - t0) / 1000);
    const storedCpu = process.cpuUsage(cpu0);
    const storedCpuRate = SIZE / ((storedCpu.user + storedCpu.system) / 1e6);
    const bundlePath = path.join(work, 'archive.json');
    const e0 = performance.now();
    if (!STORE_ONLY) await saveArchiveFile(store.db, bundlePath);
    const exportMs = performance.now() - e0;
    store.close();
    const textBytes = analysed.reduce((sum, a) => sum + Buffer.byteLength(a.article.text), 0) / analysed.length;
    const storeBytes = statSync(storePath).size;
    const bundleBytes = STORE_ONLY ? 0 : statSync(bundlePath).size;

    const queryDocs = docs.filter((_, i) => i % Math.ceil(docs.length / QUERIES) === 0).slice(0, QUERIES);
    const queries = writeFiles(path.join(work, 'queries'), queryDocs.map((doc) => ({ doc, copy: 0, tag: 'query' })));
    const queryIndex = path.join(work, 'queries', 'index.json');
    backstory(['--help']); // builds the command line if a source changed, outside the timings
    const startup = [0, 1, 2].map(() => backstory(['--help']));
    const analyse = queries.map((q) => backstory(['analyze', q]));
    const checkStore = queries.map((q) => backstory(['check', q, '--archive', storePath, '--index', queryIndex]));
    const firstBundle = STORE_ONLY ? null : backstory(['check', queries[0]!, '--archive', bundlePath, '--index', queryIndex]);
    const checkBundle = STORE_ONLY ? [] : queries.map((q) => backstory(['check', q, '--archive', bundlePath, '--index', queryIndex]));
    const checkTsx = queries.map((q) => underTsx(['check', q, '--archive', storePath, '--index', queryIndex]));
    const startupTsx = [0, 1, 2].map(() => underTsx(['--help']));
    const related = checkStore.every((r) => r.code === 0) ? '' : '(some failed)';

    const fresh = Array.from({ length: NEW_FILES }, (_, i) => ({ doc: docs[i % docs.length]!, copy: 1000 + i, tag: 'new' }));
    const newFiles = writeFiles(path.join(work, 'new'), fresh);
    const newIndex = path.join(work, 'new', 'index.json');
    const ingestStore = backstory(['ingest', '--archive', storePath, '--index', newIndex, ...newFiles]);
    const fresh2 = writeFiles(path.join(work, 'new2'), fresh.map((f) => ({ ...f, tag: 'again' })));
    const ingestBundle = STORE_ONLY ? null : backstory(['ingest', '--archive', bundlePath, '--index', path.join(work, 'new2', 'index.json'), ...fresh2]);
    for (const run of ingestBundle ? [ingestStore, ingestBundle] : [ingestStore]) {
      const summary = JSON.parse(run.stdout || '{}') as { added?: unknown[]; duplicates?: { reason: string }[] };
      console.log(`ingest: ${summary.added?.length} added, ${summary.duplicates?.length} duplicates ${JSON.stringify(summary.duplicates?.slice(0, 2))}`);
    }
    const total = (file: string) => (JSON.parse(readFileSync(file, 'utf8')) as { articles: unknown[] }).articles.length;

    const load = os.loadavg().map((l) => l.toFixed(1)).join(' ');
    console.log(`\ncommand line at ${SIZE.toLocaleString('en')} articles (${docs.length} real devset texts replicated; ${note}; load average ${load})`);
    console.log('| what | median per command, wall (CPU) | peak memory |');
    console.log('|---|---|---|');
    console.log(`| start-up alone (--help) | ${timed(startup)} | ${peak(startup)} |`);
    console.log(`| analyze of one query file (no archive) | ${timed(analyse)} | ${peak(analyse)} |`);
    console.log(`| check --archive archive.sqlite (store) | ${timed(checkStore)} ${related} | ${peak(checkStore)} |`);
    console.log(`| the same check compiled by tsx on every run (before) | ${timed(checkTsx)} | ${peak(checkTsx)} |`);
    console.log(`| start-up alone under tsx (before) | ${timed(startupTsx)} | ${peak(startupTsx)} |`);
    if (firstBundle) console.log(`| check --archive archive.json, first (fills archive.json.sqlite) | ${timed([firstBundle])} | ${peak([firstBundle])} |`);
    if (firstBundle) console.log(`| check --archive archive.json, then | ${timed(checkBundle)} | ${peak(checkBundle)} |`);
    console.log(`| ingest ${NEW_FILES} files into the store (read, analyse, store) | ${rate(ingestStore)} | ${peak([ingestStore])} |`);
    if (ingestBundle) console.log(`| ingest ${NEW_FILES} files into the bundle (and rewrite it; bundle now ${total(bundlePath)}) | ${rate(ingestBundle)} | ${peak([ingestBundle])} |`);
    console.log(`| storing alone, in-process (${SIZE.toLocaleString('en')} analysed copies) | ${storedRate.toFixed(0)} articles/s (${storedCpuRate.toFixed(0)} per CPU second) | |`);
    console.log(`| analysis alone, in-process (the ${docs.length} real texts) | ${analysisRate.toFixed(0)} articles/s (${analysisCpuRate.toFixed(0)} per CPU second) | |`);
    if (!STORE_ONLY) console.log(`| exporting the bundle, in-process | ${(exportMs / 1000).toFixed(1)} s | |`);
    console.log(`\nbytes per article: store ${(storeBytes / SIZE / 1024).toFixed(1)} KB (${mb(storeBytes)}), bundle ${(bundleBytes / SIZE / 1024).toFixed(1)} KB (${mb(bundleBytes)}); ` +
      `article text ${(textBytes / 1024).toFixed(1)} KB in UTF-8: store ${(storeBytes / SIZE / textBytes).toFixed(1)}x the text, bundle ${(bundleBytes / SIZE / textBytes).toFixed(1)}x`);
  } finally {
    if (process.argv.includes('--keep')) console.log(`kept ${work}`);
    else rmSync(work, { recursive: true, force: true });
  }
}

await main();
