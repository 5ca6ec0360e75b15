import { readArticle } from '@/src/core/extract/extractArticle';

// Injected by the background into a tab whose article it needs and was not sent (the detector
// sends a topical article's with its verdict): a page the reader asks to analyse though the
// detector passed it over, or one on a site whose settings the detector could not read. The
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
