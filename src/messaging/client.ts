import { browser } from 'wxt/browser';
import { isFromBackground } from './sender';
import {
  CHANNEL,
  type BackgroundEvents,
  type Envelope,
  type ErrorCode,
  type PageToBackgroundCalls,
  type Reply,
} from './protocol';

/** A failed call, with the background's named error code. */
export class CallError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'CallError';
  }
}

async function send<T>(envelope: Envelope): Promise<T> {
  const reply = (await browser.runtime.sendMessage(envelope)) as Reply<T> | undefined;
  if (!reply || typeof reply !== 'object' || !('ok' in reply)) {
    throw new CallError('internal', 'Backstory’s background did not answer. Reload the extension and try again.');
  }
  if (!reply.ok) throw new CallError(reply.error.code, reply.error.message);
  return reply.value;
}

/** From the side panel or the options page. */
export function callBackground<K extends keyof PageToBackgroundCalls>(
  name: K,
  args: PageToBackgroundCalls[K]['args'],
): Promise<PageToBackgroundCalls[K]['result']> {
  return send({ channel: CHANNEL, direction: 'page', name, args });
}

/** Listens to one kind of background notice; returns the function that stops listening. */
export function onBackgroundEvent<K extends keyof BackgroundEvents>(
  name: K,
  handler: (payload: BackgroundEvents[K]) => void,
): () => void {
  const self = { id: browser.runtime.id, origin: browser.runtime.getURL('/') };
  const listener = (message: unknown, sender: { id?: string; url?: string; tab?: { id?: number } }) => {
    const envelope = message as Partial<Envelope> | null;
    if (envelope?.channel !== CHANNEL || envelope.direction !== 'event' || envelope.name !== name) return;
    if (!isFromBackground(sender, self)) return;
    handler(envelope.args as BackgroundEvents[K]);
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
