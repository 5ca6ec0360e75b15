import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { HIGHLIGHT_CSS, HIGHLIGHT_PORT, HIGHLIGHTER_FILE, isPageToPanel, type PanelToPage } from '@/src/highlight/protocol';

export interface PageHighlights {
  on: boolean;
  /** Keys found in the page, once it has answered. */
  located: Set<string> | undefined;
  /** The browser paints no custom highlights (Firefox before 140): scrolling still works. */
  unsupported: boolean;
  /** The card whose highlight the reader clicked in the page. */
  clicked: { key: string; at: number } | null;
  error: string | null;
  toggle(): void;
  locate(key: string): void;
}

type Port = ReturnType<typeof browser.tabs.connect>;

async function inject(tabId: number): Promise<void> {
  if (browser.scripting) {
    await browser.scripting.insertCSS({ target: { tabId }, css: HIGHLIGHT_CSS });
    await browser.scripting.executeScript({ target: { tabId }, files: [HIGHLIGHTER_FILE] });
  } else {
    await browser.tabs.insertCSS(tabId, { code: HIGHLIGHT_CSS });
    await browser.tabs.executeScript(tabId, { file: HIGHLIGHTER_FILE });
  }
}

/**
 * Highlighting this article's contradicted statements in its page, on request. The panel
 * injects the highlighter and holds a port to it; the page side removes every highlight when
 * the port closes: the panel closed, the reader switched tabs, or turned highlighting off.
 */
export function usePageHighlights(tabId: number | null, statements: Array<{ key: string; text: string }>): PageHighlights {
  const port = useRef<Port | null>(null);
  const pending = useRef<string | null>(null);
  const [on, setOn] = useState(false);
  const [located, setLocated] = useState<Set<string> | undefined>(undefined);
  const [unsupported, setUnsupported] = useState(false);
  const [clicked, setClicked] = useState<PageHighlights['clicked']>(null);
  const [error, setError] = useState<string | null>(null);
  const signature = statements.map((item) => item.key).join('\n');
  const known = useRef(new Set<string>());
  known.current = new Set(statements.map((item) => item.key));

  const post = (message: PanelToPage) => port.current?.postMessage(message);
  const disconnect = () => {
    port.current?.disconnect();
    port.current = null;
    setOn(false);
    setLocated(undefined);
  };

  const connect = async () => {
    if (tabId === null || port.current) return;
    setError(null);
    try {
      await inject(tabId);
    } catch {
      setError('This page cannot be highlighted (the browser keeps its own pages and some sites out of reach).');
      return;
    }
    // The top frame only: that is where the highlighter was injected and the article is.
    const opened = browser.tabs.connect(tabId, { name: HIGHLIGHT_PORT, frameId: 0 });
    port.current = opened;
    opened.onMessage.addListener((message: unknown) => {
      if (!isPageToPanel(message, known.current)) return;
      if (message.type === 'clicked') {
        setClicked({ key: message.key, at: Date.now() });
        return;
      }
      setLocated(new Set(message.keys));
      setUnsupported(!message.supported);
      if (pending.current !== null) post({ type: 'scrollTo', key: pending.current });
      pending.current = null;
    });
    opened.onDisconnect.addListener(() => {
      if (port.current === opened) disconnect();
    });
    setOn(true);
    post({ type: 'highlight', statements });
  };

  // Another tab, or the panel closing: let go of the page (its highlights go with the port).
  useEffect(() => disconnect, [tabId]);
  // New results while highlighting: highlight what is shown now.
  useEffect(() => {
    if (port.current) post({ type: 'highlight', statements });
  }, [signature]);

  return {
    on,
    located,
    unsupported,
    clicked,
    error,
    toggle: () => (port.current ? disconnect() : void connect()),
    locate(key) {
      if (port.current && located) post({ type: 'scrollTo', key });
      else {
        pending.current = key;
        void connect();
      }
    },
  };
}
