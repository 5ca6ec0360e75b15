import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createSaveMenu } from '../../entrypoints/background/browserUi';
import { SAVE_SHORTCUT } from '../../src/ui/shortcut';

describe('the "Save article to Backstory" menu item', () => {
  beforeEach(() => fakeBrowser.reset());

  test('is offered on web pages only, never on Backstory’s own pages', () => {
    const create = vi.spyOn(fakeBrowser.contextMenus, 'create').mockImplementation(() => 1);
    createSaveMenu('backstory-save');
    const [item] = create.mock.calls[0]!;
    expect(item).toMatchObject({ title: 'Save article to Backstory', contexts: ['page'] });
    expect(item.documentUrlPatterns).toEqual(['http://*/*', 'https://*/*']);
  });
});

describe('the save shortcut', () => {
  // Firefox opens a menu for Alt(+Shift) with a menu's access key, and for Alt+D; Chrome keeps
  // Alt+Shift+A, B, I and T for itself (chrome/browser/ui/views/accelerator_table.cc).
  const FIREFOX_ALT_LETTERS = ['F', 'E', 'V', 'S', 'B', 'T', 'H', 'D'];
  const CHROME_ALT_SHIFT_LETTERS = ['A', 'B', 'I', 'T'];

  test('is free in Firefox and in Chrome', () => {
    const match = /^Alt\+Shift\+([A-Z])$/.exec(SAVE_SHORTCUT);
    expect(match, SAVE_SHORTCUT).not.toBeNull();
    expect(FIREFOX_ALT_LETTERS).not.toContain(match![1]);
    expect(CHROME_ALT_SHIFT_LETTERS).not.toContain(match![1]);
  });
});
