import { detectPage } from '@/src/core/detect';
import { readArticle, type PageArticle } from '@/src/core/extract/extractArticle';
import type { Detection } from '@/src/core/types';
import { neverReadInPage, sendFromContent } from '@/src/messaging/contentClient';

/** Chrome's own document_idle: the page's load event, or this long after DOMContentLoaded if load is later. */
const IDLE_AFTER_MS = 200;

// Runs on every page, so it does the cheap check and reports the verdict; where the verdict is
// a topical article it reads the article at once (readArticle, as the extractor would) and sends
// it with the verdict: the background need not inject the extractor and wait for it, a round
// trip through the browser and 75 KB compiled again in every such page (11-17 ms before
// Readability began, and the article's return). Other pages' articles are never read. It sends
// through the raw runtime global, not the webextension-polyfill, to keep this script small.
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
    // Asked for at once: a site the reader listed as never read has its article sent nowhere
    // (the background checks again before it reads or analyses anything).
    const neverRead = neverReadInPage(location.href);
    let sent = '';
    const report = (detection: Detection) => {
      if (ctx.isInvalid) return;
      sent = JSON.stringify(detection);
      const url = location.href;
      void articleFor(detection, url).then((article) => {
        if (ctx.isInvalid) return;
        return sendFromContent('pageDetected', { url, detection, ...(article ? { article } : {}) });
      }).catch(() => undefined);
    };
    const articleFor = async (detection: Detection, url: string): Promise<PageArticle | null> => {
      if (!detection.isArticle || !detection.relevant) return null;
      let article: PageArticle | null = null;
      try {
        article = readArticle(document, url);
      } catch {
        // the background runs the extractor instead
      }
      // Read before the settings' answer is waited for: it takes a round trip through the browser
      // (it came 12 ms after the verdict, median at load 3.5, longer than the reading takes). Sent
      // only where the reader has not listed the site as never read: there it is dropped here,
      // as the verdict's own reading of the page is.
      return (await neverRead) ? null : article;
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
