import { browser } from 'wxt/browser';
import type { TabState } from '@/src/messaging/protocol';
import { broadcast } from '@/src/messaging/server';
import { setBadge } from './browserUi';
import { compactTabState } from './compactTabState';
import { dropAnalysis, keepAnalysis } from './tabAnalyses';

// Per-tab results live in storage.session, not in worker memory: the MV3 worker is stopped
// when idle, and the side panel must still find the state of its tab afterwards. Only what
// the panel shows is kept there; the page's text and full analysis go to IndexedDB
// (tabAnalyses.ts), since the session area holds 10 MB for every tab together.

/** Shown in the panel when even a small state no longer fits. */
export const SESSION_FULL =
  "Backstory could not keep this page's result: its session storage (10 MB for all tabs together) is full. " +
  'Close some tabs with long pages, or reload this page.';

const storageKey = (tabId: number) => `tab:${tabId}`;

export function emptyTabState(tabId: number, url: string | null): TabState {
  return {
    tabId,
    url,
    status: 'waiting',
    detection: null,
    article: null,
    analyzed: null,
    related: [],
    contradictions: [],
    saved: null,
    error: null,
    updatedAt: new Date().toISOString(),
  };
}

export async function readTabState(tabId: number): Promise<TabState> {
  const key = storageKey(tabId);
  const stored = (await browser.storage.session.get(key))[key] as TabState | undefined;
  return stored ?? emptyTabState(tabId, null);
}

/**
 * Writes to one tab's state, one after another. A new page's reset reads the state and writes
 * only if it belongs to another address; a fast result for the new page written between that
 * read and that write was overwritten, and the panel stayed on "Waiting for the page".
 */
const queues = new Map<number, Promise<unknown>>();

function queued<T>(tabId: number, work: () => Promise<T>): Promise<T> {
  const next = (queues.get(tabId) ?? Promise.resolve()).catch(() => undefined).then(work);
  queues.set(tabId, next);
  void next.finally(() => {
    if (queues.get(tabId) === next) queues.delete(tabId);
  }).catch(() => undefined);
  return next;
}

/**
 * The address each tab's stored state is of, as this worker last wrote it: every write goes
 * through `store`, so asking whether the reader moved on costs no read of storage. A worker
 * started afresh knows nothing yet and reads.
 */
const storedUrls = new Map<number, string | null>();

async function storedUrl(tabId: number): Promise<string | null> {
  return storedUrls.has(tabId) ? storedUrls.get(tabId)! : (await readTabState(tabId)).url;
}

async function store(state: TabState): Promise<void> {
  let next = compactTabState({ ...state, updatedAt: new Date().toISOString() });
  storedUrls.set(state.tabId, state.url);
  // Open panels are told beside the write, not after it: one round trip less before they show it.
  const told = broadcast('tabStateChanged', { tabId: state.tabId, state: next });
  const written = browser.storage.session.set({ [storageKey(state.tabId)]: next });
  const badge = setBadge(state.tabId, state.status === 'ready' ? state.related.length : 0);
  // The full analysis goes to IndexedDB beside the panel's state, not before it: a Save that
  // reads it comes after this state and its transaction is ordered after the write. Asked for
  // last: copying a long page's analysis for IndexedDB holds the thread, and the panel's state
  // and message need not wait for it.
  const kept = state.analyzed ? keepAnalysis(state.tabId, state.url, state.analyzed) : Promise.resolve();
  try {
    await Promise.all([written, kept, told, badge]);
  } catch (error) {
    await Promise.all([kept, told, badge].map((p) => p.catch(() => undefined)));
    if (!/quota/i.test(error instanceof Error ? error.message : String(error))) throw error;
    // A few hundred bytes saying why: the panel must not wait for a result that never comes.
    next = { ...emptyTabState(state.tabId, state.url), status: 'error', error: SESSION_FULL };
    await browser.storage.session.set({ [storageKey(state.tabId)]: next }).catch(() => {
      throw new Error(SESSION_FULL);
    });
    await Promise.all([broadcast('tabStateChanged', { tabId: state.tabId, state: next }), setBadge(state.tabId, 0)]);
  }
}

/** Stores the state, updates the badge and tells open panels. */
export function writeTabState(state: TabState): Promise<void> {
  return queued(state.tabId, () => store(state));
}

/**
 * Writes the state only if the tab still shows its page (`state.url`), decided in turn with the
 * tab's other writes: a result never lands on a page the reader has moved on to. True if written.
 */
export function writeTabStateIfCurrent(state: TabState): Promise<boolean> {
  return queued(state.tabId, async () => {
    if ((await storedUrl(state.tabId)) !== state.url) return false;
    await store(state);
    return true;
  });
}

/** Whether the tab's stored state is still of `url`, after the writes already asked for. */
export function isCurrent(tabId: number, url: string | null): Promise<boolean> {
  return queued(tabId, async () => (await storedUrl(tabId)) === url);
}

/** A new page in the tab: forget the old page's result, unless the state is already the new page's. */
export function resetTabState(tabId: number, url: string | null): Promise<void> {
  return queued(tabId, async () => {
    if ((await storedUrl(tabId)) === url) return;
    await dropAnalysis(tabId);
    await store(emptyTabState(tabId, url));
  });
}

export async function forgetTab(tabId: number): Promise<void> {
  storedUrls.delete(tabId);
  await browser.storage.session.remove(storageKey(tabId));
  await dropAnalysis(tabId);
}

/** Every tab state we hold, for refreshing "already saved" marks after archive changes. */
export async function allTabStates(): Promise<TabState[]> {
  const everything = await browser.storage.session.get(null);
  return Object.entries(everything)
    .filter(([key]) => key.startsWith('tab:'))
    .map(([, value]) => value as TabState);
}
