import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadSeeds, offTopicPageHtml, seedPageHtml } from '../support/seedPages';
import { ROOT } from './cliRun';

const seeds = loadSeeds();
const workDir = mkdtempSync(join(tmpdir(), 'backstory-cli-feed-'));
let origin = '';

// A site on 127.0.0.1: an RSS feed of two seed articles, an off-topic page and a missing one.
const server = createServer((request, response) => {
  const at = new URL(request.url ?? '/', origin).pathname;
  const pages: Record<string, string> = {
    '/news/minsk.html': seedPageHtml(seeds[3]!, { url: `${origin}/news/minsk.html` }),
    '/news/belarus.html': seedPageHtml(seeds[1]!, { url: `${origin}/news/belarus.html` }),
    '/life/bread.html': offTopicPageHtml(`${origin}/life/bread.html`),
  };
  if (at === '/rss.xml') {
    const items = ['/news/minsk.html', '/life/bread.html', '/news/belarus.html', '/news/gone.html']
      .map((path) => `<item><title><![CDATA[Новость ${path}]]></title><link>${path}</link></item>`).join('');
    return response.writeHead(200, { 'content-type': 'application/rss+xml' }).end(`<?xml version="1.0"?><rss version="2.0"><channel><title>Лента</title>${items}</channel></rss>`);
  }
  const html = pages[at];
  if (!html) return response.writeHead(404).end();
  response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
});

/** The command line in its own process (the server answers in this one meanwhile). */
const backstory = (...args: string[]) =>
  new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(join(ROOT, 'node_modules/.bin/tsx'), ['src/cli/main.ts', ...args], { cwd: ROOT, encoding: 'utf8' }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });

beforeAll(() => new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => {
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  resolve();
})));
afterAll(() => {
  server.close();
  rmSync(workDir, { recursive: true, force: true });
});

describe('ingest --feed', { timeout: 120_000 }, () => {
  test('the topical articles of a feed are added, the rest listed with why, with a progress line per request; again, nothing twice', async () => {
    const archive = join(workDir, 'archive.json');
    const run = await backstory('ingest', '--archive', archive, '--feed', `${origin}/rss.xml`);
    expect(run.code).toBe(0);
    const summary = JSON.parse(run.stdout);
    expect(summary.total).toBe(2);
    expect(summary.feeds).toHaveLength(1);
    const feed = summary.feeds[0];
    expect(feed).toMatchObject({ feed: `${origin}/rss.xml`, title: 'Лента', entries: 4, error: null });
    expect(feed.added.map((a: { url: string }) => a.url)).toEqual([`${origin}/news/minsk.html`, `${origin}/news/belarus.html`]);
    expect(feed.skipped).toEqual([
      { url: `${origin}/life/bread.html`, reason: 'not about Russia, Belarus or Ukraine' },
      { url: `${origin}/news/gone.html`, reason: 'the server answered 404 Not Found' },
    ]);
    const stored = JSON.parse(readFileSync(archive, 'utf8')).articles as { url: string; origin: string }[];
    expect(stored.map((a) => a.origin)).toEqual(['feed', 'feed']);
    // One line per request: the feed, then each of its four pages.
    const lines = run.stderr.split('\n').filter((line) => / fetching (feed|page) /.test(line));
    expect(lines).toHaveLength(5);
    // Counts on each; once three pages are read (a second apart: one request a second per host), the time left too.
    expect(lines[1]).toMatch(/^backstory: \[2, 0 of 4 pages read, \d+ s\] fetching page /);
    expect(lines[4]).toMatch(/^backstory: \[5, 3 of 4 pages read, \d+ s, about \d+ s left\] fetching page /);

    const again = JSON.parse((await backstory('ingest', '--archive', archive, '--feed', `${origin}/rss.xml`)).stdout);
    expect(again.total).toBe(2);
    expect(again.feeds[0].added).toEqual([]);
    expect(again.feeds[0].skipped.filter((s: { reason: string }) => s.reason.startsWith('already in your archive'))).toHaveLength(2);
  });

  test('a feed address that is not http(s) is refused before anything is read', async () => {
    const run = await backstory('ingest', '--archive', join(workDir, 'other.json'), '--feed', 'file:///etc/passwd');
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--feed must be a feed's http or https address/);
  });
});
