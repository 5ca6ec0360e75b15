import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { backstory, seed, SEEDS, stderrLines } from './cliRun';

const workDir = mkdtempSync(join(tmpdir(), 'backstory-cli-skips-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));
const file = (name: string, content: string | Buffer) => {
  const path = join(workDir, name);
  writeFileSync(path, content);
  return path;
};
const storedTitles = (archive: string) =>
  JSON.parse(readFileSync(archive, 'utf8')).articles.map((a: { title: string }) => a.title);

describe('ingest skips files that are no article and stores the others', { timeout: 60_000 }, () => {
  test('empty, binary and textless files are named with their reason; the seeds around them are stored', () => {
    const archive = join(workDir, 'archive.json');
    expect(backstory('ingest', '--archive', archive, seed('000_3a0ba16347866999.txt')).code).toBe(0);

    const empty = file('empty.txt', '');
    // A photo saved under an article's name: PNG signature and header chunk.
    const photo = file('putin-minsk.html', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 4, 0]));
    const noise = file('notes.txt', Buffer.from(Array.from({ length: 2000 }, (_, i) => 0x80 + ((i * 31) % 128))));
    const menuOnly = file('menu.html', '<html><head><title>Новости</title><script>track()</script></head><body><nav><a href="/">Главная</a></nav></body></html>');
    const run = backstory(
      'ingest', '--archive', archive, empty, photo, seed('003_a5b2a6d156f426f8.txt'), noise, menuOnly,
      seed('002_4bc1e774403bc3b4.txt'),
    );

    // The run stored what it could read: it succeeds, and says what it left out.
    expect(run.code).toBe(0);
    const summary = JSON.parse(run.stdout);
    expect(summary.added.map((a: { file: string }) => a.file)).toEqual([seed('003_a5b2a6d156f426f8.txt'), seed('002_4bc1e774403bc3b4.txt')]);
    expect(summary.skipped).toEqual([
      { file: empty, reason: 'empty file' },
      { file: photo, reason: expect.stringMatching(/^binary file/) },
      { file: noise, reason: expect.stringMatching(/^not text/) },
      { file: menuOnly, reason: 'no article text found in it' },
    ]);
    // Nothing already stored is lost: the first run's article is still there.
    expect(summary.total).toBe(3);
    expect(storedTitles(archive)).toEqual([
      expect.stringMatching(/^Putin hints at unleashing horror defence pact/),
      expect.stringMatching(/^Putin heads for Belarus/),
      expect.stringMatching(/ultimatum/),
    ]);
    // One line on stderr per skipped file, naming it.
    const lines = stderrLines(run);
    expect(lines).toHaveLength(4);
    [empty, photo, noise, menuOnly].forEach((path, i) => expect(lines[i]).toContain(`backstory: ${path}: `));
  });

  test('a run whose every file is unreadable stores nothing and exits 2', () => {
    const archive = join(workDir, 'only-bad.json');
    const run = backstory('ingest', '--archive', archive, file('blank.txt', '\n  \n'), join(workDir, 'missing.txt'));
    expect(run.code).toBe(2);
    const summary = JSON.parse(run.stdout);
    expect(summary.added).toEqual([]);
    expect(summary.skipped.map((s: { reason: string }) => s.reason)).toEqual(['nothing but white space', 'no such file']);
    expect(summary.total).toBe(0);
    expect(stderrLines(run)[1]).toMatch(/cannot read .*missing\.txt: no such file/);
  });

  test('analyze of several files prints the readable ones and names the others', () => {
    const empty = file('empty.html', '');
    const run = backstory('analyze', seed('001_c733fd2226c880bb.txt'), empty);
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split('\n').map((line) => JSON.parse(line));
    expect(lines.map((line) => line.file)).toEqual([seed('001_c733fd2226c880bb.txt')]);
    expect(stderrLines(run)).toEqual([`backstory: ${empty}: empty file`]);
  });

  test('the outlet of an index entry is stored as the article site name', () => {
    const archive = join(workDir, 'outlets.json');
    const run = backstory('ingest', '--archive', archive, '--index', `${SEEDS}/index.json`, seed('003_a5b2a6d156f426f8.txt'));
    expect(run.code).toBe(0);
    const [article] = JSON.parse(readFileSync(archive, 'utf8')).articles;
    expect(article.siteName).toBe('The Business Standard (Reuters copy)');
    expect(article.publishedAt).toBe('2022-12-19');
  });
});
