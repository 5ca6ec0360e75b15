import { browser } from 'wxt/browser';
import { senderDirection, type ExtensionIdentity, type SenderInfo } from './sender';
import {
  CHANNEL,
  type BackgroundEvents,
  type ContentToBackgroundCalls,
  type Envelope,
  type ErrorCode,
  type PageToBackgroundCalls,
  type Reply,
} from './protocol';

/** An error a handler throws to answer with a named code and a message for the reader. */
export class HandlerError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}

type Handlers<Calls extends { [K in keyof Calls]: { args: unknown; result: unknown } }, Context> = {
  [K in keyof Calls]: (args: Calls[K]['args'], context: Context) => Promise<Calls[K]['result']>;
};

export interface Routes {
  /** The tab and address come from the browser's record of the sender, never from the payload. */
  content: Handlers<ContentToBackgroundCalls, { tabId: number; url: string }>;
  page: Handlers<PageToBackgroundCalls, Record<string, never>>;
}

function failure(code: ErrorCode, message: string): Reply<never> {
  return { ok: false, error: { code, message } };
}

/**
 * Routes one message to its handler after checking who sent it. Returns undefined for
 * messages that are not ours (so other listeners may answer), a reply otherwise.
 */
export async function route(
  routes: Routes,
  message: unknown,
  sender: SenderInfo,
  self: ExtensionIdentity,
): Promise<Reply<unknown> | undefined> {
  const envelope = message as Partial<Envelope> | null;
  if (!envelope || typeof envelope !== 'object' || envelope.channel !== CHANNEL) return undefined;
  if (envelope.direction === 'event') return undefined;
  const direction = senderDirection(sender, self);
  if (!direction || direction !== envelope.direction) {
    return failure('forbidden', 'This call is only accepted from Backstory’s own pages.');
  }
  const table = routes[direction] as Record<string, (args: unknown, context: unknown) => Promise<unknown>>;
  const name = String(envelope.name);
  const handler = Object.hasOwn(table, name) ? table[name] : undefined;
  if (!handler) return failure('bad_request', `Unknown call "${name}".`);
  const context = direction === 'content' ? { tabId: sender.tab!.id!, url: sender.url ?? '' } : {};
  try {
    return { ok: true, value: await handler(envelope.args ?? {}, context) };
  } catch (error) {
    if (error instanceof HandlerError) return failure(error.code, error.message);
    console.error(`Backstory: ${name} failed`, error);
    return failure('internal', error instanceof Error ? error.message : String(error));
  }
}

/** Installs the router as the background's one runtime.onMessage listener. */
export function listen(routes: Routes): void {
  const self = { id: browser.runtime.id, origin: browser.runtime.getURL('/') };
  browser.runtime.onMessage.addListener((message: unknown, sender: SenderInfo) => {
    // Returning undefined (not a promise) leaves messages that are not ours unanswered.
    if ((message as Partial<Envelope> | null)?.channel !== CHANNEL) return undefined;
    return route(routes, message, sender, self);
  });
}

/** Tells every open extension page; no open page is not an error. */
export async function broadcast<K extends keyof BackgroundEvents>(
  name: K,
  payload: BackgroundEvents[K],
): Promise<void> {
  const envelope: Envelope = { channel: CHANNEL, direction: 'event', name, args: payload };
  await browser.runtime.sendMessage(envelope).catch(() => undefined);
}
