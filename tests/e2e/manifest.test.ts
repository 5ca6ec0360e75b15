import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { OPEN_PANEL_SHORTCUT, SAVE_SHORTCUT } from '../../src/ui/shortcut';

// The built manifests, as each browser reads them: Chrome's from `npm run build` (run by
// test:e2e), Firefox's built here. No browser is needed.
const root = path.resolve(__dirname, '../..');
const read = (dir: string) => JSON.parse(readFileSync(path.join(root, '.output', dir, 'manifest.json'), 'utf8'));

/** Width and height from a PNG's header, or null for anything else. */
function pngSize(file: string): [number, number] | null {
  const bytes = readFileSync(file);
  if (bytes.subarray(1, 4).toString('ascii') !== 'PNG') return null;
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

function expectIcons(dir: string, icons: Record<string, string> | undefined) {
  expect(icons, 'icons').toBeDefined();
  for (const [size, file] of Object.entries(icons!)) {
    expect(pngSize(path.join(root, '.output', dir, file))).toEqual([Number(size), Number(size)]);
  }
}

describe('the manifests', () => {
  let chrome: Record<string, any>;
  let firefox: Record<string, any>;
  beforeAll(() => {
    execFileSync(path.join(root, 'node_modules/.bin/wxt'), ['build', '-b', 'firefox'], { cwd: root, stdio: 'ignore' });
    chrome = read('chrome-mv3');
    firefox = read('firefox-mv2');
  });

  test('Firefox’s sidebar menu and toolbar show Backstory’s icon, not a puzzle piece', () => {
    expectIcons('firefox-mv2', firefox.sidebar_action?.default_icon);
    expectIcons('firefox-mv2', firefox.browser_action?.default_icon);
    expectIcons('firefox-mv2', firefox.icons);
  });

  test('Firefox’s sidebar keeps Backstory’s own styles (its browser_style restyles buttons)', () => {
    expect(firefox.sidebar_action.browser_style).toBe(false);
  });

  test('Chrome’s toolbar button and extension list show the icon', () => {
    expectIcons('chrome-mv3', chrome.action?.default_icon);
    expectIcons('chrome-mv3', chrome.icons);
  });

  test('both suggest the same save shortcut, the one the panel names', () => {
    expect(chrome.commands['save-article'].suggested_key.default).toBe(SAVE_SHORTCUT);
    expect(firefox.commands['save-article'].suggested_key.default).toBe(SAVE_SHORTCUT);
  });

  test('both suggest a key that opens the panel: Chrome’s toolbar action, Firefox’s sidebar', () => {
    expect(chrome.commands._execute_action.suggested_key.default).toBe(OPEN_PANEL_SHORTCUT);
    expect(firefox.commands._execute_sidebar_action.suggested_key.default).toBe(OPEN_PANEL_SHORTCUT);
    expect(OPEN_PANEL_SHORTCUT).not.toBe(SAVE_SHORTCUT);
  });
});
