import { useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ArticleHeader } from '@/src/ui/ArticleHeader';
import { AnalysisProgress } from '@/src/ui/AnalysisProgress';
import { EmptyArchive } from '@/src/ui/EmptyArchive';
import { ErrorNotice } from '@/src/ui/ErrorNotice';
import { HeaderSkeleton, ResultsSkeleton } from '@/src/ui/ResultsSkeleton';
import { SaveButton } from '@/src/ui/SaveButton';
import { callBackground } from '@/src/messaging/client';
import type { TabState } from '@/src/messaging/protocol';
import { ImportArchiveButton } from './ImportArchiveButton';
import { Results } from './Results';
import { useArchiveSize } from './useArchiveSize';
import { useDismissedPairs } from './useDismissedPairs';
import { useResultKeys } from './useResultKeys';
import { usePanelTab, useTabState } from './useTabState';

function Quiet({ title, children }: { title: string; children?: preact.ComponentChildren }) {
  return (
    <section class="quiet" data-testid="quiet">
      <h2>{title}</h2>
      {children}
    </section>
  );
}

interface Actions {
  analyzeAnyway: () => void;
  reload?: () => void;
}

function StatusView({ state, actions }: { state: TabState; actions: Actions }) {
  switch (state.status) {
    case 'waiting':
      return <Quiet title="Waiting for the page">Backstory reads news articles as they load. Pages of the browser itself cannot be read.</Quiet>;
    case 'not_article':
      return <Quiet title="No news article on this page">Open a news report and its backstory appears here.</Quiet>;
    case 'not_relevant':
      return (
        <Quiet title="Not about Russia, Belarus or Ukraine">
          <p>Backstory follows news on Russia, Belarus and Ukraine; this article is about something else.</p>
          <button type="button" class="secondary" onClick={actions.analyzeAnyway}>
            Analyse it anyway
          </button>
        </Quiet>
      );
    case 'error':
      // "Try again" runs the analysis again, which needs the detector's verdict on the page.
      return <ErrorNotice message={state.error ?? 'The page could not be read.'} onRetry={state.detection?.isArticle ? actions.analyzeAnyway : undefined} onReload={actions.reload} />;
    default:
      return null;
  }
}

/**
 * While the article is analysed: its header as soon as it is read, Save (waiting), the steps,
 * and the outline of the results, in the places the results will take.
 */
function Analysing({ state, archiveSize }: { state: TabState; archiveSize: number | null }) {
  return (
    <>
      {state.article ? <ArticleHeader article={state.article} detection={state.detection} /> : <HeaderSkeleton />}
      <button type="button" class="primary save waiting" disabled title="Available once the article is analysed">
        Save to archive
      </button>
      <AnalysisProgress stage={state.stage} archiveSize={archiveSize} />
      <ResultsSkeleton />
    </>
  );
}

export function App() {
  const tabId = usePanelTab();
  const [state, failure] = useTabState(tabId);
  const [busy, setBusy] = useState(false);
  const [actionError, setActionError] = useState<string | null>(null);
  const lastAction = useRef<(() => void) | null>(null);
  const archive = useArchiveSize();

  const run = async (work: () => Promise<unknown>) => {
    setBusy(true);
    setActionError(null);
    try {
      await work();
    } catch (error) {
      setActionError(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  };
  const save = () => {
    lastAction.current = save;
    if (tabId !== null) void run(() => callBackground('saveTab', { tabId }));
  };
  const analyzeAnyway = () => {
    lastAction.current = analyzeAnyway;
    if (tabId !== null) void run(() => callBackground('analyzeTab', { tabId }));
  };
  const reload = tabId === null ? undefined : () => void browser.tabs.reload(tabId);

  const dismissed = useDismissedPairs(setActionError);
  useResultKeys();
  // A failed action, or a note the background added to a result (an auto-save that failed).
  const notice = actionError ?? (state?.status !== 'error' ? state?.error : null);

  return (
    <main class="panel">
      <div class="brand">
        <span class="logo" aria-hidden="true">◧</span> Backstory
        <a class="manage" href="/options.html" target="_blank">Archive</a>
      </div>
      {failure && <ErrorNotice message={failure} onRetry={() => location.reload()} />}
      {notice && <ErrorNotice message={notice} onRetry={actionError ? (lastAction.current ?? undefined) : undefined} onReload={reload} />}
      {!state && !failure && <Quiet title="Loading…" />}
      {state?.status === 'analyzing' && <Analysing state={state} archiveSize={archive.size} />}
      {state && state.status !== 'ready' && <StatusView state={state} actions={{ analyzeAnyway, reload }} />}
      {state?.status === 'ready' && state.article && (
        <>
          <ArticleHeader article={state.article} detection={state.detection} />
          <SaveButton saved={state.saved} busy={busy} onSave={save} />
          {archive.ready && archive.size === 0 && (
            <EmptyArchive priorEvents={state.priorEvents?.length ?? 0}>
              <ImportArchiveButton
                onError={(message) => {
                  lastAction.current = null;
                  setActionError(message);
                }}
              />
            </EmptyArchive>
          )}
          {dismissed.ready && archive.ready && (archive.size !== 0 || (state.priorEvents?.length ?? 0) > 0) && (
            <Results tabId={tabId} state={{ ...state, article: state.article }} dismissed={dismissed} />
          )}
        </>
      )}
    </main>
  );
}
