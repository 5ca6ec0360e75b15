import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { browserForTests } from './browser';

const root = path.resolve(__dirname, '../..');
const browserPath = browserForTests();

describe.skipIf(!browserPath)('npm start', () => {
  test('opens the fifth seed with the demo archive and lists related reports in the real panel', () => {
    const run = spawnSync(path.join(root, 'node_modules/.bin/tsx'), ['scripts/start.ts', '--check', '--no-build'], {
      cwd: root,
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(run.stderr).not.toMatch(/backstory: .*(error|could not|failed)/i);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('demo archive loaded: 4 articles');
    expect(run.stdout).toMatch(/side panel open: [1-9]\d* related reports/);
  });
});
