import {
  BundleError,
  countArticles,
  deleteArticle,
  describeStorageError,
  exportBundle,
  importBundle,
  ingestArticle,
  searchArticles,
  parseBundle,
  type ArchiveDB,
} from '@/src/archive';
import { HandlerError, broadcast, type Routes } from '@/src/messaging/server';
import { analysisScheduler } from './analysisScheduler';
import { analyzePage, matchIntoState } from './pageAnalysis';
import { isDetection, isWebPage } from './untrusted';
import { analysisOf } from './tabAnalyses';
import { allTabStates, readTabState, writeTabState } from './tabStates';

/** After any change to the archive: fresh "saved" marks and related lists in open tabs. */
export async function refreshOpenTabs(db: ArchiveDB): Promise<void> {
  for (const state of await allTabStates()) {
    if (state.status !== 'ready') continue;
    const analyzed = await analysisOf(state.tabId, state.url);
    if (!analyzed) continue;
    // The analysis is kept already: only the panel's part is written again.
    await writeTabState({ ...(await matchIntoState(db, state, analyzed)), analyzed: null });
  }
  await broadcast('archiveChanged', { count: await countArticles(db) });
}

/** Wraps an archive write so a full disk reads as such, not as a stack trace. */
async function writing<T>(work: () => Promise<T>, lost?: string): Promise<T> {
  try {
    return await work();
  } catch (error) {
    const quota = describeStorageError(error, lost);
    if (quota) throw new HandlerError('quota', quota);
    throw error;
  }
}

export async function saveTab(db: ArchiveDB, tabId: number) {
  const state = await readTabState(tabId);
  const analyzed = state.status === 'ready' ? await analysisOf(tabId, state.url) : null;
  if (!analyzed) {
    throw new HandlerError('not_ready', 'There is no analysed article in this tab to save yet.');
  }
  const outcome = await writing(() => ingestArticle(db, analyzed, { origin: 'saved' }));
  await refreshOpenTabs(db);
  const saved = (await readTabState(tabId)).saved ?? { id: outcome.id, savedAt: new Date().toISOString() };
  return { status: outcome.status, saved, reason: outcome.status === 'duplicate' ? outcome.duplicateOf.reason : undefined };
}

/** Characters of JSON that surely fit one message (64 MiB) even if each took two bytes. */
const MAX_MESSAGE_CHARS = 30 * 1024 * 1024;

function positiveInteger(value: unknown, name: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
    throw new HandlerError('bad_request', `${name} must be a whole number.`);
  }
  return value;
}

export function createRoutes(db: ArchiveDB, scheduler = analysisScheduler((tabId, url, detection, article) => analyzePage(db, tabId, url, detection, false, undefined, article))): Routes {
  return {
    content: {
      async pageDetected(args, { tabId, url }) {
        if (!isDetection(args.detection)) throw new HandlerError('bad_request', 'The page sent a malformed verdict.');
        if (!isWebPage(url)) return null;
        // Not awaited: the content script need not wait for extraction and matching, and a
        // burst of reports from one page is analysed once.
        // The article it may send with a topical verdict is checked where it is used (extractInTab.ts).
        scheduler.report(tabId, url, args.detection, args.article);
        return null;
      },
    },
    page: {
      async getTabState({ tabId }) {
        return readTabState(positiveInteger(tabId, 'tabId'));
      },
      async analyzeTab({ tabId }) {
        const state = await readTabState(positiveInteger(tabId, 'tabId'));
        if (!state.detection?.isArticle) {
          throw new HandlerError('not_ready', 'Backstory found no article on this page to analyse.');
        }
        if (!state.url || !state.detection) {
          throw new HandlerError('not_ready', 'This page has not been read yet. Reload it and try again.');
        }
        await analyzePage(db, tabId, state.url, state.detection, true);
        return readTabState(tabId);
      },
      async saveTab({ tabId }) {
        return saveTab(db, positiveInteger(tabId, 'tabId'));
      },
      async listArticles({ offset, limit, search }) {
        const words = typeof search === 'string' && search.trim() ? search : undefined;
        const page = { offset: positiveInteger(offset, 'offset'), limit: Math.min(positiveInteger(limit, 'limit'), 500) };
        return searchArticles(db, { ...page, search: words });
      },
      async deleteArticle({ id }) {
        const wanted = positiveInteger(id, 'id');
        if (!(await writing(() => deleteArticle(db, wanted)))) {
          throw new HandlerError('not_found', `There is no article ${wanted} in the archive: it may have been deleted already.`);
        }
        await refreshOpenTabs(db);
        return null;
      },
      async exportArchive() {
        // Kept for callers of the old route; the archive page exports in pieces by itself.
        // A reply is one message, capped at 64 MiB: refused in words before Chrome refuses it raw.
        const bundle = await exportBundle(db);
        const json = JSON.stringify(bundle, null, 1);
        if (json.length > MAX_MESSAGE_CHARS) {
          throw new HandlerError('bad_request', `The archive (${bundle.articles.length} articles) is too large to send in one message: export it with Export bundle on the archive page.`);
        }
        return { json, count: bundle.articles.length };
      },
      async importArchive({ json }) {
        if (typeof json !== 'string') throw new HandlerError('bad_request', 'The import file could not be read.');
        let bundle;
        try {
          bundle = parseBundle(json);
        } catch (error) {
          if (error instanceof BundleError) throw new HandlerError('invalid_bundle', error.message);
          throw error;
        }
        // One transaction: a full disk stores nothing of the file, and says so.
        const outcome = await writing(() => importBundle(db, bundle, { origin: 'imported' }), 'nothing from this file was imported');
        await refreshOpenTabs(db);
        return outcome;
      },
    },
  };
}
