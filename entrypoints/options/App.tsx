import { useEffect, useState } from 'preact/hooks';
import { reanalyzeAll } from '@/src/archive/reanalyzeAll';
import { restoreArticle, takeArticle } from '@/src/archive/articles';
import { EMPTY_QUERY, type SearchQuery } from '@/src/search/filterDocs';
import type { DocMeta } from '@/src/search/docMeta';
import { SAVE_SHORTCUT } from '@/src/ui/shortcut';
import { ArchiveList } from './ArchiveList';
import { ArchiveUpkeep } from './ArchiveUpkeep';
import { ArticleView } from './ArticleView';
import { importDatasetChosen, type SkippedReport } from './datasetImport';
import { downloadBlob, textOf } from './files';
import { Filters, SortOrder } from './Filters';
import { archiveDb, tellBackground } from './pageArchive';
import { Progress, type Busy } from './Progress';
import { readerError } from './readerError';
import { FeedsSection } from './FeedsSection';
import { FileImport } from './FileImport';
import { SettingsSection } from './SettingsSection';
import { SkippedRows } from './SkippedRows';
import { exportToBlob, importArchiveFile } from './transfer';
import { useArchiveSearch } from './useArchiveSearch';

/** `undo`: a button beside the notice that takes the change back. */
type Message = { kind: 'notice' | 'error'; text: string; undo?: () => void } | null;
type Report = (done: number, total: number, label?: string) => void;

const articleIdOf = (hash: string) => Number(/^#\/article\/(\d+)$/u.exec(hash)?.[1] ?? 0) || null;
const count = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

export function App() {
  const [query, setQuery] = useState<SearchQuery>(EMPTY_QUERY);
  const [message, setMessage] = useState<Message>(null);
  const [revision, setRevision] = useState(0);
  const [total, setTotal] = useState<number | null>(null);
  const [busy, setBusy] = useState<Busy | null>(null);
  const [skipped, setSkipped] = useState<SkippedReport | null>(null);
  const [hash, setHash] = useState(location.hash);
  const search = useArchiveSearch(query);

  useEffect(() => {
    const onHash = () => setHash(location.hash);
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);
  useEffect(() => void archiveDb().articles.count().then(setTotal), [revision, search.results]);

  const act = async (work: () => Promise<string | { text: string; undo: () => void }>) => {
    setMessage(null);
    try {
      const done = await work();
      setMessage(typeof done === 'string' ? { kind: 'notice', text: done } : { kind: 'notice', ...done });
    } catch (error) {
      setMessage({ kind: 'error', text: readerError(error) });
    }
    setRevision((n) => n + 1);
    void search.changed();
  };

  /** A long piece of work: progress and a Stop button while it runs. */
  const long = (label: string, work: (report: Report, signal: AbortSignal) => Promise<string>) => {
    const stop = new AbortController();
    const report: Report = (done, all, now = label) => setBusy({ label: now, done, total: all, stop });
    report(0, 0);
    return act(() => work(report, stop.signal)).finally(() => setBusy(null));
  };

  // No confirm(): the article goes at once and Undo beside the notice puts it back, ids and all.
  const remove = (doc: DocMeta) =>
    void act(async () => {
      const taken = await takeArticle(archiveDb(), doc.id);
      if (!taken) throw new Error(`“${doc.title}” is no longer in your archive: it may have been deleted already.`);
      await search.forget([doc.id]);
      void tellBackground();
      const undo = () =>
        void act(async () => {
          const outcome = await restoreArticle(archiveDb(), taken);
          void tellBackground();
          return outcome === 'restored' ? `Restored “${doc.title}”.` : `“${doc.title}” was saved again meanwhile: it is in your archive.`;
        });
      return { text: `Deleted “${doc.title}”.`, undo };
    });
  const exportArchive = () =>
    long('Exporting', async (onProgress, signal) => {
      const { blob, count: exported } = await exportToBlob(archiveDb(), { onProgress, signal });
      downloadBlob(`backstory-archive-${new Date().toISOString().slice(0, 10)}.json`, blob);
      return `Exported ${count(exported, 'article')}.`;
    });
  const importArchive = (file: File | undefined) =>
    file &&
    long(`Checking ${file.name}`, (onProgress, signal) =>
      importArchiveFile(archiveDb(), textOf(file, file.name), file.name, {
        onProgress: (label, done, all) => onProgress(done, all, label),
        signal,
      }).finally(() => void tellBackground()),
    );
  const importEvents = (file: File | undefined) => {
    if (!file) return;
    const stop = new AbortController();
    setSkipped(null);
    return act(async () => {
      const { notice, skipped: rows } = await importDatasetChosen(file, (update) => setBusy({ ...update, stop }), stop.signal);
      setSkipped(rows);
      return notice;
    }).finally(() => setBusy(null));
  };
  const reanalyze = () =>
    long('Re-analysing', async (onProgress, signal) => {
      const ids = await reanalyzeAll(archiveDb(), { onProgress: (done, all) => onProgress(done, all), signal });
      void tellBackground();
      // People and places may have changed: the index reads the articles again.
      void search.rebuild();
      const all = await archiveDb().articles.count();
      return signal.aborted ? `Stopped after ${count(ids.length, 'article')} of ${all.toLocaleString('en')}: Re-analyse all starts again from the first.` : `Re-analysed ${count(ids.length, 'article')}.`;
    });

  const open = articleIdOf(hash);
  const closeArticle = () => {
    if (history.length > 1 && articleIdOf(location.hash)) history.back();
    else location.hash = '';
  };
  const shown = search.results.length;
  const filtered = search.appliedText.trim() !== '' || Object.entries(query).some(([field, value]) => field !== 'sort' && field !== 'text' && value);

  return (
    <main class="options">
      <header class="page-head">
        <h1>Your Backstory archive</h1>
        <nav aria-label="Sections of this page">
          <a href="#import-title" onClick={jump('import-title')}>Import and export</a>
          <a href="#upkeep-title" onClick={jump('upkeep-title')}>Storage</a>
          <a href="#settings-title" onClick={jump('settings-title')}>Settings</a>
        </nav>
      </header>
      <p class="lede">
        {total === null ? 'Counting…' : count(total, 'article')} stored on this computer only. Export a bundle to back it up or to use it with the command line.
      </p>
      {busy && <Progress busy={busy} />}
      {message && (
        <p class={message.kind} role={message.kind === 'error' ? 'alert' : 'status'} data-testid="message">
          {message.text}
          {message.undo && (
            <button type="button" class="secondary undo" onClick={message.undo}>
              Undo
            </button>
          )}
        </p>
      )}
      <section aria-label="Articles" class="articles">
        <Filters query={query} facets={search.index.facets} onQuery={setQuery} />
        <div class="result-head">
          <p class="result-count" role="status" data-testid="result-count">
            {filtered ? `${count(shown, 'article')} match${shown === 1 ? 'es' : ''}` : count(shown, 'article')}
            {search.indexing && ` · preparing the search: ${search.indexing.done.toLocaleString('en')} of ${count(search.indexing.total, 'article')} read`}
          </p>
          <SortOrder query={query} onQuery={setQuery} />
        </div>
        {shown === 0 ? (
          <p class="empty">
            {!search.ready || search.indexing
              ? 'Reading the archive…'
              : filtered
                ? 'No saved article matches this search. Fewer words, or fewer filters, find more.'
                : `Nothing saved yet: open a news article and press Save in the side panel (or ${SAVE_SHORTCUT}), or import a bundle below.`}
          </p>
        ) : (
          <ArchiveList ids={search.results} searchKey={JSON.stringify({ ...query, text: search.appliedText })} doc={(id) => search.index.doc(id)} onDelete={remove} />
        )}
      </section>
      <section class="section-block" aria-labelledby="import-title">
        <h2 id="import-title">Import and export</h2>
        <div class="toolbar">
          <button type="button" class="secondary" disabled={busy !== null} onClick={() => void exportArchive()}>
            Export bundle
          </button>
          <FilePicker label="Import bundle…" accept=".json,application/json" testId="import" disabled={busy !== null} onFile={(file) => void importArchive(file)} />
          <FilePicker
            label="Import events (ACLED, UCDP, GDELT)…"
            accept=".csv,.tsv,.txt,.zip,.CSV,text/csv"
            testId="import-events"
            disabled={busy !== null}
            onFile={(file) => void importEvents(file)}
          />
        </div>
        {skipped && <SkippedRows report={skipped} />}
        <FileImport />
      </section>
      <FeedsSection />
      <ArchiveUpkeep revision={revision} busy={busy !== null} onReanalyze={() => void reanalyze()} />
      <SettingsSection />
      {open !== null && (
        <div class="article-overlay" role="dialog" aria-modal="true" aria-label="Archived article">
          <ArticleView id={open} onClose={closeArticle} />
        </div>
      )}
    </main>
  );
}

/** In-page links that scroll without leaving a hash an article view would read. */
const jump = (id: string) => (event: Event) => {
  event.preventDefault();
  document.getElementById(id)?.scrollIntoView({ behavior: 'smooth', block: 'start' });
};

/** A button that picks one file; the input is cleared so the same file can be chosen again. */
function FilePicker({ label, accept, testId, disabled, onFile }: { label: string; accept: string; testId: string; disabled: boolean; onFile: (file: File | undefined) => void }) {
  return (
    <label class="secondary">
      {label}
      <input
        type="file"
        accept={accept}
        data-testid={testId}
        disabled={disabled}
        onChange={(event) => {
          const input = event.target as HTMLInputElement;
          onFile(input.files?.[0]);
          input.value = '';
        }}
      />
    </label>
  );
}
