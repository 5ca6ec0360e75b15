import { canonicalUrl, checkArticle, contentHash, findDuplicate, ingestArticle, type ArchiveDB } from '@/src/archive';
import { announceArchiveChange } from '@/src/archive/archiveChanges';
import { readSurroundings, type Surroundings } from '@/src/archive/candidates';
import { datasetNumberDisagreements } from '@/src/archive/datasetNumbers';
import { findPriorEvents, flattenPriorEvents } from '@/src/archive/priorEvents';
import { sameSite } from '@/src/archive/siteKey';
import { capArticle } from '@/src/core/limits';
import type { AnalyzedArticle, Detection, ExtractedArticle } from '@/src/core/types';
import type { AnalysisStage, SavedMark, TabState } from '@/src/messaging/protocol';
import { isNeverRead, loadSettings, type Settings } from '@/src/settings/settings';
import { analyseOnce } from './analysedOnce';
import { compactPriorEvents } from './compactPriorEvents';
import { extractInTab } from './extractInTab';
import { emptyTabState, isCurrent, writeTabState, writeTabStateIfCurrent } from './tabStates';

export async function savedMarkFor(db: ArchiveDB, analyzed: Pick<AnalyzedArticle, 'article'>): Promise<SavedMark | null> {
  // The same article counts as saved at another address too (a syndicated or tracked link).
  const stored = await findDuplicate(db, canonicalUrl(analyzed.article.url), contentHash(analyzed.article.text));
  return stored ? { id: stored.record.id, savedAt: stored.record.savedAt } : null;
}

/**
 * The saved mark from the stored copies readSurroundings found (the first is the one findDuplicate
 * names: same canonical URL, else same text), as savedMarkFor gives it, without looking them up again.
 */
export async function savedMarkOf(db: ArchiveDB, ahead: Promise<Surroundings>): Promise<SavedMark | null> {
  const [id] = (await ahead).self;
  const stored = id === undefined ? undefined : await db.articles.get(id);
  return stored ? { id: stored.id, savedAt: stored.savedAt } : null;
}

/**
 * Matches an analysed article against the archive and fills in the tab's result. `ahead`: its
 * surroundings already asked for (they need the article only, so a page's are read while its
 * article is analysed): the check and the saved mark read them no more; else the saved mark is
 * read beside the check, not after it.
 */
export async function matchIntoState(db: ArchiveDB, state: TabState, analyzed: AnalyzedArticle, ahead?: Promise<Surroundings>): Promise<TabState> {
  const [check, prior, saved] = await Promise.all([checkArticle(db, analyzed, ahead), findPriorEvents(db, analyzed), ahead ? savedMarkOf(db, ahead) : savedMarkFor(db, analyzed)]);
  // A dataset's count of the dead against the article's: a contradiction like any other.
  const disagreements = datasetNumberDisagreements(analyzed, flattenPriorEvents(prior));
  return {
    ...state,
    status: 'ready',
    article: analyzed.article,
    analyzed,
    related: check.related,
    contradictions: [...check.contradictions, ...disagreements],
    priorEvents: compactPriorEvents(prior),
    saved,
    error: null,
  };
}

/**
 * The pipeline for one page, from the detector's verdict to the panel's result. `force`
 * analyses an article the detector found off-topic, when the reader asks for it. `settingsOf`:
 * where the reader's settings come from (the worker keeps them: heldSettings.ts). `sent`: the
 * article the page read beside its verdict, if it sent one (else the extractor is run in the tab).
 */
export async function analyzePage(
  db: ArchiveDB,
  tabId: number,
  url: string,
  detection: Detection,
  force = false,
  settingsOf: () => Promise<Settings> = loadSettings,
  sent?: unknown,
): Promise<void> {
  const base: TabState = { ...emptyTabState(tabId, url), detection };
  // A site the reader listed in the settings is never extracted, analysed or saved, even on request.
  const settings = await settingsOf();
  if (isNeverRead(url, settings.neverRead)) {
    return writeTabState({ ...base, status: 'error', error: 'You asked Backstory never to read this site (Settings on the archive page).' });
  }
  if (!force && !detection.isArticle) return writeTabState({ ...base, status: 'not_article' });
  if (!force && !detection.relevant) return writeTabState({ ...base, status: 'not_relevant' });
  // Each step is told to the panel as it starts (its progress), with the article's title and
  // outlet once read, so the header is in place before the results arrive. Never over a
  // newer page the reader has moved on to. Not waited for: the tab's writes keep their order,
  // and the work need not wait for the storage (each write was a round trip before the result).
  const step = (stage: AnalysisStage, article: ExtractedArticle | null = null) => {
    const state: TabState = { ...base, status: 'analyzing', stage, article };
    void (stage === 'reading' ? writeTabState(state) : writeTabStateIfCurrent(state)).catch(() => undefined);
  };
  step('reading');
  try {
    const extracted = await extractInTab(tabId, sent);
    // The extractor refuses a canonical on another site; checked again here, against the
    // address the browser reports (the result was computed inside the page), by the public
    // suffix list: another blog on livejournal.com, another registrant under kyiv.ua or
    // another page on telegra.ph is another site, whose address a page may not take.
    const article = url.startsWith('file:') || sameSite(extracted.url, url) ? extracted : { ...extracted, url };
    step('analysing', article);
    // Asked for now, read by the storage while the analysis holds this thread: the page's stored
    // copies (the saved mark, and what the check leaves out) and the reports published near it.
    // The text as the analysis keeps it (capArticle), for the hash to be the stored one's.
    const ahead = readSurroundings(db, capArticle(article));
    ahead.catch(() => undefined); // waited for below; a failure is told there
    // The step's write goes out before the analysis holds the thread (a long page takes seconds).
    await new Promise((resolve) => setTimeout(resolve, 0));
    const analyzed = analyseOnce(article, detection);
    step('matching', analyzed.article);
    let ready = await matchIntoState(db, base, analyzed, ahead);
    // Auto-save (off unless the reader turned it on): a topical article, once, as if Save were
    // pressed, and only while the tab still shows it.
    if (settings.autoSave && detection.relevant && !ready.saved && (await isCurrent(tabId, url))) {
      try {
        await ingestArticle(db, analyzed, { origin: 'saved' });
        ready = { ...ready, saved: await savedMarkFor(db, analyzed) };
        announceArchiveChange(); // heard by this worker's own listener: open tabs and pages follow
      } catch (error) {
        ready = { ...ready, error: `Auto-save failed: ${error instanceof Error ? error.message : String(error)}` };
      }
    }
    // The reader may have navigated on while we worked: never show a result on the wrong page.
    await writeTabStateIfCurrent(ready);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await writeTabStateIfCurrent({ ...base, status: 'error', error: message });
  }
}
