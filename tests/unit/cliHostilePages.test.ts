import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, test } from 'vitest';
import { backstory, ROOT, stderrLines } from './cliRun';

const workDir = mkdtempSync(join(tmpdir(), 'backstory-cli-hostile-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));
const MB = 1024 * 1024;

describe('the command line on hostile pages', { timeout: 60_000 }, () => {
  test('100,000 nested divs: the page is read in seconds, its text whole, with a warning', () => {
    const n = 100_000;
    const page =
      '<html><head><title>Putin and Lukashenko hold talks in Minsk</title></head><body><article>' +
      '<h1>Putin and Lukashenko hold talks in Minsk</h1>' +
      '<p>Russian President Vladimir Putin arrived in Minsk on Monday for talks with Belarusian leader Alexander Lukashenko.</p>' +
      `${'<div>'.repeat(n)}<p>The Kremlin said the two leaders would discuss gas prices and joint military exercises.</p>${'</div>'.repeat(n)}` +
      '</article></body></html>';
    const file = join(workDir, 'deep.html');
    writeFileSync(file, page);
    const started = Date.now();
    const run = backstory('analyze', file, '--date', '2022-12-19');
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(run.code).toBe(0);
    const { article } = JSON.parse(run.stdout);
    expect(article.title).toBe('Putin and Lukashenko hold talks in Minsk');
    expect(article.text).toContain('arrived in Minsk on Monday');
    expect(article.text).toContain('would discuss gas prices and joint military exercises');
    expect(stderrLines(run)).toEqual([expect.stringMatching(/^backstory: warning: .*deep\.html: nested deeper than 128 levels/)]);
  });

  test('a gzip bomb (1 GiB of zeros in a 1 MB .html.gz) is refused within the inflation cap', () => {
    // Gzip members may be concatenated: 128 copies of 8 MB of zeros inflate to 1 GiB.
    const member = gzipSync(Buffer.alloc(8 * MB));
    const file = join(workDir, 'bomb.html.gz');
    writeFileSync(file, Buffer.concat(Array.from({ length: 128 }, () => member)));
    // GNU time reports the peak memory (KB) on its last stderr line.
    const timed = existsSync('/usr/bin/time');
    const command = timed ? '/usr/bin/time' : join(ROOT, 'node_modules/.bin/tsx');
    const args = [...(timed ? ['-f', '%M', join(ROOT, 'node_modules/.bin/tsx')] : []), 'src/cli/main.ts', 'analyze', file];
    const run = spawnSync(command, args, { cwd: ROOT, encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines[0]).toBe(`backstory: ${file}: expands to more than 32 MB, too big for an article page`);
    if (timed) expect(Number(lines.at(-1)) * 1024).toBeLessThan(400 * MB);
  });
});
