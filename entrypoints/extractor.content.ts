import { extractArticle } from '@/src/core/extract';

// Injected by the background only into tabs the detector found to be topical articles; the
// return value of main() is what executeScript hands back.
export default defineContentScript({
  registration: 'runtime',
  // No "content-script-started" message to the page: it would tell the site how it was judged.
  noScriptStartedPostMessage: true,
  main() {
    return extractArticle(document, location.href);
  },
});
