import { browser } from 'wxt/browser';
import { READER_CHANNEL, type ReadPageMessage, type ReaderReply } from '@/src/feeds/feedMessages';
import { readPageIn } from '@/src/feeds/readPage';

// The offscreen document of Chromium, where the worker's fetched feed pages are parsed (the
// worker has no DOMParser): DOMParser's documents are inert, no script runs and nothing loads.
const readPage = readPageIn((html) => new DOMParser().parseFromString(html, 'text/html'));

browser.runtime.onMessage.addListener((message: unknown, sender: { id?: string }) => {
  const request = message as Partial<ReadPageMessage> | null;
  if (request?.channel !== READER_CHANNEL || sender.id !== browser.runtime.id) return undefined;
  if (typeof request.html !== 'string' || typeof request.url !== 'string') return undefined;
  return readPage(request.html, request.url, request.keepAll === true).then(
    (value): ReaderReply => ({ ok: true, value }),
    (error: unknown): ReaderReply => ({ ok: false, error: error instanceof Error ? error.message : String(error) }),
  );
});
