import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { canUseVirtualDisplay } from '../support/virtualDisplay';
import { browserForTests } from './browser';

const root = path.resolve(__dirname, '../..');
const browserPath = browserForTests();
// The README shows this file as what `npm start` saves; the tests never write it.
const DEMO_SCREENSHOT = path.join(root, 'test-results', 'start-panel.png');
// Other programs on the machine (benchmarks, other test runs) make profiles of their own: each
// run is judged by the profile it names.
const profileOf = (output: string) => /temporary browser profile: (\S+)/.exec(output)?.[1];
const mtimeOf = (file: string) => (existsSync(file) ? statSync(file).mtimeMs : null);

describe.skipIf(!browserPath)('npm start', () => {
  test('opens the fifth seed with the demo archive and lists related reports in the real panel', () => {
    const before = { demo: mtimeOf(DEMO_SCREENSHOT) };
    const shot = path.join(root, 'test-results', 'npm-start-check-panel-related-reports.png');
    const run = spawnSync(path.join(root, 'node_modules/.bin/tsx'), ['scripts/start.ts', '--check', '--no-build', '--screenshot', shot], {
      cwd: root,
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(run.stderr).not.toMatch(/backstory: .*(error|could not|failed)/i);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('demo archive loaded: 4 articles');
    expect(run.stdout).toMatch(/side panel open: [1-9]\d* related reports/);
    expect(existsSync(shot)).toBe(true);
    expect(mtimeOf(DEMO_SCREENSHOT)).toBe(before.demo);
    expect(profileOf(run.stdout)).toMatch(/backstory-profile-/);
    expect(existsSync(profileOf(run.stdout)!)).toBe(false);
  });

  test('--empty-archive: the panel offers to save or import, and the demo archive waits in a file', () => {
    const shot = path.join(root, 'test-results', 'npm-start-check-panel-archive-empty.png');
    const run = spawnSync(path.join(root, 'node_modules/.bin/tsx'), ['scripts/start.ts', '--check', '--no-build', '--empty-archive', '--screenshot', shot], {
      cwd: root,
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).not.toContain('demo archive loaded');
    expect(run.stdout).toContain('side panel open: your archive is empty');
    const bundle = JSON.parse(readFileSync(path.join(root, 'test-results', 'demo-archive.json'), 'utf8')) as { articles: unknown[] };
    expect(bundle.articles).toHaveLength(4);
    expect(existsSync(shot)).toBe(true);
  });

  /** `npm start` on its own virtual display, running until it prints that it is ready. */
  async function startHeaded(shotName: string) {
    const env = { ...process.env, DISPLAY: '', WAYLAND_DISPLAY: '' };
    const shot = path.join(root, 'test-results', shotName);
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts', '--no-build', '--screenshot', shot], { cwd: root, env });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    await expect.poll(() => out, { timeout: 90_000, interval: 200 }).toContain('press Ctrl-C to quit');
    const display = /virtual display \((:\d+)/.exec(out)?.[1];
    expect(display, out).toBeDefined();
    const displayGone = () => !existsSync(`/tmp/.X11-unix/X${display!.slice(1)}`);
    return { child, exited, displayGone, output: () => out };
  }

  test.skipIf(!canUseVirtualDisplay())('stopped with SIGTERM, it removes its browser profile and its display', async () => {
    const run = await startHeaded('npm-start-headed-panel-related-reports.png');
    const profile = profileOf(run.output())!;
    expect(existsSync(profile)).toBe(true);
    run.child.kill('SIGTERM');
    expect(await run.exited).toBe(0);
    expect(existsSync(profile)).toBe(false);
    await expect.poll(run.displayGone, { timeout: 5_000 }).toBe(true);
  });

  test.skipIf(!canUseVirtualDisplay())('when the browser is closed, it stops and removes its profile', async () => {
    const run = await startHeaded('npm-start-headed-panel-before-browser-closed.png');
    const profile = profileOf(run.output())!;
    expect(existsSync(profile)).toBe(true);
    // The browser is the Chromium that npm start launched (not the Xvfb beside it).
    const children = spawnSync('pgrep', ['-P', String(run.child.pid), '-f', 'chrom'], { encoding: 'utf8' }).stdout.trim().split('\n');
    expect(children[0], 'the browser process').toMatch(/^\d+$/);
    process.kill(Number(children[0]), 'SIGTERM');
    expect(await run.exited).toBe(0);
    expect(run.output()).toContain('the browser was closed');
    expect(existsSync(profile)).toBe(false);
    await expect.poll(run.displayGone, { timeout: 5_000 }).toBe(true);
  });
});
