import { useState } from 'preact/hooks';
import type { Contradiction } from '@/src/core/types';
import { citation } from './citation';
import { copyText } from './copyText';
import { formatDay } from './format';
import type { ContradictionGroup } from './groupContradictions';
import { languageName } from './languageName';
import { MetaLine } from './MetaLine';
import { OtherSide } from './OtherSide';

/** How many other sides a statement shows before "Show N more". */
const SIDES_SHOWN = 2;

export interface ThisArticle {
  outlet: string;
  url: string | null;
  publishedAt: string | null;
  lang: string | null;
}

interface Props {
  group: ContradictionGroup;
  self: ThisArticle;
  outlet: (url: string) => string;
  langOf: (url: string) => string | null;
  onDismiss?: (item: Contradiction) => void;
  /** Scrolls the page to this statement; absent when the page cannot be reached. */
  onLocate?: () => void;
  /** Whether the statement was found in the page: false says so beside the button. */
  located?: boolean;
}

/**
 * One statement of this article and the statements of the archive that conflict with it:
 * side by side when the panel is wide, one above the other when narrow (panel.css).
 */
export function ContradictionCard({ group, self, outlet, langOf, onDismiss, onLocate, located }: Props) {
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState<{ index: number; text: string } | null>(null);
  const shown = open ? group.items : group.items.slice(0, SIDES_SHOWN);
  const hidden = group.items.length - shown.length;
  const speaker = group.statement.speaker;
  const copy = async (item: Contradiction, index: number) => {
    const done = await copyText(citation(item, self, outlet(item.other.url))).catch(() => false);
    setStatus({ index, text: done ? 'Citation copied' : 'Could not copy: select the text instead' });
  };
  return (
    <div class="card-sides">
      <div class="this-column">
        <p class="side-label">This article</p>
        <blockquote class="side this-side">
          <p class="quote" lang={self.lang ?? undefined}>“{group.statement.text}”</p>
          <footer>
            <MetaLine>
              {[
                <span class="speaker">{speaker ?? 'This article itself'}</span>,
                self.outlet,
                formatDay(self.publishedAt),
                languageName(self.lang),
              ]}
            </MetaLine>
          </footer>
          {onLocate && (
            <p class="locate">
              <button type="button" class="small" onClick={onLocate} disabled={located === false} aria-label="Show in page: this article’s statement">
                Show in page
              </button>
              {located === false && <span class="meta"> not found in the page</span>}
            </p>
          )}
        </blockquote>
      </div>
      <div class="other-sides">
        <p class="side-label versus">
          {group.items.length === 1 ? 'In your archive' : `In your archive: ${group.items.length} statements`}
        </p>
        {shown.map((item, index) => (
          <OtherSide
            key={`${item.other.url}\u0000${item.other.text}`}
            item={item}
            outlet={outlet(item.other.url)}
            lang={langOf(item.other.url)}
            onCopy={() => copy(item, index)}
            onDismiss={onDismiss && (() => onDismiss(item))}
            status={status?.index === index ? status.text : null}
          />
        ))}
        {hidden > 0 && (
          <button type="button" class="link" onClick={() => setOpen(true)}>
            Show {hidden} more
          </button>
        )}
      </div>
    </div>
  );
}
