import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { callBackground, onBackgroundEvent } from '@/src/messaging/client';
import type { TabState } from '@/src/messaging/protocol';

/**
 * The tab the panel describes: the one named in ?tabId= (tests, a panel opened in a tab),
 * else the active tab of this window, followed as the reader switches tabs.
 */
export function usePanelTab(): number | null {
  const fixed = Number(new URLSearchParams(location.search).get('tabId'));
  const [tabId, setTabId] = useState<number | null>(Number.isInteger(fixed) && fixed > 0 ? fixed : null);
  useEffect(() => {
    if (Number.isInteger(fixed) && fixed > 0) return;
    let windowId: number | undefined;
    browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => {
      windowId = tab?.windowId;
      if (tab?.id !== undefined) setTabId(tab.id);
    });
    const onActivated = (info: { tabId: number; windowId: number }) => {
      if (windowId === undefined || info.windowId === windowId) setTabId(info.tabId);
    };
    browser.tabs.onActivated.addListener(onActivated);
    return () => browser.tabs.onActivated.removeListener(onActivated);
  }, []);
  return tabId;
}

/** The background's state for a tab, kept current by its notices. */
export function useTabState(tabId: number | null): [TabState | null, string | null] {
  const [state, setState] = useState<TabState | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  useEffect(() => {
    if (tabId === null) return;
    setState(null);
    let live = true;
    const stop = onBackgroundEvent('tabStateChanged', (event) => {
      if (event.tabId === tabId) setState(event.state);
    });
    callBackground('getTabState', { tabId })
      .then((value) => live && setState((current) => current ?? value))
      .catch((error: Error) => live && setFailure(error.message));
    return () => {
      live = false;
      stop();
    };
  }, [tabId]);
  return [state, failure];
}
