import { browser } from 'wxt/browser';

// The parts of the browser's own UI the background drives: side panel (Chrome) or sidebar
// (Firefox), the toolbar badge. Each exists under a different name per browser.

interface ChromeSidePanel {
  open(options: { tabId?: number; windowId?: number }): Promise<void>;
  setPanelBehavior(behavior: { openPanelOnActionClick: boolean }): Promise<void>;
}

interface FirefoxSidebarAction {
  open(): Promise<void>;
}

function chromeSidePanel(): ChromeSidePanel | undefined {
  return (globalThis as { chrome?: { sidePanel?: ChromeSidePanel } }).chrome?.sidePanel;
}

function firefoxSidebar(): FirefoxSidebarAction | undefined {
  return (browser as unknown as { sidebarAction?: FirefoxSidebarAction }).sidebarAction;
}

/** In Chrome the toolbar button opens the panel by itself; Firefox needs a click handler. */
export function openPanelOnToolbarClick(): void {
  const sidePanel = chromeSidePanel();
  if (sidePanel) {
    sidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => undefined);
    return;
  }
  const action = browser.action ?? browser.browserAction;
  action?.onClicked.addListener(() => {
    // No await before open(): the user gesture must still be live.
    firefoxSidebar()?.open().catch(() => undefined);
  });
}

/**
 * Opens the panel for a tab. Must be called synchronously from a user-gesture handler
 * (shortcut, context menu), before any await.
 */
export function openPanel(tabId: number | undefined): void {
  const sidePanel = chromeSidePanel();
  if (sidePanel && tabId !== undefined) {
    sidePanel.open({ tabId }).catch(() => undefined);
    return;
  }
  firefoxSidebar()?.open().catch(() => undefined);
}

/** The number of related reports on the toolbar button, nothing when there are none. */
export async function setBadge(tabId: number, relatedCount: number): Promise<void> {
  const action = browser.action ?? browser.browserAction;
  if (!action) return;
  const text = relatedCount > 0 ? String(Math.min(relatedCount, 99)) : '';
  await action.setBadgeText({ tabId, text }).catch(() => undefined);
  if (text) await action.setBadgeBackgroundColor({ tabId, color: '#8a3b12' }).catch(() => undefined);
}

/**
 * Where "Save article to Backstory" is offered: web pages only. Backstory's own pages (the
 * archive, a panel opened in a tab), the browser's pages and local files are never articles.
 */
export const SAVE_MENU_PAGES = ['http://*/*', 'https://*/*'];

/** The page context menu's save item. */
export function createSaveMenu(id: string): void {
  browser.contextMenus.create({
    id,
    title: 'Save article to Backstory',
    contexts: ['page'],
    documentUrlPatterns: SAVE_MENU_PAGES,
  });
}
