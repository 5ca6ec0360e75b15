import { browser } from 'wxt/browser';

/** The reader's settings, kept in the extension's local storage (never synced, never sent). */
export interface Settings {
  /** Sites Backstory never reads: a host and all its subdomains ("bank.example"). */
  neverRead: string[];
  /** Save a topical article to the archive as soon as it is analysed. Off unless the reader turns it on. */
  autoSave: boolean;
}

export const DEFAULT_SETTINGS: Settings = { neverRead: [], autoSave: false };
const KEY = 'settings';

/** Settings as stored, with anything missing or malformed read as its default. */
export function readSettingsValue(value: unknown): Settings {
  const stored = (value && typeof value === 'object' ? value : {}) as Partial<Record<keyof Settings, unknown>>;
  return {
    neverRead: Array.isArray(stored.neverRead) ? stored.neverRead.filter((site): site is string => typeof site === 'string') : [],
    autoSave: stored.autoSave === true,
  };
}

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

/** Whether the page at `url` is on one of the sites (the site itself or a subdomain of it). */
export function isNeverRead(url: string, sites: string[]): boolean {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase().replace(/\.$/u, '');
  } catch {
    return false;
  }
  return sites.some((site) => host === site || host.endsWith(`.${site}`));
}
