import { useEffect, useState } from 'preact/hooks';
import { countRows } from '@/src/archive/articleStatements';
import { archiveDb } from './pageArchive';

interface Usage {
  articles: number;
  statements: number;
  events: number;
  datasetEvents: number;
  /** Bytes the browser counts for the extension (archive, search index and all), and its allowance. */
  usage: number | null;
  quota: number | null;
}

const size = (bytes: number) =>
  bytes >= 1e9 ? `${(bytes / 1e9).toFixed(1)} GB` : bytes >= 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1e3))} kB`;
const n = (count: number) => count.toLocaleString('en');

/** Storage used, and Re-analyse all (with its progress and Stop shown by the page). */
export function ArchiveUpkeep({ revision, busy, onReanalyze }: { revision: number; busy: boolean; onReanalyze: () => void }) {
  const [usage, setUsage] = useState<Usage | null>(null);
  useEffect(() => {
    const db = archiveDb();
    void Promise.all([db.articles.count(), countRows(db), db.datasetEvents.count(), navigator.storage?.estimate?.().catch(() => null)]).then(
      ([articles, { statements, events }, datasetEvents, estimate]) => setUsage({ articles, statements, events, datasetEvents, usage: estimate?.usage ?? null, quota: estimate?.quota ?? null }),
    );
  }, [revision]);
  return (
    <section class="section-block" aria-labelledby="upkeep-title" data-testid="upkeep">
      <h2 id="upkeep-title">Storage and analysis</h2>
      {usage && (
        <dl class="usage" data-testid="storage">
          <div>
            <dt>Articles</dt>
            <dd>{n(usage.articles)}</dd>
          </div>
          <div>
            <dt>Statements</dt>
            <dd>{n(usage.statements)}</dd>
          </div>
          <div>
            <dt>Events in articles</dt>
            <dd>{n(usage.events)}</dd>
          </div>
          <div>
            <dt>Dataset events</dt>
            <dd>{n(usage.datasetEvents)}</dd>
          </div>
          <div>
            <dt>Space used</dt>
            <dd>
              {usage.usage === null ? 'not reported by this browser' : size(usage.usage)}
              {usage.quota ? <span class="quota"> of {size(usage.quota)} allowed</span> : null}
            </dd>
          </div>
        </dl>
      )}
      <p class="hint">
        Re-analyse all reads every stored article again with this version of Backstory: statements, events and matches follow
        today's rules. It runs on this computer; it can be stopped and started again.
      </p>
      <button type="button" class="secondary" disabled={busy || usage?.articles === 0} onClick={onReanalyze}>
        Re-analyse all
      </button>
    </section>
  );
}
