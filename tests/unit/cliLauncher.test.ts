import { spawnSync } from 'node:child_process';
import { statSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './cliRun';

// `npm run backstory` runs scripts/backstory.mjs: the command line prebuilt into one file,
// rebuilt whenever a source is newer. A reader who edits a file must never run the old code.
const BUNDLE = join(ROOT, 'node_modules/.cache/backstory-cli/main.mjs');
const launch = (...args: string[]) => spawnSync(process.execPath, [join(ROOT, 'scripts/backstory.mjs'), ...args], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });

describe('the command line launcher', () => {
  it('runs the command line: --help prints the usage, an unknown command fails with exit 2', () => {
    const help = launch('--help');
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/Usage: npm run -s backstory -- <command>/);
    const wrong = launch('frobnicate');
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toMatch(/^backstory: .*frobnicate/);
  }, 120_000);

  it('rebuilds the prebuilt file when a source file is newer than it', () => {
    expect(launch('--help').status).toBe(0);
    const source = join(ROOT, 'src/cli/usage.ts');
    const old = new Date(Date.now() - 3_600_000);
    utimesSync(BUNDLE, old, old);
    const sourceTime = statSync(source).mtime;
    try {
      utimesSync(source, sourceTime, new Date()); // the reader has just edited it
      expect(launch('--help').status).toBe(0);
      expect(statSync(BUNDLE).mtimeMs).toBeGreaterThan(old.getTime() + 1000);
    } finally {
      utimesSync(source, sourceTime, sourceTime);
    }
  }, 120_000);
});
