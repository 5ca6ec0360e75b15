import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { backstory, seed, SEEDS, stderrLines } from './cliRun';

const workDir = mkdtempSync(join(tmpdir(), 'backstory-cli-check-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));
const archive = join(workDir, 'seeds.json');
const PUTIN_IN_MINSK = seed('004_061d1f42c0d59b28.txt');

beforeAll(() => {
  const files = ['000_3a0ba16347866999.txt', '001_c733fd2226c880bb.txt', '002_4bc1e774403bc3b4.txt', '003_a5b2a6d156f426f8.txt'];
  expect(backstory('ingest', '--archive', archive, '--index', `${SEEDS}/index.json`, ...files.map(seed)).code).toBe(0);
}, 60_000);

describe('check reads what the index knows of its file', { timeout: 60_000 }, () => {
  test("with --index, the file's date and outlet come from its entry: the Reuters copy of the same visit is the same event", () => {
    const run = backstory('check', PUTIN_IN_MINSK, '--archive', archive, '--index', `${SEEDS}/index.json`);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const result = JSON.parse(run.stdout);
    expect(result.article.publishedAt).toBe('2022-12-19');
    expect(result.article.siteName).toBe('Infobae (English edition)');
    expect(result.related[0]).toMatchObject({
      url: expect.stringMatching(/003_a5b2a6d156f426f8\.txt$/),
      siteName: 'The Business Standard (Reuters copy)',
      publishedAt: '2022-12-19',
      sameEvent: true,
    });
  });

  test('--date wins over the index, as a flag the user typed', () => {
    const run = backstory('check', PUTIN_IN_MINSK, '--archive', archive, '--index', `${SEEDS}/index.json`, '--date', '2022-12-20');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).article.publishedAt).toBe('2022-12-20');
  });

  test('with no date anywhere, check still answers and warns that no report can be marked the same event', () => {
    const run = backstory('check', PUTIN_IN_MINSK, '--archive', archive);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).article.publishedAt).toBeNull();
    expect(stderrLines(run)).toEqual([
      expect.stringMatching(/^backstory: warning: .*004_061d1f42c0d59b28\.txt: no publication date .*same event .*--date/),
    ]);
  });
});
