import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadSeeds, offTopicPageHtml, seedPageHtml } from '../support/seedPages';

export interface Seen {
  path: string;
  ifNoneMatch: string | null;
  cookie: string | null;
}

/**
 * A news site on 127.0.0.1 for the feeds' end-to-end tests (Chromium and Firefox): two feeds,
 * each with an ETag, and their pages, the seed articles (test inputs read from shared/, never
 * shipped) and an off-topic page. /slow/ pages answer after a while, so the worker can be
 * stopped in the middle of a fetch and the time left be measured; the slow feed's last two
 * entries are not stored (an off-topic page, and a report already read under another address).
 */
export function newsSite() {
  const seeds = loadSeeds();
  const seen: Seen[] = [];
  let origin = '';
  const page = (n: number, at: string) => seedPageHtml(seeds[n]!, { url: `${origin}${at}` });
  const rss = (title: string, paths: string[]) => `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title><![CDATA[${title}]]></title><link>${origin}/</link>
${paths.map((at, i) => `<item><title><![CDATA[Материал ${i + 1}]]></title><link>${at}</link><guid isPermaLink="false">${title}-${i}</guid><pubDate>Mon, 02 Jan 2023 1${i}:00:00 +0300</pubDate></item>`).join('\n')}
</channel></rss>`;
  const feeds: Record<string, () => string> = {
    '/politics/rss.xml': () => rss('Новости: политика', ['/news/belarus.html', '/news/minsk.html', '/life/bread.html']),
    '/slow/rss.xml': () => rss('Медленная лента', ['/slow/one.html', '/slow/two.html', '/slow/three.html', '/slow/bread.html', '/slow/belarus-again.html']),
  };
  const pages: Record<string, () => string> = {
    '/news/belarus.html': () => page(1, '/news/belarus.html'),
    '/news/minsk.html': () => page(3, '/news/minsk.html'),
    '/life/bread.html': () => offTopicPageHtml(`${origin}/life/bread.html`),
    '/slow/one.html': () => page(0, '/slow/one.html'),
    '/slow/two.html': () => page(2, '/slow/two.html'),
    '/slow/three.html': () => page(4, '/slow/three.html'),
    '/slow/bread.html': () => offTopicPageHtml(`${origin}/slow/bread.html`),
    '/slow/belarus-again.html': () => page(1, '/slow/belarus-again.html'),
  };
  const server: Server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const at = new URL(request.url ?? '/', origin).pathname;
    seen.push({ path: at, ifNoneMatch: request.headers['if-none-match'] ?? null, cookie: request.headers.cookie ?? null });
    const feed = feeds[at];
    if (feed) {
      if (request.headers['if-none-match'] === '"feed-v1"') return response.writeHead(304).end();
      return response.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', etag: '"feed-v1"', 'set-cookie': 'tracker=1' }).end(feed());
    }
    const html = pages[at];
    if (!html) return response.writeHead(404).end('not here');
    const send = () => response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html());
    if (at.startsWith('/slow/')) setTimeout(send, 1500);
    else send();
  });
  return {
    seeds,
    seen,
    origin: () => origin,
    start: () => new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => {
      origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      resolve();
    })),
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
