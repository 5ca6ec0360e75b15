import { browser } from 'wxt/browser';
import { readSettingsValue, SETTINGS_KEY as KEY, type Settings } from './settingsValue';

export { DEFAULT_SETTINGS, isNeverRead, readSettingsValue, SETTINGS_KEY, type Settings } from './settingsValue';

export async function loadSettings(): Promise<Settings> {
  return readSettingsValue((await browser.storage.local.get(KEY))[KEY]);
}

export async function saveSettings(settings: Settings): Promise<void> {
  await browser.storage.local.set({ [KEY]: settings });
}

/** Calls `handler` with the new settings whenever they change (in any context). */
export function onSettingsChange(handler: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && KEY in changes) handler(readSettingsValue(changes[KEY]!.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/**
 * The host a reader means by what they typed: "https://www.bank.example/login", "www.bank.example"
 * and "bank.example" are all bank.example; null for what names no host.
 */
export function siteOf(typed: string): string | null {
  const text = typed.trim().toLowerCase();
  if (!text) return null;
  try {
    const host = new URL(/^[a-z][a-z0-9+.-]*:\/\//u.test(text) ? text : `https://${text}`).hostname.replace(/^www\./u, '').replace(/\.$/u, '');
    return /^[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)*$/u.test(host) && host.length > 0 ? host : null;
  } catch {
    return null;
  }
}
