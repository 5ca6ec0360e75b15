import { browser } from 'wxt/browser';
import { withLanguage } from '@/src/core/extract/extractArticle';
import type { ExtractedArticle } from '@/src/core/types';
import { isPageArticle } from './untrusted';

const EXTRACTOR_FILE = '/content-scripts/extractor.js';

/**
 * Runs the extractor in the tab (only where the detector said yes, so Readability never
 * loads on ordinary pages) and returns what it read, its language judged here. The result is
 * checked field by field: it was computed from a hostile page.
 */
export async function extractInTab(tabId: number): Promise<ExtractedArticle> {
  let result: unknown;
  if (browser.scripting) {
    // At once, not at the page's document_idle: the detector reports a found article at the end
    // of parsing (detector.content.ts), and its text is there to read while images still load.
    const [first] = await browser.scripting.executeScript({ target: { tabId }, files: [EXTRACTOR_FILE], injectImmediately: true });
    result = first?.result;
  } else {
    const results = (await browser.tabs.executeScript(tabId, { file: EXTRACTOR_FILE })) ?? [];
    result = results[0];
  }
  if (!isPageArticle(result)) {
    throw new Error('Backstory could not read an article on this page.');
  }
  return withLanguage(result);
}
