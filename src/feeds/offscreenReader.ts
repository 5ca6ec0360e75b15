import { browser } from 'wxt/browser';
import { READER_CHANNEL, type ReadPageMessage, type ReaderReply } from './feedMessages';
import { readPageIn, type ReadPage } from './readPage';


const READER_PATH = '/feedReader.html';

interface OffscreenApi {
  createDocument(options: { url: string; reasons: string[]; justification: string }): Promise<void>;
}
interface ContextsApi {
  getContexts(filter: { contextTypes: string[]; documentUrls?: string[] }): Promise<unknown[]>;
}

/**
 * How the worker reads a fetched page with the browser's own HTML parser, as a saved article is
 * read. Firefox's background is a page and has DOMParser; Chromium's service worker has none,
 * so the page goes to an offscreen document (created on first use, reason DOM_PARSER) that
 * parses and extracts it and sends back the verdict and the article.
 */
export function pageReader(): ReadPage {
  // Decided when building: the Chromium worker's bundle leaves the extractor (Readability) out.
  if (import.meta.env.FIREFOX) return readPageIn((html) => new DOMParser().parseFromString(html, 'text/html'));
  let ready: Promise<void> | null = null;
  return async (html, url, keepAll) => {
    ready ??= ensureOffscreen().catch((error: unknown) => {
      ready = null;
      throw error;
    });
    await ready;
    const message: ReadPageMessage = { channel: READER_CHANNEL, html, url, keepAll };
    const reply = (await browser.runtime.sendMessage(message)) as ReaderReply | undefined;
    // The document may have been closed (by the browser, or a new worker's first call found it gone).
    if (!reply) {
      ready = null;
      throw new Error('the page reader did not answer');
    }
    if (!reply.ok) throw new Error(reply.error);
    return reply.value;
  };
}

async function ensureOffscreen(): Promise<void> {
  const chromeApi = (globalThis as unknown as { chrome?: { offscreen?: OffscreenApi; runtime?: ContextsApi } }).chrome;
  if (!chromeApi?.offscreen) throw new Error('this browser can neither parse pages in its background nor open an offscreen document');
  const url = (browser.runtime.getURL as (path: string) => string)(READER_PATH);
  const open = await chromeApi.runtime?.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'], documentUrls: [url] });
  if (open && open.length > 0) return;
  try {
    await chromeApi.offscreen.createDocument({ url: READER_PATH, reasons: ['DOM_PARSER'], justification: 'Read the pages of the feeds the reader added, as saved articles are read.' });
  } catch (error) {
    // Two calls racing: the document exists, which is all we wanted.
    if (!String(error).includes('single offscreen')) throw error;
  }
}
