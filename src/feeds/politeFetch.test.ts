import { describe, expect, test } from 'vitest';
import { parseRetryAfter, retryAt } from './backoff';
import { decodeBody } from './decodeBody';
import { FetchFailed, PoliteFetcher } from './politeFetch';

type Served = { status?: number; body?: BodyInit | null; headers?: Record<string, string> };

/** A fake network: records each request and answers what the test serves for its address. */
function network(serve: (url: string, headers: Headers) => Served) {
  const requests: { url: string; headers: Headers; init: RequestInit; at: number }[] = [];
  const fetchImpl = (async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = String(input);
    const headers = new Headers(init.headers);
    requests.push({ url, headers, init, at: Date.now() });
    const answer = serve(url, headers);
    return new Response(answer.body ?? null, { status: answer.status ?? 200, headers: answer.headers });
  }) as typeof fetch;
  return { requests, fetchImpl };
}

describe('fetching politely', () => {
  test('the validators of the last answer are sent back, and a 304 says nothing changed', async () => {
    const net = network((_url, headers) =>
      headers.get('if-none-match') === '"v1"' ? { status: 304 } : { body: '<rss/>', headers: { etag: '"v1"', 'last-modified': 'Mon, 02 Jan 2023 10:00:00 GMT' } },
    );
    const fetcher = new PoliteFetcher(net.fetchImpl, 0);
    const first = await fetcher.get('https://news.example/rss');
    expect(first).toMatchObject({ status: 'ok', text: '<rss/>', validators: { etag: '"v1"', lastModified: 'Mon, 02 Jan 2023 10:00:00 GMT' } });
    expect(net.requests[0]!.headers.has('if-none-match')).toBe(false);
    const second = await fetcher.get('https://news.example/rss', first.status === 'ok' ? first.validators : null);
    expect(second).toEqual({ status: 'not_modified' });
    expect(net.requests[1]!.headers.get('if-none-match')).toBe('"v1"');
    expect(net.requests[1]!.headers.get('if-modified-since')).toBe('Mon, 02 Jan 2023 10:00:00 GMT');
    // No cookies go to the sites, and the browser's cache cannot answer in the server's place.
    expect(net.requests[1]!.init).toMatchObject({ credentials: 'omit', cache: 'no-store' });
  });

  test('one request at a time per host, spaced; other hosts are not held up', async () => {
    const net = network(() => ({ body: 'ok' }));
    const fetcher = new PoliteFetcher(net.fetchImpl, 150);
    const started = Date.now();
    await Promise.all([
      fetcher.get('https://a.example/1'),
      fetcher.get('https://a.example/2'),
      fetcher.get('https://b.example/1'),
      fetcher.get('https://a.example/3'),
    ]);
    const at = (url: string) => net.requests.find((request) => request.url === url)!.at - started;
    expect(at('https://b.example/1')).toBeLessThan(100);
    expect(at('https://a.example/2') - at('https://a.example/1')).toBeGreaterThanOrEqual(140);
    expect(at('https://a.example/3') - at('https://a.example/2')).toBeGreaterThanOrEqual(140);
  });

  test('an error status fails with the status and the wait the server asked for', async () => {
    const net = network(() => ({ status: 503, headers: { 'retry-after': '120' } }));
    const error = await new PoliteFetcher(net.fetchImpl, 0).get('https://a.example/rss').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FetchFailed);
    expect((error as FetchFailed).message).toMatch(/503/);
    expect((error as FetchFailed).retryAfterMs).toBe(120_000);
  });

  test('a body over the cap is refused, not read whole', async () => {
    const net = network(() => ({ body: new Uint8Array(9 * 1024 * 1024) }));
    await expect(new PoliteFetcher(net.fetchImpl, 0).get('https://a.example/huge')).rejects.toThrow(/too large/);
  });

  test('a network failure is a FetchFailed, told in words', async () => {
    const fetcher = new PoliteFetcher((async () => { throw new TypeError('Failed to fetch'); }) as typeof fetch, 0);
    await expect(fetcher.get('https://down.example/rss')).rejects.toThrow(/could not connect \(Failed to fetch\)/);
  });
});

describe('charsets', () => {
  const cp1251 = new Uint8Array([0xc2, 0xee, 0xe9, 0xed, 0xe0]); // "Война" in windows-1251
  test('from the header, the XML declaration or a meta tag; UTF-8 otherwise', () => {
    expect(decodeBody(cp1251, 'text/xml; charset=windows-1251')).toBe('Война');
    const declared = new Uint8Array([...new TextEncoder().encode('<?xml version="1.0" encoding="windows-1251"?><t>'), ...cp1251]);
    expect(decodeBody(declared, 'application/rss+xml')).toBe('<?xml version="1.0" encoding="windows-1251"?><t>Война');
    const meta = new Uint8Array([...new TextEncoder().encode('<meta charset="windows-1251"><p>'), ...cp1251]);
    expect(decodeBody(meta, 'text/html')).toContain('Война');
    expect(decodeBody(new TextEncoder().encode('Війна'), null)).toBe('Війна');
  });
});

describe('backoff', () => {
  test('5 minutes after a failure, doubling, never more than a day, never sooner than Retry-After', () => {
    const minute = 60_000;
    expect(retryAt(1, 0)).toBe(5 * minute);
    expect(retryAt(2, 0)).toBe(10 * minute);
    expect(retryAt(4, 0)).toBe(40 * minute);
    expect(retryAt(30, 0)).toBe(24 * 60 * minute);
    expect(retryAt(1, 0, 60 * minute)).toBe(60 * minute);
    expect(parseRetryAfter('Wed, 21 Oct 2015 07:28:00 GMT', Date.parse('Wed, 21 Oct 2015 07:27:00 GMT'))).toBe(minute);
  });
});
