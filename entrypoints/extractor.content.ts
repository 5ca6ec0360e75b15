import { extractArticle } from '@/src/core/extract';

// Injected by the background only into tabs the detector found to be topical articles; the
// return value of main() is what executeScript hands back.
export default defineContentScript({
  registration: 'runtime',
  main() {
    return extractArticle(document, location.href);
  },
});
