import { useEffect, useState } from 'preact/hooks';
import { callBackground, onBackgroundEvent } from '@/src/messaging/client';
import type { ArticleSummary } from '@/src/messaging/protocol';
import { SAVE_SHORTCUT } from '@/src/ui/shortcut';
import { ArchiveTable } from './ArchiveTable';
import { downloadBlob, textOf } from './files';
import { Pager } from './Pager';
import { Progress, type Busy } from './Progress';
import { readerError } from './readerError';
import { restoreArticle, takeArticle } from '@/src/archive/articles';
import { archiveDb, tellBackground } from './pageArchive';
import { exportToBlob, importArchiveFile } from './transfer';
import { importDatasetChosen, type SkippedReport } from './datasetImport';
import { SkippedRows } from './SkippedRows';

const PAGE_SIZE = 50;
/** How long typing pauses before the archive is searched. */
const SEARCH_PAUSE_MS = 200;

/** `undo`: a button beside the notice that takes the change back. */
type Message = { kind: 'notice' | 'error'; text: string; undo?: () => void } | null;
type Report = (done: number, total: number, label?: string) => void;

export function App() {
  const [articles, setArticles] = useState<ArticleSummary[]>([]);
  const [total, setTotal] = useState(0);
  const [search, setSearch] = useState('');
  const [offset, setOffset] = useState(0);
  const [message, setMessage] = useState<Message>(null);
  const [revision, setRevision] = useState(0);
  const [busy, setBusy] = useState<Busy | null>(null);
  const [skipped, setSkipped] = useState<SkippedReport | null>(null);

  useEffect(() => onBackgroundEvent('archiveChanged', () => setRevision((n) => n + 1)), []);
  useEffect(() => {
    // Typing waits for a pause before searching, and an answer that arrives after a newer
    // request was sent is dropped: the list never shows an older search than the box.
    let current = true;
    const timer = setTimeout(() => {
      callBackground('listArticles', { offset, limit: PAGE_SIZE, search: search.trim() || undefined })
        .then((page) => {
          if (!current) return;
          setArticles(page.articles);
          setTotal(page.total);
        })
        .catch((error: Error) => current && setMessage({ kind: 'error', text: readerError(error) }));
    }, search.trim() ? SEARCH_PAUSE_MS : 0);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [offset, search, revision]);

  const act = async (work: () => Promise<string | { text: string; undo: () => void }>) => {
    setMessage(null);
    try {
      const done = await work();
      setMessage(typeof done === 'string' ? { kind: 'notice', text: done } : { kind: 'notice', ...done });
    } catch (error) {
      setMessage({ kind: 'error', text: readerError(error) });
    }
    setRevision((n) => n + 1);
  };

  /** A long import or export: progress and a Stop button while it runs. */
  const long = (label: string, work: (report: Report, signal: AbortSignal) => Promise<string>) => {
    const stop = new AbortController();
    const report: Report = (done, all, now = label) => setBusy({ label: now, done, total: all, stop });
    report(0, 0);
    return act(() => work(report, stop.signal)).finally(() => setBusy(null));
  };

  // No confirm(): the article goes at once and Undo beside the notice puts it back, ids and all.
  const remove = (article: ArticleSummary) =>
    void act(async () => {
      const taken = await takeArticle(archiveDb(), article.id);
      if (!taken) throw new Error(`“${article.title}” is no longer in your archive: it may have been deleted already.`);
      void tellBackground();
      const undo = () =>
        void act(async () => {
          const outcome = await restoreArticle(archiveDb(), taken);
          void tellBackground();
          return outcome === 'restored' ? `Restored “${article.title}”.` : `“${article.title}” was saved again meanwhile: it is in your archive.`;
        });
      return { text: `Deleted “${article.title}”.`, undo };
    });
  const exportArchive = () =>
    long('Exporting', async (onProgress, signal) => {
      const { blob, count } = await exportToBlob(archiveDb(), { onProgress, signal });
      downloadBlob(`backstory-archive-${new Date().toISOString().slice(0, 10)}.json`, blob);
      return `Exported ${count.toLocaleString('en')} article${count === 1 ? '' : 's'}.`;
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

  return (
    <main class="options">
      <h1>Your Backstory archive</h1>
      <p class="lede">
        {total} article{total === 1 ? '' : 's'} stored on this computer only. Export a bundle to back it up or to
        use it with the command line.
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
      <div class="toolbar">
        <input
          type="search"
          placeholder="Search titles, outlets and addresses"
          value={search}
          onInput={(event) => {
            setSearch((event.target as HTMLInputElement).value);
            setOffset(0);
          }}
        />
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
      {articles.length === 0 ? (
        <p class="empty">{search ? 'No saved article matches this search.' : `Nothing saved yet: open a news article and press Save in the side panel (or ${SAVE_SHORTCUT}).`}</p>
      ) : (
        <ArchiveTable articles={articles} onDelete={remove} />
      )}
      <Pager offset={offset} pageSize={PAGE_SIZE} total={total} onOffset={setOffset} />
    </main>
  );
}

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
