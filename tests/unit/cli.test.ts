import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, test } from 'vitest';
import { backstory, ROOT, seed, SEEDS } from './cliRun';

const SEED_FILES = [
  '000_3a0ba16347866999.txt',
  '001_c733fd2226c880bb.txt',
  '002_4bc1e774403bc3b4.txt',
  '003_a5b2a6d156f426f8.txt',
  '004_061d1f42c0d59b28.txt',
];
const workDir = mkdtempSync(join(tmpdir(), 'backstory-cli-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

function expectOneLineError(run: ReturnType<typeof backstory>, pattern: RegExp) {
  expect(run.code).toBe(2);
  expect(run.stdout).toBe('');
  expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(run.stderr).toMatch(pattern);
}

const ARTICLE_FIELDS = ['url', 'title', 'byline', 'siteName', 'publishedAt', 'lang', 'text'];
const DETECTION_FIELDS = ['isArticle', 'relevant', 'score', 'countries', 'reasons'];
const ENTITY_FIELDS = ['id', 'name', 'type', 'mentions'];
// The contract's fields, then the date range added beside `date` (granularity of the time).
const STATEMENT_FIELDS = ['id', 'text', 'speaker', 'attribution', 'polarity', 'modality', 'predicate', 'subject', 'target', 'quantities', 'date', 'dateEnd', 'dateGranularity'];
const EVENT_FIELDS = ['id', 'type', 'cameo', 'actors', 'place', 'date', 'statementIds'];

describe('backstory command line', () => {
  test('--help prints the usage on stdout', () => {
    const run = backstory('--help');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Usage: npm run -s backstory -- <command>/);
    expect(run.stdout).toMatch(/check FILE --archive ARCHIVE\.json/);
  });

  test.each([
    [['summarise', seed(SEED_FILES[0]!)], /unknown command "summarise"/],
    [['analyze', seed(SEED_FILES[0]!), '--verbose'], /Unknown option '--verbose'/],
    [['analyze', seed(SEED_FILES[0]!), '--date', '19/12/2022'], /--date must be a real date/],
    [['analyze', '../shared/seeds/no-such-article.txt'], /cannot read .*no-such-article\.txt: no such file/],
    [['analyze', 'package.json'], /unsupported file type/],
    [['check', seed(SEED_FILES[4]!)], /check needs --archive/],
  ])('usage and file errors are one line on stderr with exit 2: %s', (args, message) => {
    expectOneLineError(backstory(...args), message);
  });

  test('analyze prints every field of the contract', () => {
    const run = backstory('analyze', seed(SEED_FILES[4]!), '--date', '2022-12-19');
    expect(run.code).toBe(0);
    const output = JSON.parse(run.stdout);
    expect(Object.keys(output)).toEqual(['article', 'detection', 'entities', 'statements', 'events']);
    expect(Object.keys(output.article)).toEqual(ARTICLE_FIELDS);
    expect(Object.keys(output.detection)).toEqual(DETECTION_FIELDS);
    expect(output.article.url).toBe(`file://${join(ROOT, '..', 'shared/seeds', SEED_FILES[4]!)}`);
    expect(output.article.title).toMatch(/^Putin arrived in Belarus/);
    expect(output.article.publishedAt).toBe('2022-12-19');
    expect(output.detection.countries).toContain('BY');
    expect(output.entities.length).toBeGreaterThan(0);
    expect(output.statements.length).toBeGreaterThan(0);
    for (const entity of output.entities) expect(Object.keys(entity)).toEqual(ENTITY_FIELDS);
    for (const statement of output.statements) expect(Object.keys(statement)).toEqual(STATEMENT_FIELDS);
    for (const event of output.events) expect(Object.keys(event)).toEqual(EVENT_FIELDS);
  });

  test('analyze of several files prints one line per file, in order, with gzipped pages read', () => {
    const text = readFileSync(join(ROOT, seed(SEED_FILES[3]!)), 'utf8');
    const [title = '', ...paragraphs] = text.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
    const canonical = 'https://www.tbsnews.net/world/putin-heads-belarus';
    const body = paragraphs.map((p) => `<p>${p}</p>`).join('');
    const page =
      `<html><head><title>${title}</title><link rel="canonical" href="${canonical}"></head>` +
      `<body><article><h1>${title}</h1>${body}</article></body></html>`;
    const gzipped = join(workDir, 'putin-heads-belarus.html.gz');
    writeFileSync(gzipped, gzipSync(page));
    const run = backstory('analyze', seed(SEED_FILES[1]!), gzipped);
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split('\n').map((line) => JSON.parse(line));
    expect(lines.map((line) => line.file)).toEqual([seed(SEED_FILES[1]!), gzipped]);
    expect(lines[1].article.url).toBe('https://www.tbsnews.net/world/putin-heads-belarus');
    expect(lines[1].detection.relevant).toBe(true);
  });

  test("ingest then check: Putin's Minsk visit is matched to the other report of that day", () => {
    const archive = join(workDir, 'seeds-archive.json');
    const ingest = backstory(
      'ingest', '--archive', archive, '--index', `${SEEDS}/index.json`,
      ...SEED_FILES.slice(0, 4).map(seed),
    );
    expect(ingest.code).toBe(0);
    const summary = JSON.parse(ingest.stdout);
    expect(summary.added.map((a: { file: string }) => a.file)).toEqual(SEED_FILES.slice(0, 4).map(seed));
    expect(summary.duplicates).toEqual([]);
    expect(summary.skipped).toEqual([]);
    expect(summary.total).toBe(4);
    const bundle = JSON.parse(readFileSync(archive, 'utf8'));
    expect(bundle.format).toBe('backstory-archive');
    expect(bundle.articles.map((a: { publishedAt: string }) => a.publishedAt)).toEqual([
      '2022-07-02', '2022-10-17', '2023-01-13', '2022-12-19',
    ]);

    const check = backstory('check', seed(SEED_FILES[4]!), '--archive', archive, '--date', '2022-12-19');
    expect(check.code).toBe(0);
    const result = JSON.parse(check.stdout);
    expect(Object.keys(result)).toEqual(['article', 'detection', 'related', 'contradictions']);
    expect(result.related[0].url).toMatch(/003_a5b2a6d156f426f8\.txt$/);
    expect(result.related[0].sameEvent).toBe(true);
    expect(Object.keys(result.related[0])).toEqual(['url', 'title', 'siteName', 'publishedAt', 'score', 'sameEvent', 'reasons']);
    for (const contradiction of result.contradictions) {
      expect(Object.keys(contradiction)).toEqual(['kind', 'score', 'statement', 'other', 'explanation']);
    }
    // check never stores: the archive file is byte for byte what ingest wrote.
    expect(JSON.parse(readFileSync(archive, 'utf8'))).toEqual(bundle);
  });

  test('ingesting the same file twice reports it as a duplicate', () => {
    const archive = join(workDir, 'twice.json');
    expect(backstory('ingest', '--archive', archive, seed(SEED_FILES[2]!)).code).toBe(0);
    const again = backstory('ingest', '--archive', archive, seed(SEED_FILES[2]!));
    expect(again.code).toBe(0);
    const summary = JSON.parse(again.stdout);
    expect(summary.added).toEqual([]);
    expect(summary.duplicates).toEqual([
      {
        file: seed(SEED_FILES[2]!),
        duplicateOf: { title: expect.stringMatching(/ultimatum/), url: expect.stringMatching(/002_4bc1e774403bc3b4\.txt$/) },
        reason: 'same canonical URL',
      },
    ]);
    expect(summary.total).toBe(1);
    // Written through a temporary file and a rename: no temporary file is left behind.
    expect(readdirSync(workDir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  test('a broken archive is an error and is left as it was', () => {
    const archive = join(workDir, 'broken.json');
    const broken = '{"format": "backstory-archive", "version": 1, "articles": [';
    writeFileSync(archive, broken);
    expectOneLineError(backstory('ingest', '--archive', archive, seed(SEED_FILES[0]!)), /archive .*broken\.json: .*not valid JSON/);
    expectOneLineError(backstory('check', seed(SEED_FILES[0]!), '--archive', archive), /not valid JSON/);
    expect(readFileSync(archive, 'utf8')).toBe(broken);
    writeFileSync(archive, JSON.stringify({ format: 'backstory-archive', version: 99, articles: [] }));
    expectOneLineError(backstory('check', seed(SEED_FILES[0]!), '--archive', archive), /newer Backstory/);
  });

  test('check on a missing archive says so', () => {
    expectOneLineError(
      backstory('check', seed(SEED_FILES[4]!), '--archive', join(workDir, 'none.json')),
      /cannot read archive .*none\.json: no such file/,
    );
  });
});
