import { detectPage } from '@/src/core/detect';
import { sendFromContent } from '@/src/messaging/contentClient';

// Runs on every page, so it only does the cheap check and reports the verdict; the background
// injects the extractor where the verdict is yes. It sends through the raw runtime global, not
// the webextension-polyfill, to keep this script small.
export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  // WXT would otherwise post "<extension id>:detector:wxt:content-script-started" to the page,
  // telling every site that Backstory is installed.
  noScriptStartedPostMessage: true,
  main(ctx) {
    const report = () => {
      if (ctx.isInvalid) return;
      const detection = detectPage(document, location.href);
      sendFromContent('pageDetected', { url: location.href, detection }).catch(() => undefined);
    };
    report();
    // Single-page sites swap the article without a page load: check again once it has rendered.
    ctx.addEventListener(window, 'wxt:locationchange', () => ctx.setTimeout(report, 800));
  },
});
