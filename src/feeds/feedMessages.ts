/** Messages about feeds, on their own channel beside the archive's protocol. */
export const FEEDS_CHANNEL = 'backstory-feeds';
/** The worker's request to the offscreen document that reads pages in Chromium. */
export const READER_CHANNEL = 'backstory-feed-reader';

/** From the archive page: fetch the due feeds now (a feed is made due by its row before asking). */
export interface FetchNowMessage {
  channel: typeof FEEDS_CHANNEL;
  name: 'fetchNow';
}

export interface ReadPageMessage {
  channel: typeof READER_CHANNEL;
  html: string;
  url: string;
  keepAll: boolean;
}

export type ReaderReply = { ok: true; value: import('./readPage').PageReading } | { ok: false; error: string };
