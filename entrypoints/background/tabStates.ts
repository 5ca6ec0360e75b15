import { browser } from 'wxt/browser';
import type { TabState } from '@/src/messaging/protocol';
import { broadcast } from '@/src/messaging/server';
import { setBadge } from './browserUi';

// Per-tab results live in storage.session, not in worker memory: the MV3 worker is stopped
// when idle, and the side panel must still find the state of its tab afterwards.

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

/** Stores the state, updates the badge and tells open panels. */
export async function writeTabState(state: TabState): Promise<void> {
  const next = { ...state, updatedAt: new Date().toISOString() };
  await browser.storage.session.set({ [storageKey(state.tabId)]: next });
  await setBadge(state.tabId, state.status === 'ready' ? state.related.length : 0);
  await broadcast('tabStateChanged', { tabId: state.tabId, state: next });
}

export async function forgetTab(tabId: number): Promise<void> {
  await browser.storage.session.remove(storageKey(tabId));
}

/** Every tab state we hold, for refreshing "already saved" marks after archive changes. */
export async function allTabStates(): Promise<TabState[]> {
  const everything = await browser.storage.session.get(null);
  return Object.entries(everything)
    .filter(([key]) => key.startsWith('tab:'))
    .map(([, value]) => value as TabState);
}
