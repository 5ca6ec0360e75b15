import { parseRetryAfter } from './backoff';
import { decodeBody } from './decodeBody';

/** A feed or a page larger than this is refused: no news page or feed comes near it. */
export const MAX_BODY_BYTES = 8 * 1024 * 1024;
/** The wait between two requests to the same host. */
export const HOST_GAP_MS = 1000;

export interface Validators {
  etag: string | null;
  lastModified: string | null;
}

export type FetchOutcome =
  | { status: 'not_modified' }
  | { status: 'ok'; url: string; text: string; validators: Validators };

/** An answer that is not a page: its status, and how long the server asked us to wait. */
export class FetchFailed extends Error {
  constructor(message: string, readonly retryAfterMs: number | null = null) {
    super(message);
  }
}

/**
 * Fetches for the feeds, politely: one request at a time per host with a gap between them,
 * conditional when validators are known (If-None-Match, If-Modified-Since), without cookies,
 * and with the body's size capped. Hosts are spaced within one run of the worker; a worker
 * started afresh starts its run with a new gate, at most one request early.
 */
export class PoliteFetcher {
  private readonly lastAt = new Map<string, Promise<number>>();

  constructor(
    private readonly fetchImpl: typeof fetch = (...args) => fetch(...args),
    private readonly gapMs = HOST_GAP_MS,
    private readonly sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)),
  ) {}

  async get(url: string, validators: Validators | null = null, accept = '*/*'): Promise<FetchOutcome> {
    const host = new URL(url).host;
    const previous = this.lastAt.get(host) ?? Promise.resolve(0);
    let release!: (at: number) => void;
    this.lastAt.set(host, new Promise((resolve) => (release = resolve)));
    const last = await previous;
    const wait = last + this.gapMs - Date.now();
    if (last > 0 && wait > 0) await this.sleep(wait);
    try {
      return await this.request(url, validators, accept);
    } finally {
      release(Date.now());
    }
  }

  private async request(url: string, validators: Validators | null, accept: string): Promise<FetchOutcome> {
    const headers: Record<string, string> = { Accept: accept };
    if (validators?.etag) headers['If-None-Match'] = validators.etag;
    if (validators?.lastModified) headers['If-Modified-Since'] = validators.lastModified;
    let response: Response;
    try {
      // no-store: the answer is the server's, so a 304 reaches us instead of the cache's copy.
      response = await this.fetchImpl(url, { headers, credentials: 'omit', cache: 'no-store', redirect: 'follow' });
    } catch (error) {
      throw new FetchFailed(`could not connect (${error instanceof Error ? error.message : String(error)})`);
    }
    if (response.status === 304) return { status: 'not_modified' };
    if (!response.ok) {
      void response.body?.cancel();
      throw new FetchFailed(`the server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`, parseRetryAfter(response.headers.get('retry-after'), Date.now()));
    }
    const bytes = await readCapped(response);
    return {
      status: 'ok',
      url: response.url || url,
      text: decodeBody(bytes, response.headers.get('content-type')),
      validators: { etag: response.headers.get('etag'), lastModified: response.headers.get('last-modified') },
    };
  }
}

async function readCapped(response: Response): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length'));
  if (declared > MAX_BODY_BYTES) {
    void response.body?.cancel();
    throw new FetchFailed(`too large (${Math.round(declared / 1048576)} MB)`);
  }
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > MAX_BODY_BYTES) {
      void reader.cancel();
      throw new FetchFailed(`too large (over ${MAX_BODY_BYTES / 1048576} MB)`);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return bytes;
}
