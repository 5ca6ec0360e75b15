import { useState } from 'preact/hooks';
import { importFiles, type Analyze, type FileImportSummary, type ImportEntry } from '@/src/archive/fileImport';
import { analyzerPool } from '@/src/archive/fileImportWorkers';
import { analyzeExtracted } from '@/src/core/pipeline';
import { fileImportNotice, progressDetail, SKIP_LABELS } from '@/src/archive/fileImportText';
import { archiveDb, tellBackground } from './pageArchive';
import { Progress, type Busy } from './Progress';
import { readerError } from './readerError';

/** Skipped files listed one by one, up to this many; the rest are counted. */
const LISTED = 500;

// A page's HTML is parsed into an inert document: no script runs and nothing it links to is
// fetched; it is never rendered.
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

type Workers = { analyze: Analyze; inFlight: number; close(): void };

/**
 * Workers that analyse while this page reads and extracts the next pages; where workers cannot
 * start, or one fails, the page analyses the article itself.
 */
function startWorkers(warmUp = false): Workers {
  try {
    const pool = analyzerPool(() => new Worker(new URL('../../src/archive/fileImportWorker.ts', import.meta.url), { type: 'module' }));
    // Only ahead of an import: begun with one, the warm-up would hold its first pages back.
    if (warmUp) void pool.warmUp();
    const analyze: Analyze = (article, detection) => pool.analyze(article, detection).catch(() => analyzeExtracted(article, detection));
    return { analyze, inFlight: pool.size * 2, close: pool.close };
  } catch {
    return { analyze: analyzeExtracted, inFlight: 1, close: () => undefined };
  }
}

/** Workers started while the picker is open and no import has taken them are stopped after this long. */
const UNUSED_WORKERS_MS = 120_000;

/**
 * The workers started, and warmed, when the reader opens the file picker: loading them and
 * compiling the analyser's patterns (about a second and a half on two cores) is done while the
 * reader chooses, not in the import. The import takes them; unused, they stop after a while.
 */
function earlyWorkers() {
  let ready: { workers: Workers; timer: ReturnType<typeof setTimeout> } | null = null;
  return {
    prepare() {
      if (ready) return;
      const workers = startWorkers(true);
      const timer = setTimeout(() => {
        workers.close();
        ready = null;
      }, UNUSED_WORKERS_MS);
      ready = { workers, timer };
    },
    take(): Workers {
      if (!ready) return startWorkers();
      clearTimeout(ready.timer);
      const { workers } = ready;
      ready = null;
      return workers;
    },
  };
}

const early = earlyWorkers();

/** A chosen file with its path inside the chosen folder (webkitRelativePath), or its name. */
const entriesOf = (files: FileList): ImportEntry[] => [...files].map((file) => ({ file, path: file.webkitRelativePath || file.name }));

/**
 * Import of saved pages, plain-text articles and Backstory bundles, as files or a whole folder,
 * into the archive, each page read as a saved article is. Progress with counts and time left,
 * Stop; importing the same folder again adds only what is missing.
 */
export function FileImport() {
  const [busy, setBusy] = useState<Busy | null>(null);
  const [result, setResult] = useState<{ summary: FileImportSummary; notice: string } | null>(null);
  const [error, setError] = useState<string | null>(null);

  const start = async (files: FileList | null) => {
    if (!files || files.length === 0 || busy) return;
    const entries = entriesOf(files);
    const stop = new AbortController();
    setResult(null);
    setError(null);
    setBusy({ label: 'Reading files', done: 0, total: entries.length, unit: 'files', stop });
    const workers = early.take();
    try {
      const summary = await importFiles(archiveDb(), entries, {
        parse,
        analyze: workers.analyze,
        inFlight: workers.inFlight,
        signal: stop.signal,
        onProgress: (progress) =>
          setBusy({ label: 'Importing files', done: progress.done, total: progress.total, unit: 'files', detail: progressDetail(progress), stop }),
      });
      setResult({ summary, notice: fileImportNotice(summary) });
    } catch (failure) {
      setError(readerError(failure));
    } finally {
      workers.close();
      setBusy(null);
      void tellBackground();
    }
  };

  const skipped = result?.summary.skippedFiles ?? [];
  return (
    <section class="file-import" data-testid="file-import">
      <div class="toolbar">
        <label class="secondary">
          Import pages or text files…
          <input type="file" multiple accept=".html,.htm,.xhtml,.gz,.txt,.json" data-testid="import-files" disabled={busy !== null} onClick={early.prepare} onChange={(event) => pick(event, start)} />
        </label>
        <label class="secondary">
          Import a folder…
          <input type="file" {...{ webkitdirectory: true }} data-testid="import-folder" disabled={busy !== null} onClick={early.prepare} onChange={(event) => pick(event, start)} />
        </label>
      </div>
      {busy && <Progress busy={busy} />}
      {error && (
        <p class="error" role="alert" data-testid="file-import-message">
          {error}
        </p>
      )}
      {result && (
        <p class={result.summary.error ? 'error' : 'notice'} role="status" data-testid="file-import-message">
          {result.notice}
        </p>
      )}
      {skipped.length > 0 && (
        <details class="skipped" data-testid="skipped-files">
          <summary>
            {skipped.length.toLocaleString('en')} file{skipped.length === 1 ? '' : 's'} skipped
          </summary>
          <ul>
            {skipped.slice(0, LISTED).map((file, i) => (
              <li key={i} data-kind={file.kind}>
                {file.path}: {SKIP_LABELS[file.kind]}, {file.reason}
              </li>
            ))}
          </ul>
          {skipped.length > LISTED && <p>and {(skipped.length - LISTED).toLocaleString('en')} more not listed</p>}
        </details>
      )}
    </section>
  );
}

/** Hands the chosen files on, then clears the input so the same folder can be chosen again (a resume). */
function pick(event: Event, start: (files: FileList | null) => Promise<void>) {
  const input = event.target as HTMLInputElement;
  const files = input.files;
  void start(files).finally(() => (input.value = ''));
}
