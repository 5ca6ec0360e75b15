import Dexie, { type Table } from 'dexie';
import type { AnalyzedArticle } from '@/src/core/types';

/**
 * Each open tab's full analysis (text, statements, events), kept so that Save stores exactly
 * what the reader saw and the archive's changes can be matched again. In IndexedDB, not
 * storage.session: the session area has 10 MB for the whole extension, and one big page's
 * text and analysis took 6.95 MB there (issue 12). A row belongs to the page at `url`; another
 * page in the same tab never reads it.
 */
interface TabAnalysis {
  tabId: number;
  url: string;
  analyzed: AnalyzedArticle;
}

class TabAnalysesDB extends Dexie {
  analyses!: Table<TabAnalysis, number>;
  constructor() {
    super('backstory-tab-analyses');
    this.version(1).stores({ analyses: '&tabId' });
  }
}

let db: TabAnalysesDB | null = null;
const open = () => (db ??= new TabAnalysesDB());

export async function keepAnalysis(tabId: number, url: string | null, analyzed: AnalyzedArticle): Promise<void> {
  await open().analyses.put({ tabId, url: url ?? '', analyzed });
}

/** The analysis of the page now in the tab, or null (none yet, or another page's). */
export async function analysisOf(tabId: number, url: string | null): Promise<AnalyzedArticle | null> {
  const row = await open().analyses.get(tabId);
  return row && row.url === (url ?? '') ? row.analyzed : null;
}

export async function dropAnalysis(tabId: number): Promise<void> {
  await open().analyses.delete(tabId);
}

/** A new browser session: tab ids start again, so the last session's rows mean nothing. */
export async function dropAllAnalyses(): Promise<void> {
  await open().analyses.clear();
}
