import { useEffect, useState } from 'preact/hooks';
import type { FeedsDB, ItemRecord } from '@/src/feeds/feedsDb';

/** Entries shown at most: the latest first. */
const SHOWN = 100;

/**
 * A feed's pages that were not stored, each with why (not a news article, off topic, already in
 * the archive, could not be fetched), and those waiting to be tried again with the error they
 * met. Read only while the list is open, and again as the rows are read again (`tick`).
 */
export function SkippedEntries({ db, feedId, tick }: { db: FeedsDB; feedId: number; tick: number }) {
  const [open, setOpen] = useState(false);
  const [entries, setEntries] = useState<ItemRecord[] | null>(null);
  useEffect(() => {
    if (!open) return;
    let live = true;
    void db.items
      .where('feedId')
      .equals(feedId)
      .filter((item) => item.state === 'skipped' || (item.state === 'pending' && item.reason !== null))
      .toArray()
      .then((found) => {
        if (live) setEntries(found.sort((a, b) => (b.readAt ?? b.notBefore) - (a.readAt ?? a.notBefore)).slice(0, SHOWN));
      });
    return () => {
      live = false;
    };
  }, [db, feedId, open, tick]);

  return (
    <details onToggle={(event) => setOpen((event.currentTarget as HTMLDetailsElement).open)} data-testid="feed-skipped">
      <summary class="hint">Pages not stored, and why</summary>
      {open && entries !== null && (
        entries.length === 0 ? (
          <p class="note">None: every page read was stored.</p>
        ) : (
          <ul style={{ margin: '4px 0', paddingLeft: '18px' }}>
            {entries.map((item) => (
              <li key={item.key} data-testid="feed-skipped-entry">
                <a href={item.url} target="_blank" rel="noreferrer">
                  {item.title || item.url}
                </a>
                {': '}
                {item.state === 'skipped' ? item.reason : `not read yet (${item.reason}); it will be tried again`}
              </li>
            ))}
          </ul>
        )
      )}
    </details>
  );
}
