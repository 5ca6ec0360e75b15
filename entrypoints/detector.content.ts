import { detectPage } from '@/src/core/detect';
import type { Detection } from '@/src/core/types';
import { sendFromContent } from '@/src/messaging/contentClient';

/** Chrome's own document_idle: the page's load event, or this long after DOMContentLoaded if load is later. */
const IDLE_AFTER_MS = 200;

// Runs on every page, so it only does the cheap check and reports the verdict; the background
// injects the extractor where the verdict is yes. It sends through the raw runtime global, not
// the webextension-polyfill, to keep this script small.
export default defineContentScript({
  matches: ['<all_urls>'],
  // At the end of parsing, not at document_idle: a news page's text is in its HTML, and its
  // images and ads can hold the load event back for seconds. An article found already is
  // reported at once, so its result can arrive about when the page has loaded; any other verdict
  // waits for the page to be idle (scripts may still write the article in), as before.
  runAt: 'document_end',
  // WXT would otherwise post "<extension id>:detector:wxt:content-script-started" to the page,
  // telling every site that Backstory is installed.
  noScriptStartedPostMessage: true,
  main(ctx) {
    let sent = '';
    const report = (detection: Detection) => {
      if (ctx.isInvalid) return;
      sent = JSON.stringify(detection);
      sendFromContent('pageDetected', { url: location.href, detection }).catch(() => undefined);
    };
    const detect = () => detectPage(document, location.href);
    let idle = document.readyState === 'complete';
    const whenIdle = () => {
      if (idle) return;
      idle = true;
      // The same verdict again is not news; a changed one (the page wrote more) is read again.
      const detection = detect();
      if (JSON.stringify(detection) !== sent) report(detection);
    };
    if (idle) report(detect());
    else {
      const early = detect();
      if (early.isArticle && early.relevant) report(early);
      ctx.addEventListener(window, 'load', whenIdle);
      ctx.setTimeout(whenIdle, IDLE_AFTER_MS);
    }
    // Single-page sites swap the article without a page load: check again once it has rendered.
    ctx.addEventListener(window, 'wxt:locationchange', () => ctx.setTimeout(() => report(detect()), 800));
  },
});
