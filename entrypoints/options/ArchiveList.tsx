import { useEffect, useRef, useState } from 'preact/hooks';
import { outletHost } from '@/src/archive/outletHost';
import type { DocMeta } from '@/src/search/docMeta';
import { MetaLine } from '@/src/ui/MetaLine';
import { formatDay, outletName, safeHref } from '@/src/ui/format';
import { languageName } from '@/src/ui/languageName';
import { ORIGIN_LABELS } from './originLabels';

/** Each row is this tall, so the list draws only the rows in view: 10,000 scroll like 20. */
export const ROW_HEIGHT = 64;
const OVERSCAN = 6;

interface Props {
  ids: number[];
  /** Changes with the search: a new search starts at its first result, an archive change keeps the place. */
  searchKey: string;
  doc: (id: number) => DocMeta | undefined;
  onDelete: (doc: DocMeta) => void;
}

/** The articles the search selects, in its order, in a scrolling box that renders only what shows. */
export function ArchiveList({ ids, searchKey, doc, onDelete }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const [top, setTop] = useState(0);
  const [height, setHeight] = useState(640);
  useEffect(() => {
    const element = box.current!;
    const measure = () => setHeight(element.clientHeight || 640);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  useEffect(() => {
    if (box.current) box.current.scrollTop = 0;
    setTop(0);
  }, [searchKey]);

  const first = Math.max(0, Math.floor(top / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(ids.length, Math.ceil((top + height) / ROW_HEIGHT) + OVERSCAN);
  return (
    <div class="archive-list" ref={box} data-testid="archive-list" tabIndex={0} aria-label="Articles" onScroll={(event) => setTop((event.target as HTMLElement).scrollTop)}>
      <ul style={{ height: `${ids.length * ROW_HEIGHT}px` }}>
        {ids.slice(first, last).map((id, offset) => {
          const meta = doc(id);
          return meta ? <Row key={id} meta={meta} at={(first + offset) * ROW_HEIGHT} onDelete={onDelete} /> : null;
        })}
      </ul>
    </div>
  );
}

function Row({ meta, at, onDelete }: { meta: DocMeta; at: number; onDelete: (doc: DocMeta) => void }) {
  const host = outletHost(meta.siteName, meta.url);
  const source = safeHref(meta.url);
  return (
    <li class="archive-row" style={{ top: `${at}px` }} data-testid="archive-row">
      <div class="row-main">
        <a class="row-title" href={`#/article/${meta.id}`} title={meta.title}>
          {meta.title || meta.url}
        </a>
        <MetaLine class="row-meta">
          {[
            <span class="outlet">{outletName(meta.siteName, meta.url)}</span>,
            host && <span class="host">via {host}</span>,
            <time dateTime={meta.publishedAt ?? undefined}>{formatDay(meta.publishedAt)}</time>,
            languageName(meta.lang),
            ORIGIN_LABELS[meta.origin] ?? meta.origin,
          ]}
        </MetaLine>
      </div>
      <div class="row-actions">
        {source && (
          <a class="source-link" href={source} target="_blank" rel="noopener noreferrer" aria-label={`Original of “${meta.title}” (opens a new tab)`}>
            Original
          </a>
        )}
        <button type="button" class="danger" aria-label={`Delete “${meta.title}”`} onClick={() => onDelete(meta)}>
          Delete
        </button>
      </div>
    </li>
  );
}
