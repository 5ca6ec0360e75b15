import { browser } from 'wxt/browser';
import { withLanguage } from '@/src/core/extract/extractArticle';
import type { ExtractedArticle } from '@/src/core/types';
import { isPageArticle } from './untrusted';

const EXTRACTOR_FILE = '/content-scripts/extractor.js';

/**
 * The tab's article, its language judged here: as the page read it beside a topical verdict
 * (`sent`, detector.content.ts), or else read by the extractor run in the tab now (a page the
 * reader asks to analyse though the detector passed it over, or one whose verdict came without
 * its article). Either is checked field by field: it was computed from a hostile page.
 */
export async function extractInTab(tabId: number, sent?: unknown): Promise<ExtractedArticle> {
  if (sent !== undefined && isPageArticle(sent)) return withLanguage(sent);
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
