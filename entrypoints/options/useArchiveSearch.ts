import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { onBackgroundEvent } from '@/src/messaging/client';
import { ArchiveSearch } from '@/src/search/archiveSearch';
import type { SearchQuery } from '@/src/search/filterDocs';
import { archiveDb } from './pageArchive';

/** How long typing pauses before the words are searched (filters apply at once). */
const TYPING_PAUSE_MS = 120;

export interface Indexing {
  done: number;
  total: number;
}

/**
 * The page's search over its own full-text index: loaded as stored, then brought up to the
 * archive at once and after every change (the background's notice, or `changed()` after this
 * page wrote). Syncs run one at a time; a change during one runs another after it.
 */
export function useArchiveSearch(query: SearchQuery) {
  const index = useMemo(() => new ArchiveSearch(), []);
  const [version, setVersion] = useState(0);
  const [indexing, setIndexing] = useState<Indexing | null>(null);
  const [ready, setReady] = useState(false);
  const running = useRef<Promise<void> | null>(null);
  const again = useRef(false);

  const sync = () => {
    if (running.current) {
      again.current = true;
      return running.current;
    }
    running.current = (async () => {
      do {
        again.current = false;
        let shown = false;
        await index.sync(archiveDb(), (done, total) => {
          // A few new articles index unseen; a large archive shows its count.
          if (total >= 200 || shown) {
            shown = true;
            setIndexing({ done, total });
            if (done % 2_000 === 0) setVersion((n) => n + 1);
          }
        });
        setIndexing(null);
        setVersion((n) => n + 1);
      } while (again.current);
    })().finally(() => {
      running.current = null;
    });
    return running.current;
  };

  useEffect(() => {
    void index.load().then(() => {
      setReady(true);
      setVersion((n) => n + 1);
      return sync();
    });
    return onBackgroundEvent('archiveChanged', () => void sync());
  }, []);

  // Words wait for a pause in typing; the newest answer always wins, since search is synchronous.
  const [text, setText] = useState(query.text);
  useEffect(() => {
    const timer = setTimeout(() => setText(query.text), query.text ? TYPING_PAUSE_MS : 0);
    return () => clearTimeout(timer);
  }, [query.text]);
  const results = useMemo(() => index.search({ ...query, text }), [version, text, query.outlet, query.lang, query.from, query.to, query.person, query.place, query.origin, query.sort]);

  return {
    index,
    results,
    /** The words the results are for (typing is searched after a pause). */
    appliedText: text,
    ready,
    indexing,
    /** After this page changed the archive. */
    changed: () => sync(),
    /** Deleted here: out of the list before the sync confirms it. */
    forget: async (ids: number[]) => {
      await index.forget(ids);
      setVersion((n) => n + 1);
    },
    rebuild: async () => {
      await index.forget([...ids(index)]);
      await sync();
    },
  };
}

const ids = (index: ArchiveSearch) => index.search({ text: '', outlet: '', lang: '', from: '', to: '', person: '', place: '', origin: '', sort: 'newest' });
