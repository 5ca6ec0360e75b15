// `npm run add-fixture -- <saved-page.html[.gz]> <slug> [--url URL]`: copies a saved page into
// tests/fixtures/detect/<slug>/source.html and writes expected.json from what Backstory says
// about it today (detection, title, publishedAt, lang), for a person to check and correct. The
// fixture test then holds the code to the corrected truth.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { parseHtml } from '../src/cli/html';
import { detectPage } from '../src/core/detect';
import { extractArticle } from '../src/core/extract';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const FIXTURES = path.join(ROOT, 'tests/fixtures/detect');
const USAGE = 'usage: npm run add-fixture -- <saved-page.html[.gz]> <slug> [--url URL]';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

function readArgs(argv: string[]): { file: string; slug: string; url: string | null } {
  const urlAt = argv.indexOf('--url');
  const url = urlAt >= 0 ? (argv[urlAt + 1] ?? fail(USAGE)) : null;
  const positional = urlAt >= 0 ? argv.filter((_, index) => index !== urlAt && index !== urlAt + 1) : argv;
  const [file, slug] = positional;
  if (!file || !slug || positional.length !== 2) fail(USAGE);
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/u.test(slug)) fail(`slug "${slug}": lower-case words joined by hyphens, e.g. en-wire-kyiv-drones`);
  return { file, slug, url };
}

/** The page's own address when it states one (canonical, og:url), else a placeholder. */
function addressOf(html: string, slug: string): string {
  const doc = parseHtml(html, 'https://fixture.example/');
  const stated =
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ??
    doc.querySelector('meta[property="og:url"]')?.getAttribute('content');
  return stated && /^https?:\/\//u.test(stated) ? stated : `https://fixture.example/${slug}`;
}

function main(): void {
  const { file, slug, url: givenUrl } = readArgs(process.argv.slice(2));
  if (!existsSync(file)) fail(`no such file: ${file}`);
  const dir = path.join(FIXTURES, slug);
  if (existsSync(dir)) fail(`${path.relative(ROOT, dir)} exists already: pick another slug or remove it first`);
  const raw = readFileSync(file);
  const html = (file.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8');
  const url = givenUrl ?? addressOf(html, slug);

  const detection = detectPage(parseHtml(html, url), url);
  const expected: Record<string, unknown> = { url, isArticle: detection.isArticle, relevant: detection.relevant };
  if (detection.relevant) {
    expected['countries'] = detection.countries;
    expected['mainCountry'] = detection.countries[0];
  }
  if (detection.isArticle) {
    const article = extractArticle(parseHtml(html, url), url);
    expected['title'] = article.title;
    if (article.publishedAt) expected['publishedAt'] = article.publishedAt.slice(0, 10);
    if (article.lang) expected['lang'] = article.lang;
  }
  expected['notes'] = `TODO: why this page matters. Written by add-fixture from the output of ${new Date().toISOString().slice(0, 10)}; check every value.`;

  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'source.html'), html);
  writeFileSync(path.join(dir, 'expected.json'), `${JSON.stringify(expected, null, 2)}\n`);
  console.log(`wrote ${path.relative(ROOT, dir)}/source.html and expected.json:\n${JSON.stringify(expected, null, 2)}`);
  console.log(`\nreasons: ${detection.reasons.join('; ')}`);
  console.log(
    '\nCheck expected.json against the page itself, not against this output: it records what the code says today.\n' +
      'Fix any wrong value, replace the TODO note with why the page is in the corpus, and make sure the page is one\n' +
      'we may keep in the repository (written by us, not copied from a live site). Then: npx vitest run tests/unit/fixtures.test.ts',
  );
}

main();
