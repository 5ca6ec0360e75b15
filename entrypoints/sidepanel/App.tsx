import { useState } from 'preact/hooks';
import { ArticleHeader } from '@/src/ui/ArticleHeader';
import { SaveButton } from '@/src/ui/SaveButton';
import { callBackground } from '@/src/messaging/client';
import type { TabState } from '@/src/messaging/protocol';
import { Results } from './Results';
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

function StatusView({ state, onAnalyzeAnyway }: { state: TabState; onAnalyzeAnyway: () => void }) {
  switch (state.status) {
    case 'waiting':
      return <Quiet title="Waiting for the page">Backstory reads news articles as they load. Pages of the browser itself cannot be read.</Quiet>;
    case 'not_article':
      return <Quiet title="No news article on this page">Open a news report and its backstory appears here.</Quiet>;
    case 'not_relevant':
      return (
        <Quiet title="Not about Russia, Belarus or Ukraine">
          <p>Backstory follows news on Russia, Belarus and Ukraine; this article is about something else.</p>
          <button type="button" class="secondary" onClick={onAnalyzeAnyway}>
            Analyse it anyway
          </button>
        </Quiet>
      );
    case 'analyzing':
      return <Quiet title="Reading the article…">Matching it against your archive.</Quiet>;
    case 'error':
      return <Quiet title="This page could not be read">{state.error}</Quiet>;
    default:
      return null;
  }
}

export function App() {
  const tabId = usePanelTab();
  const [state, failure] = useTabState(tabId);
  const [busy, setBusy] = useState(false);
  const [actionError, setActionError] = useState<string | null>(null);

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
  const save = () => tabId !== null && run(() => callBackground('saveTab', { tabId }));
  const analyzeAnyway = () => tabId !== null && run(() => callBackground('analyzeTab', { tabId }));

  const dismissed = useDismissedPairs(setActionError);
  useResultKeys();

  return (
    <main class="panel">
      <div class="brand">
        <span class="logo" aria-hidden="true">◧</span> Backstory
        <a class="manage" href="/options.html" target="_blank">Archive</a>
      </div>
      {failure && <p class="error" role="alert">{failure}</p>}
      {/* A failed save or re-analysis, whatever the page's state (an error page shows its own). */}
      {(actionError ?? state?.error) && state?.status !== 'error' && (
        <p class="error" role="alert">{actionError ?? state?.error}</p>
      )}
      {!state && !failure && <Quiet title="Loading…" />}
      {state && state.status !== 'ready' && <StatusView state={state} onAnalyzeAnyway={analyzeAnyway} />}
      {state?.status === 'ready' && state.article && (
        <>
          <ArticleHeader article={state.article} detection={state.detection} />
          <SaveButton saved={state.saved} busy={busy} onSave={save} />
          {dismissed.ready && <Results tabId={tabId} state={{ ...state, article: state.article }} dismissed={dismissed} />}
        </>
      )}
    </main>
  );
}
