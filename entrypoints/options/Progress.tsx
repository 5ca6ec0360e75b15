export interface Busy {
  /** "Importing demo.json", "Exporting". */
  label: string;
  done: number;
  total: number;
  stop: AbortController;
}

/** How far a long import or export has gone, with a way to stop it. */
export function Progress({ busy }: { busy: Busy }) {
  return (
    <div class="progress" role="status" data-testid="progress">
      <span>
        {busy.label}: {busy.done.toLocaleString('en')}
        {busy.total > 0 ? ` of ${busy.total.toLocaleString('en')}` : ''} articles
      </span>
      {busy.total > 0 ? <progress max={busy.total} value={busy.done} /> : <progress />}
      <button type="button" class="secondary" onClick={() => busy.stop.abort()}>
        Stop
      </button>
    </div>
  );
}
