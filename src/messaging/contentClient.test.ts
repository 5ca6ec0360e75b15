import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { saveSettings } from '../settings/settings';
import { neverReadInPage } from './contentClient';

// The detector reads a topical page's article itself, unless the reader listed its site as never read.
describe('neverReadInPage', () => {
  beforeEach(() => fakeBrowser.reset());

  test('a listed site and its subdomains are never read; other sites are', async () => {
    expect(await neverReadInPage('https://bank.example/a')).toBe(false);
    await saveSettings({ neverRead: ['bank.example'], autoSave: false });
    expect(await neverReadInPage('https://bank.example/a')).toBe(true);
    expect(await neverReadInPage('https://www.bank.example/a')).toBe(true);
    expect(await neverReadInPage('https://news.example/a')).toBe(false);
  });

  test('settings that cannot be read count as never read', async () => {
    const local = fakeBrowser.storage.local.get;
    fakeBrowser.storage.local.get = (async () => {
      throw new Error('no access');
    }) as typeof local;
    try {
      expect(await neverReadInPage('https://news.example/a')).toBe(true);
    } finally {
      fakeBrowser.storage.local.get = local;
    }
  });
});
