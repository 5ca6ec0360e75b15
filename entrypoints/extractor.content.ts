import { readArticle } from '@/src/core/extract/extractArticle';

// Injected by the background only into tabs the detector found to be topical articles; the
// return value of main() is what executeScript hands back. The article's language is judged in
// the background (extractInTab.ts), where franc's models are built once, not in every page.
export default defineContentScript({
  registration: 'runtime',
  // No "content-script-started" message to the page: it would tell the site how it was judged.
  noScriptStartedPostMessage: true,
  main() {
    return readArticle(document, location.href);
  },
});
