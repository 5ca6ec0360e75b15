import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, backstory, stderrLines } from './cliRun';

// Issue 10: "progress with counts and time left for every import ... The command line shows a
// progress bar on a terminal and plain lines otherwise": a folder of 60 short reports (written
// for the test), one of them empty.
function folderOfReports(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'backstory-pages-progress-')), 'minsk');
  mkdirSync(dir);
  for (let n = 1; n <= 60; n++) {
    const text = n === 17 ? '' : `Лукашенко и Путин встретились в Москве (${n})\n\nПрезидент Беларуси Александр Лукашенко в пятницу встретился в Кремле с Владимиром Путиным. Стороны обсудили поставки газа и союзную программу, сообщила пресс-служба Кремля (сообщение ${n}).\n`;
    writeFileSync(join(dir, `report-${String(n).padStart(2, '0')}.txt`), text);
  }
  return dir;
}

describe('ingest of many pages shows its progress', () => {
  it('in a log: a line when the pages are read, with how many were read and skipped', () => {
    const dir = folderOfReports();
    const run = backstory('ingest', '--archive', join(dir, '..', 'archive.sqlite'), dir);
    expect(run.code).toBe(0);
    expect(stderrLines(run)).toContain('backstory: pages: 60 of 60, 59 read, 1 skipped, done');
    expect(JSON.parse(run.stdout).skipped).toEqual([{ file: join(dir, 'report-17.txt'), reason: 'empty file' }]);
  }, 60_000);

  it.skipIf(!existsSync('/usr/bin/script'))('on a terminal: a bar redrawn with the counts and the time left', () => {
    const dir = folderOfReports();
    const command = `node_modules/.bin/tsx src/cli/main.ts ingest --archive ${join(dir, '..', 'archive.sqlite')} ${dir} > /dev/null`;
    const run = spawnSync('script', ['-qec', command, '/dev/null'], { cwd: ROOT, encoding: 'utf8' });
    expect(run.status).toBe(0);
    const frames = run.stdout.split('\r').map((frame) => frame.replace(/\x1b\[K|\n/g, '')).filter((frame) => frame.startsWith('pages ['));
    expect(frames.length).toBeGreaterThanOrEqual(60);
    expect(frames.some((frame) => /^pages \[#+\.+\] \d+ of 60, \d+ read, [01] skipped, about \d+ s left$/.test(frame))).toBe(true);
    expect(frames.at(-1)).toBe('pages [####################] 60 of 60, 59 read, 1 skipped');
  }, 60_000);
});
