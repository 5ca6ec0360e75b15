import { isNeverRead, readSettingsValue, SETTINGS_KEY } from '../settings/settingsValue';
import { CHANNEL, type ContentToBackgroundCalls, type Reply } from './protocol';

/**
 * `callFromContent` without the webextension-polyfill, for the detector, which runs on every
 * page and must stay small. Chrome (MV3) and Firefox both return a promise from
 * `runtime.sendMessage`, so the raw global is enough for this one call. Same envelope and reply
 * as client.ts; a failed call rejects with the background's message.
 */
interface RuntimeGlobal {
  runtime?: { id?: string; sendMessage(message: unknown): Promise<unknown> };
}

function extensionRuntime(): NonNullable<RuntimeGlobal['runtime']> | null {
  const scope = globalThis as { browser?: RuntimeGlobal; chrome?: RuntimeGlobal };
  const runtime = scope.browser?.runtime?.id ? scope.browser.runtime : scope.chrome?.runtime;
  return runtime?.id ? runtime : null;
}

export async function sendFromContent<K extends keyof ContentToBackgroundCalls>(
  name: K,
  args: ContentToBackgroundCalls[K]['args'],
): Promise<ContentToBackgroundCalls[K]['result']> {
  const runtime = extensionRuntime();
  if (!runtime) throw new Error('The extension was reloaded or removed; this page’s detector is stale.');
  const reply = (await runtime.sendMessage({ channel: CHANNEL, direction: 'content', name, args })) as
    | Reply<ContentToBackgroundCalls[K]['result']>
    | undefined;
  if (!reply || typeof reply !== 'object' || !('ok' in reply)) throw new Error('Backstory’s background did not answer.');
  if (!reply.ok) throw new Error(reply.error.message);
  return reply.value;
}

interface StorageGlobal {
  storage?: { local?: { get(key: string): Promise<Record<string, unknown>> } };
}

/**
 * Whether the reader listed this page's site under "never read" (settings.ts), for the detector
 * to leave such a page's article unread; true when the settings cannot be read here, so a page
 * is never read in doubt (the background then reads it, if at all, after its own check).
 */
export async function neverReadInPage(url: string): Promise<boolean> {
  const scope = globalThis as { browser?: StorageGlobal & RuntimeGlobal; chrome?: StorageGlobal & RuntimeGlobal };
  const local = (scope.browser?.runtime?.id ? scope.browser : scope.chrome)?.storage?.local;
  if (!local) return true;
  try {
    return isNeverRead(url, readSettingsValue((await local.get(SETTINGS_KEY))[SETTINGS_KEY]).neverRead);
  } catch {
    return true;
  }
}
