import { defineConfig } from 'wxt';
import { OPEN_PANEL_SHORTCUT, SAVE_SHORTCUT } from './src/ui/shortcut';

/** Drawn by scripts/makeIcons.ts; the sidebar and toolbar show them in Firefox too. */
const ICONS = { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png' };

const FIREFOX_GECKO = {
  id: 'backstory@backstory.local',
  // storage.session, which holds per-tab results, arrived in Firefox 115.
  strict_min_version: '115.0',
  // Backstory collects nothing: no data leaves the machine.
  data_collection_permissions: { required: ['none'] },
};

// Manifest and build settings. Permissions are the fewest that work; the README lists each
// with its reason.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  }),
  manifest: ({ browser }) => ({
    name: 'Backstory',
    description:
      'The backstory of a news article about Russia, Belarus and Ukraine, with its contradictions, beside the page. Nothing leaves your machine.',
    // alarms: the feeds' schedule; offscreen (Chromium): a document to parse the feeds' pages in.
    permissions: ['storage', 'scripting', 'contextMenus', 'alarms', ...(browser === 'firefox' ? [] : ['sidePanel', 'offscreen'])],
    host_permissions: ['<all_urls>'],
    action: { default_title: 'Backstory', default_icon: ICONS },
    ...(browser === 'firefox' ? { browser_specific_settings: { gecko: FIREFOX_GECKO } } : {}),
    commands: {
      'save-article': {
        suggested_key: { default: SAVE_SHORTCUT },
        description: 'Save this article to your Backstory archive',
      },
      // The browsers' own command for the toolbar button (Chrome opens the side panel with it,
      // set in browserUi.ts) or the sidebar (Firefox): the panel opens from the keyboard.
      [browser === 'firefox' ? '_execute_sidebar_action' : '_execute_action']: {
        suggested_key: { default: OPEN_PANEL_SHORTCUT },
        description: 'Open the Backstory panel',
      },
    },
  }),
});
