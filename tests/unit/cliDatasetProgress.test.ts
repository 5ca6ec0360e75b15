import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ACLED_HEADER, csvRow } from '../../src/datasets/testing/datasetFiles';
import { ROOT, backstory, stderrLines } from './cliRun';

// Issue 10: "The command line shows a progress bar on a terminal and plain lines otherwise",
// with counts and time left. 12,000 rows of shelling written for the test in ACLED's layout,
// stored 2,000 a transaction, so the bar is drawn six times.
function shellingExport(dir: string): string {
  const rows = [ACLED_HEADER.join(',')];
  for (let i = 0; i < 12_000; i++) {
    rows.push(csvRow(ACLED_HEADER, {
      event_id_cnty: `UKR${300000 + i}`, event_date: '2023-02-01', event_type: 'Explosions/Remote violence', sub_event_type: 'Shelling/artillery/missile attack',
      actor1: 'Military Forces of Russia (2000-)', actor2: 'Civilians (Ukraine)', country: 'Ukraine', admin1: 'Kharkiv', location: 'Kupiansk',
      latitude: 49.71, longitude: 37.61, fatalities: i % 3, notes: 'On 1 February 2023, Russian forces shelled Kupiansk, Kharkiv.',
    }));
  }
  const file = join(dir, 'acled-kharkiv.csv');
  writeFileSync(file, rows.join('\n'));
  return file;
}

describe('the command line while a dataset is read', () => {
  it('writes plain lines to a log: the file, its share, rows read, kept and skipped, and when it is done', () => {
    const dir = mkdtempSync(join(tmpdir(), 'backstory-progress-'));
    const run = backstory('ingest', '--archive', join(dir, 'a.sqlite'), shellingExport(dir));
    expect(run.code).toBe(0);
    expect(run.stderr).not.toContain('\r');
    expect(stderrLines(run).at(-1)).toBe(`backstory: ${join(dir, 'acled-kharkiv.csv')}: 100%, 12,000 rows, 12,000 kept, 0 skipped, done`);
  }, 60_000);

  it.skipIf(!existsSync('/usr/bin/script'))('redraws a bar with counts and the time left on a terminal', () => {
    const dir = mkdtempSync(join(tmpdir(), 'backstory-progress-'));
    const file = shellingExport(dir);
    // script(1) gives the command a pseudo-terminal, as a reader's shell would.
    const command = `node_modules/.bin/tsx src/cli/main.ts ingest --archive ${join(dir, 'a.sqlite')} ${file} > /dev/null`;
    const run = spawnSync('script', ['-qec', command, '/dev/null'], { cwd: ROOT, encoding: 'utf8' });
    expect(run.status).toBe(0);
    const frames = run.stdout.split('\r').map((frame) => frame.replace(/\x1b\[K|\n/g, '')).filter((frame) => frame.startsWith(file));
    expect(frames.length).toBeGreaterThanOrEqual(6);
    expect(frames[0]).toMatch(/\[#{1,4}\.+\] 2,000 rows, 2,000 kept, 0 skipped, \d+ (s|min \d+ s) left$/);
    expect(frames.at(-1)).toBe(`${file} [####################] 12,000 rows, 12,000 kept, 0 skipped`);
  }, 60_000);
});
