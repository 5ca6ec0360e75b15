import { useEffect, useState } from 'preact/hooks';
import { onBackgroundEvent } from '@/src/messaging/client';
import { panelArchive } from './archive';

/**
 * How many articles the archive holds (null when it could not be read; `ready` once asked):
 * read from the archive once, then followed through the background's notice after every change (saves, imports, deletes, the
 * archive page's own writes), so an empty archive's offer goes as soon as there is something.
 */
export function useArchiveSize(): { size: number | null; ready: boolean } {
  const [size, setSize] = useState<number | null>(null);
  // Until the first answer the results wait, so an empty archive's offer never replaces them.
  const [ready, setReady] = useState(false);
  useEffect(() => {
    let live = true;
    const stop = onBackgroundEvent('archiveChanged', ({ count }) => {
      if (!live) return;
      setSize(count);
      setReady(true);
    });
    panelArchive()
      .articles.count()
      .then((count) => live && setSize((current) => current ?? count))
      // An archive the panel cannot read: it simply makes no offer (the background says why).
      .catch(() => undefined)
      .finally(() => live && setReady(true));
    return () => {
      live = false;
      stop();
    };
  }, []);
  return { size, ready };
}
