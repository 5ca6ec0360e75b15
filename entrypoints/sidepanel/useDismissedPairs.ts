import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';
import { dismissPair, restorePair } from '@/src/archive/dismissedPairs';
import type { Contradiction } from '@/src/core/types';
import { panelArchive } from './archive';
import type { DismissedPairs } from './Results';

/**
 * The pairs the reader marked "not a contradiction", kept in the archive and followed live
 * (Dexie tells every open page of the extension), so a second window's panel hides them too.
 * The panel writes this one small table itself: the background's results are filtered here.
 */
export function useDismissedPairs(onError: (message: string) => void): DismissedPairs & { dismiss(item: Contradiction): Promise<void> } {
  const [keys, setKeys] = useState<Set<string>>(new Set());
  const [ready, setReady] = useState(false);
  useEffect(() => {
    const db = panelArchive();
    const subscription = liveQuery(() => db.dismissedPairs.toCollection().primaryKeys()).subscribe({
      next: (found) => {
        setKeys(new Set(found));
        setReady(true);
      },
      error: () => {
        setReady(true);
        onError('Backstory could not read the pairs you marked “not a contradiction”.');
      },
    });
    return () => subscription.unsubscribe();
  }, []);
  const fail = (error: unknown) => onError(`Not saved: ${error instanceof Error ? error.message : String(error)}`);
  return {
    keys,
    ready,
    dismiss: (item) => dismissPair(panelArchive(), item).then(() => undefined, fail),
    restore: (key) => restorePair(panelArchive(), key).catch(fail),
  };
}
