import { useRef, useState } from 'preact/hooks';
import { callBackground } from '@/src/messaging/client';

/** Characters that surely fit one runtime message (64 MiB, two bytes a character at most). */
const MAX_MESSAGE_CHARS = 30 * 1024 * 1024;

/**
 * Imports an archive file (a bundle exported from Backstory: a colleague's, or the demo
 * archive) in one step from the panel. A file too large for one message goes to the archive
 * page, which imports any size in pieces.
 */
export function ImportArchiveButton({ onError }: { onError: (message: string) => void }) {
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const importFile = async (file: File) => {
    setBusy(true);
    setDone(null);
    try {
      if (file.size > MAX_MESSAGE_CHARS) {
        onError(`“${file.name}” is too large to import here: use Import bundle on the archive page, which takes files of any size.`);
        return;
      }
      const summary = await callBackground('importArchive', { json: await file.text() });
      setDone(`Imported ${summary.added} ${summary.added === 1 ? 'article' : 'articles'} from “${file.name}”.`);
    } catch (error) {
      onError(`“${file.name}” was not imported: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setBusy(false);
      if (input.current) input.current.value = '';
    }
  };
  return (
    <>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        hidden
        data-testid="import-file"
        onChange={(event) => {
          const file = (event.currentTarget as HTMLInputElement).files?.[0];
          if (file) void importFile(file);
        }}
      />
      <button type="button" class="secondary" disabled={busy} onClick={() => input.current?.click()}>
        {busy ? 'Importing…' : 'Import an archive file…'}
      </button>
      {done && (
        <p class="import-done" role="status">
          {done}
        </p>
      )}
    </>
  );
}
