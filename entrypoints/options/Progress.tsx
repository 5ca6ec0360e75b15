export interface Busy {
  /** "Importing demo.json", "Exporting". */
  label: string;
  done: number;
  total: number;
  stop: AbortController;
  /** What is counted; "articles" unless said. */
  unit?: string;
  /** 0..1 of the work, when it is known by another measure than the count (bytes of a file). */
  fraction?: number;
  /** Said after the count: "40% of the file, about 12 s left". */
  detail?: string;
}

/** How far a long import or export has gone, with a way to stop it. */
export function Progress({ busy }: { busy: Busy }) {
  return (
    <div class="progress" role="status" data-testid="progress">
      <span>
        {busy.label}: {busy.done.toLocaleString('en')}
        {busy.total > 0 ? ` of ${busy.total.toLocaleString('en')}` : ''} {busy.unit ?? 'articles'}
        {busy.detail ? ` (${busy.detail})` : ''}
      </span>
      {busy.fraction !== undefined ? (
        <progress max={1} value={busy.fraction} />
      ) : busy.total > 0 ? (
        <progress max={busy.total} value={busy.done} />
      ) : (
        <progress />
      )}
      <button type="button" class="secondary" onClick={() => busy.stop.abort()}>
        Stop
      </button>
    </div>
  );
}
