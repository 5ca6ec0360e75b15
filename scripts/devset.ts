// `npm run devset`: materialises the development set's texts (devset/README.md) from local git
// mirrors of their source repositories, checks each against its label's SHA-256 and checks that
// every labelled quote is in its text. `--hashes` prints the hash of each text instead of
// failing on a mismatch (for whoever is writing a new part).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DEVSET_DIR, loadDevSet, readDevText, TEXTS_DIR } from '../devset/load';
import type { Reader } from '../devset/readers/types';
import type { DevArticle, LabelSide, Source } from '../devset/types';

const MIRRORS = process.env.BACKSTORY_MIRRORS ?? '/work/.mirror';
const printHashes = process.argv.includes('--hashes');

/** The bare git directory of a mirrored repository: `<owner>+<name>` or a git dir inside it. */
function gitDirOf(repo: string): string | null {
  const base = path.join(MIRRORS, repo.replace('/', '+'));
  const isGitDir = (dir: string) => existsSync(path.join(dir, 'HEAD')) && existsSync(path.join(dir, 'objects'));
  if (!existsSync(base)) return null;
  if (isGitDir(base)) return base;
  const queue = [base];
  for (let depth = 0; depth < 3 && queue.length; depth++) {
    for (const dir of queue.splice(0)) {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        if (!entry.isDirectory()) continue;
        const child = path.join(dir, entry.name);
        if (isGitDir(child)) return child;
        queue.push(child);
      }
    }
  }
  return null;
}

const blobs = new Map<string, Buffer>();
function blobOf(gitDir: string, source: Source, file: string): Buffer {
  const key = `${gitDir}:${source.commit}:${file}`;
  let blob = blobs.get(key);
  if (!blob) {
    blob = execFileSync('git', ['--git-dir', gitDir, 'show', `${source.commit}:${file}`], { maxBuffer: 1 << 30 });
    blobs.set(key, blob);
  }
  return blob;
}

const readers = new Map<string, Reader>();
async function readerOf(name: string): Promise<Reader> {
  let reader = readers.get(name);
  if (!reader) {
    const module = (await import(path.join(DEVSET_DIR, 'readers', `${name}.ts`))) as { read: Reader };
    reader = module.read;
    readers.set(name, reader);
  }
  return reader;
}

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

async function main(): Promise<void> {
  const set = loadDevSet();
  mkdirSync(TEXTS_DIR, { recursive: true });
  const problems: string[] = [];
  const ids = new Set<string>();
  const missingMirrors = new Set<string>();
  const materialised = new Set<string>();
  let written = 0;
  for (const article of set.articles) {
    if (ids.has(article.id)) problems.push(`${article.id}: id used twice`);
    ids.add(article.id);
    if (!set.stories.has(article.story)) problems.push(`${article.id}: unknown story ${article.story}`);
    const source = set.sources.get(article.source);
    if (!source) {
      problems.push(`${article.id}: unknown source ${article.source}`);
      continue;
    }
    const gitDir = gitDirOf(source.repo);
    if (!gitDir) {
      missingMirrors.add(source.repo);
      continue;
    }
    try {
      const raw = (await readerOf(source.reader))(blobOf(gitDir, source, article.path), article.locator);
      const text = `${raw.title.trim()}\n\n${raw.text.trim()}\n`;
      const hash = sha256(text);
      if (printHashes) console.log(`${article.id}\t${hash}`);
      else if (hash !== article.sha256) problems.push(`${article.id}: text has SHA-256 ${hash}, the label says ${article.sha256}`);
      writeFileSync(path.join(TEXTS_DIR, `${article.id}.txt`), text);
      materialised.add(article.id);
      written++;
    } catch (error) {
      problems.push(`${article.id}: ${(error as Error).message.split('\n')[0]}`);
    }
  }
  problems.push(...checkQuotes(set.articles, materialised, [...set.contradictions.flatMap((c) => [c.a, c.b]), ...set.hardNegatives.flatMap((n) => ('a' in n ? [n.a, n.b] : []))]));
  for (const negative of set.hardNegatives)
    if (!('a' in negative)) for (const id of negative.articles) if (!ids.has(id)) problems.push(`different_event pair names unknown article ${id}`);
  for (const repo of missingMirrors) console.error(`not mirrored, skipped: ${repo} (fetch it into ${MIRRORS})`);
  for (const problem of problems) console.error(problem);
  console.error(`${written} of ${set.articles.length} texts in ${path.relative(process.cwd(), TEXTS_DIR)}, ${problems.length} problem(s)`);
  process.exit(problems.length ? 1 : 0);
}

/** Quotes are looked up only in texts written by this run: a file left from an earlier run (its
 *  source now unmirrored or failing) may be an older text than the label's. */
function checkQuotes(articles: DevArticle[], materialised: Set<string>, sides: LabelSide[]): string[] {
  const known = new Set(articles.map((a) => a.id));
  const problems: string[] = [];
  for (const side of sides) {
    if (!known.has(side.article)) {
      problems.push(`label names unknown article ${side.article}`);
      continue;
    }
    const text = materialised.has(side.article) ? readDevText(side.article) : null;
    if (text !== null && !text.replace(/\s+/g, ' ').includes(side.quote.replace(/\s+/g, ' '))) problems.push(`${side.article}: quote not in text: "${side.quote}"`);
  }
  return problems;
}

await main();
