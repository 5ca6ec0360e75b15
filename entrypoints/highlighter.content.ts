import { browser } from 'wxt/browser';
import { PageHighlighter } from '@/src/highlight/pageHighlighter';
import { HIGHLIGHT_PORT, isPanelToPage, type PageToPanel } from '@/src/highlight/protocol';

// Injected by the side panel, on request, into the tab it describes. It waits for the panel's
// port; the highlights live as long as that port does, so closing the panel (or turning
// highlighting off) removes them. Only our own extension can connect, and it is checked again.
const INSTALLED = '__backstoryHighlighter';

export default defineContentScript({
  registration: 'runtime',
  // No "content-script-started" message to the page: nothing tells the site Backstory is there.
  noScriptStartedPostMessage: true,
  main() {
    const scope = globalThis as Record<string, unknown>;
    if (scope[INSTALLED]) return;
    scope[INSTALLED] = true;
    browser.runtime.onConnect.addListener((port) => {
      if (port.name !== HIGHLIGHT_PORT || port.sender?.id !== browser.runtime.id) return;
      const highlighter = new PageHighlighter();
      const send = (message: PageToPanel) => port.postMessage(message);
      // A click on a highlight opens its card; the click itself still reaches the page. Only
      // the reader's own clicks count, not ones the page's scripts dispatch.
      const onClick = (event: MouseEvent) => {
        if (!event.isTrusted) return;
        const key = highlighter.keyAt(event.clientX, event.clientY);
        if (key !== null) send({ type: 'clicked', key });
      };
      document.addEventListener('click', onClick, { capture: true, passive: true });
      port.onMessage.addListener((message: unknown) => {
        if (!isPanelToPage(message)) return;
        if (message.type === 'highlight') send({ type: 'located', keys: highlighter.highlight(message.statements), supported: highlighter.supported });
        else highlighter.scrollTo(message.key);
      });
      port.onDisconnect.addListener(() => {
        highlighter.clear();
        document.removeEventListener('click', onClick, { capture: true });
      });
    });
  },
});
