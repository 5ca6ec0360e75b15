import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadSeeds, offTopicPageHtml, seedPageHtml, seedSlug, type Seed } from './seedPages';

export interface DemoServer {
  origin: string;
  seeds: Seed[];
  /** The address a seed is served at: http://127.0.0.1:PORT/news/003.html */
  urlOf(seed: Seed): string;
  offTopicUrl: string;
  close(): Promise<void>;
}

function indexPage(seeds: Seed[], urlOf: (seed: Seed) => string): string {
  const items = seeds
    .map((seed) => `<li><a href="${urlOf(seed)}">${seed.title.replace(/</g, '&lt;')}</a> (${seed.outlet}, ${seed.publishedAt})</li>`)
    .join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Backstory demo news</title></head>
<body><h1>Backstory demo news</h1><ul>${items}</ul></body></html>`;
}

/** Serves the seed articles as news pages on 127.0.0.1 (loopback only). */
export async function startDemoServer(port = 0): Promise<DemoServer> {
  const seeds = loadSeeds();
  let origin = '';
  const urlOf = (seed: Seed) => `${origin}/news/${seedSlug(seed)}.html`;
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    const seed = seeds.find((candidate) => path === `/news/${seedSlug(candidate)}.html`);
    const html =
      path === '/'
        ? indexPage(seeds, urlOf)
        : path === '/news/baking.html'
          ? offTopicPageHtml(`${origin}/news/baking.html`)
          : seed
            ? seedPageHtml(seed, { url: urlOf(seed) })
            : null;
    response.writeHead(html ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
    response.end(html ?? 'Not found');
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    seeds,
    urlOf,
    offTopicUrl: `${origin}/news/baking.html`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
