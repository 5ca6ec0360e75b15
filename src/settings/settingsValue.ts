// The settings' shape and what reads them, without browser APIs: the detector, which runs on
// every page, imports this alone (settings.ts reads and writes them through the extension's API).

/** The reader's settings, kept in the extension's local storage (never synced, never sent). */
export interface Settings {
  /** Sites Backstory never reads: a host and all its subdomains ("bank.example"). */
  neverRead: string[];
  /** Save a topical article to the archive as soon as it is analysed. Off unless the reader turns it on. */
  autoSave: boolean;
}

export const DEFAULT_SETTINGS: Settings = { neverRead: [], autoSave: false };
/** Where they are kept in storage.local (the detector reads them there too: contentClient.ts). */
export const SETTINGS_KEY = 'settings';

/** Settings as stored, with anything missing or malformed read as its default. */
export function readSettingsValue(value: unknown): Settings {
  const stored = (value && typeof value === 'object' ? value : {}) as Partial<Record<keyof Settings, unknown>>;
  return {
    neverRead: Array.isArray(stored.neverRead) ? stored.neverRead.filter((site): site is string => typeof site === 'string') : [],
    autoSave: stored.autoSave === true,
  };
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
