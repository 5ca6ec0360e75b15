import { beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { heldSettings } from '../../entrypoints/background/heldSettings';
import { DEFAULT_SETTINGS, loadSettings, saveSettings } from '../../src/settings/settings';

beforeEach(() => fakeBrowser.reset());

test('the settings are read once, and a change replaces them at once', async () => {
  const load = vi.fn(loadSettings);
  const settings = heldSettings(load);
  expect(await settings()).toEqual(DEFAULT_SETTINGS);
  expect(await settings()).toEqual(DEFAULT_SETTINGS);
  expect(load).toHaveBeenCalledTimes(1);
  await saveSettings({ neverRead: ['bank.example'], autoSave: true });
  expect(await settings()).toEqual({ neverRead: ['bank.example'], autoSave: true });
  expect(load).toHaveBeenCalledTimes(1);
});

test('a failed read is not kept', async () => {
  const load = vi.fn().mockRejectedValueOnce(new Error('storage')).mockResolvedValue(DEFAULT_SETTINGS);
  const settings = heldSettings(load);
  await expect(settings()).rejects.toThrow('storage');
  expect(await settings()).toEqual(DEFAULT_SETTINGS);
  expect(load).toHaveBeenCalledTimes(2);
});
