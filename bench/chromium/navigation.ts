// Navigations for the Chromium benches: news pages served on 127.0.0.1, and when the extension
// stores its result for each (bench/chromium.ts, bench/chromium/profileNavigation.ts).
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { QUIET_MS } from '../../entrypoints/background/analysisScheduler';
import { seedPageHtml } from '../../tests/support/seedPages';
import type { DevDoc } from '../devsetDocs';

/** Serves the query articles as news pages on 127.0.0.1 (`slowImageMs`: each with an image sent that late, holding the load event back). */
export async function serveQueries(docs: DevDoc[], slowImageMs = 0) {
  let origin = '';
  const urlOf = (doc: DevDoc) => `${origin}/news/${doc.id}.html`;
  const server = createServer((request, response) => {
    if (request.url === '/slow.png') {
      setTimeout(() => response.writeHead(404).end(), slowImageMs);
      return;
    }
    const doc = docs.find((d) => request.url === `/news/${d.id}.html`);
    if (!doc) {
      response.writeHead(404).end('Not found');
      return;
    }
    const [title = '', ...rest] = doc.raw.split('\n');
    const page = seedPageHtml({ file: doc.id, outlet: doc.outlet, publishedAt: doc.publishedAt, lang: doc.lang, title, body: rest.join('\n').trim() }, { url: urlOf(doc) });
    const html = slowImageMs > 0 ? page.replace('</body>', '<img src="/slow.png" alt=""></body>') : page;
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { urlOf, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/** Records, in the watching extension page, when the background stores a finished result for each address. */
export async function watchResults(page: Page): Promise<void> {
  await page.evaluate(() => {
    const seen = new Map<string, number>();
    const started = new Map<string, number>();
    const stages = new Map<string, number>();
    const told = new Map<string, number>();
    (globalThis as unknown as { __results: Map<string, number> }).__results = seen;
    (globalThis as unknown as { __told: Map<string, number> }).__told = told;
    (globalThis as unknown as { __started: Map<string, number> }).__started = started;
    (globalThis as unknown as { __stages: Map<string, number> }).__stages = stages;
    type Changes = Record<string, { newValue?: unknown }>;
    type Told = { channel?: string; name?: string; args?: { state?: { url?: string; status?: string } } };
    const { storage, runtime } = (globalThis as unknown as { chrome: { storage: { session: { onChanged: { addListener(f: (c: Changes) => void): void } } }; runtime: { onMessage: { addListener(f: (m: Told) => void): void } } } }).chrome;
    // The message an open panel shows the result from (tabStates.ts broadcasts it), beside the stored state.
    runtime.onMessage.addListener((message) => {
      const state = message?.name === 'tabStateChanged' ? message.args?.state : undefined;
      if (state?.url && ['ready', 'error', 'not_article', 'not_relevant'].includes(state.status ?? '') && !told.has(state.url)) told.set(state.url, Date.now());
    });
    storage.session.onChanged.addListener((changes) => {
      for (const [key, change] of Object.entries(changes)) {
        const state = change.newValue as { url?: string; status?: string; stage?: string } | undefined;
        if (!key.startsWith('tab:') || !state?.url) continue;
        if (state.status === 'analyzing' && !started.has(state.url)) started.set(state.url, Date.now());
        const stage = `${state.url}\n${state.stage}`;
        if (state.status === 'analyzing' && !stages.has(stage)) stages.set(stage, Date.now());
        if (['ready', 'error', 'not_article', 'not_relevant'].includes(state.status ?? '') && !seen.has(state.url)) seen.set(state.url, Date.now());
      }
    });
  });
}

/**
 * Milliseconds from the start of navigation to the page's load event, to the background starting
 * its analysis (the detector has reported), and to the extension's stored result.
 */
export type Navigation = { load: number; started: number | null; result: number | null; /** The panel's message with the result (null: none heard). */ told?: number | null; stages?: Record<string, number>; /** Date.now() at the start of navigation. */ at: number };
/** The background's steps (pageAnalysis.ts), in order: each is told to the panel as it starts. */
export const STAGES = ['reading', 'analysing', 'matching'];

export async function navigate(tab: Page, watcher: Page, url: string): Promise<Navigation> {
  // A reader does not open articles a few hundred ms apart in one tab; reports that close are a
  // burst to the background (analysisScheduler.ts), whose latest it analyses once they pause.
  await new Promise((resolve) => setTimeout(resolve, QUIET_MS + 200));
  const start = Date.now();
  await tab.goto(url, { waitUntil: 'load' });
  const load = Date.now() - start;
  // The page's own timeline (its parse, DOMContentLoaded, load event), from the same start.
  const page = await tab
    .evaluate(() => {
      // (No named function in here: tsx would wrap it in a helper the page does not have.)
      const [entry] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
      // An instrumented build's own marks in the page, named "backstory:STEP", beside them.
      const marks = Object.fromEntries(performance.getEntriesByType('mark').filter((m) => m.name.startsWith('backstory:')).map((m) => [m.name.slice(10), m.startTime]));
      return [performance.timeOrigin, { responseEnd: entry?.responseEnd, domInteractive: entry?.domInteractive, domContentLoaded: entry?.domContentLoadedEventEnd, loadEvent: entry?.loadEventStart, ...marks }] as const;
    })
    .then(([origin, times]) => Object.fromEntries(Object.entries(times).flatMap(([name, ms]) => (ms ? [[`p:${name}`, origin + ms - start]] : []))))
    .catch(() => ({}));
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    const [began, at, steps, heard] = await watcher.evaluate(([u, names]) => {
      const g = globalThis as unknown as { __results: Map<string, number>; __started: Map<string, number>; __stages: Map<string, number>; __told?: Map<string, number> };
      return [g.__started.get(u) ?? null, g.__results.get(u) ?? null, names.map((n) => g.__stages.get(`${u}\n${n}`) ?? null), g.__told?.get(u) ?? null] as const;
    }, [url, STAGES] as const);
    if (at !== null) {
      const stages = { ...page, ...Object.fromEntries(STAGES.flatMap((name, i) => (steps[i] == null ? [] : [[name, steps[i]! - start]]))) };
      return { load, started: began === null ? null : began - start, result: at - start, told: heard === null ? null : heard - start, stages, at: start };
    }
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  return { load, started: null, result: null, at: start };
}
