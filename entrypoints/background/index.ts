import { browser } from 'wxt/browser';
import { ArchiveDB, reanalyzeStale } from '@/src/archive';
import { loadHeldKeyDays } from '@/src/archive/heldKeyDays';
import { loadAllKeyCounts } from '@/src/archive/keyStats';
import { announceArchiveChange, onArchiveChange } from '@/src/archive/archiveChanges';
import { startFeeds } from '@/src/feeds/startFeeds';
import { listen } from '@/src/messaging/server';
import { createSaveMenu, openPanel, openPanelOnToolbarClick } from './browserUi';
import { idleKeyCounts } from './idleKeyCounts';
import { heldSettings } from './heldSettings';
import { idleWarmUp } from './idleWarmUp';
import { analyzePage } from './pageAnalysis';
import { analysisScheduler } from './analysisScheduler';
import { createRoutes, refreshOpenTabs, saveTab } from './routes';
import { dropAllAnalyses } from './tabAnalyses';
import { forgetTab, readTabState, resetTabState, writeTabState } from './tabStates';

const SAVE_MENU_ID = 'backstory-save';

export default defineBackground(() => {
  const db = new ArchiveDB();
  // Opened as the worker starts, not by the first check: a worker woken by a page's verdict
  // opens the archive while the page is extracted and analysed (7-29 ms of a cold check).
  void db.open().catch(() => undefined);
  // The analyser warms up while no page is being analysed (idleWarmUp.ts).
  const warmUp = idleWarmUp();
  // Every key's count, then the key index itself, are read into memory while idle too
  // (idleKeyCounts.ts, heldKeyDays.ts): a check then reads no count and no key's articles.
  const keyCounts = idleKeyCounts(async (stop) => (await loadAllKeyCounts(db, stop)) && loadHeldKeyDays(db, stop));
  // The reader's settings, kept while unchanged (heldSettings.ts): a page need not wait to read them.
  const settings = heldSettings();
  listen(createRoutes(db, analysisScheduler((tabId, url, detection, article) => keyCounts.whileBusy(() => warmUp.whileBusy(() => analyzePage(db, tabId, url, detection, false, settings, article))))));
  openPanelOnToolbarClick();
  // The archive page imports, deletes and restores by itself: open tabs' marks follow.
  onArchiveChange(() => {
    void refreshOpenTabs(db);
    keyCounts.changed();
  });
  // The feeds the reader added: fetched on a schedule and on request, each article as if saved.
  startFeeds(db, announceArchiveChange);

  // Tab ids start again in a new browser session: the last session's kept analyses mean nothing.
  browser.runtime.onStartup.addListener(() => void dropAllAnalyses());

  browser.runtime.onInstalled.addListener(() => {
    createSaveMenu(SAVE_MENU_ID);
    // After an update the analyzer may read articles differently: bring the archive up to it.
    void reanalyzeStale(db).then((count) => (count > 0 ? refreshOpenTabs(db) : undefined));
  });

  // Shortcut and menu: open the panel first, while the user gesture is live, then save; the
  // panel shows the outcome (or why nothing could be saved).
  const saveFromGesture = (tabId: number | undefined) => {
    openPanel(tabId);
    if (tabId === undefined) return;
    saveTab(db, tabId).catch(async (error: unknown) => {
      const state = await readTabState(tabId);
      await writeTabState({ ...state, error: error instanceof Error ? error.message : String(error) });
    });
  };
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === 'save-article') saveFromGesture(tab?.id);
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === SAVE_MENU_ID) saveFromGesture(tab?.id);
  });

  // A new page in a tab: forget the old result at once, the detector reports on the new one.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.url === undefined) return;
    void resetTabState(tabId, change.url ?? null);
  });
  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
});
