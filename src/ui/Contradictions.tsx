import { useState } from 'preact/hooks';
import type { Contradiction, ContradictionKind } from '@/src/core/types';
import { formatDay, outletName, safeHref } from './format';
import { groupByStatement } from './groupContradictions';

const KIND_LABELS: Record<ContradictionKind, string> = {
  denial_vs_report: 'Denial vs report',
  opposing_claims: 'Opposing claims',
  changed_position: 'Changed position',
  numbers_disagree: 'Numbers disagree',
};

/** How many other sides a statement shows before "Show N more". */
const SIDES_SHOWN = 2;

interface Props {
  contradictions: Contradiction[];
  /** This article's outlet and date, for the "this article" side. */
  siteName: string | null;
  url: string | null;
  publishedAt: string | null;
}

function Speaker({ name }: { name: string | null }) {
  return <span class="speaker">{name ?? 'the article itself'}</span>;
}

function OtherSide({ item }: { item: Contradiction }) {
  return (
    <blockquote class="side other-side">
      <div class="kind">{KIND_LABELS[item.kind]}</div>
      <p>“{item.other.text}”</p>
      <footer>
        <Speaker name={item.other.speaker} /> ·{' '}
        <a href={safeHref(item.other.url)} target="_blank" rel="noopener noreferrer">
          {item.other.title || outletName(null, item.other.url)}
        </a>{' '}
        · {formatDay(item.other.publishedAt)}
      </footer>
      <p class="explanation">{item.explanation}</p>
    </blockquote>
  );
}

/**
 * Statements of this article that conflict with statements in the archive. One card per
 * statement of this article, with every conflicting statement under it, each quoted with its
 * speaker, outlet, date and link, so a statement contradicted by many reports reads once.
 */
export function Contradictions({ contradictions, siteName, url, publishedAt }: Props) {
  const [expanded, setExpanded] = useState<Set<string>>(new Set());
  if (contradictions.length === 0) {
    return <p class="empty">No statement here conflicts with one in your archive.</p>;
  }
  return (
    <ol class="contradictions">
      {groupByStatement(contradictions).map((group) => {
        const open = expanded.has(group.key);
        const shown = open ? group.items : group.items.slice(0, SIDES_SHOWN);
        const hidden = group.items.length - shown.length;
        return (
          <li class="contradiction" key={group.key}>
            <blockquote class="side this-side">
              <p>“{group.statement.text}”</p>
              <footer>
                <Speaker name={group.statement.speaker} /> · {outletName(siteName, url)} · {formatDay(publishedAt)} ·
                this article
              </footer>
            </blockquote>
            <p class="versus">
              conflicts with {group.items.length} statement{group.items.length === 1 ? '' : 's'} in your archive
            </p>
            {shown.map((item, index) => (
              <OtherSide item={item} key={index} />
            ))}
            {hidden > 0 && (
              <button type="button" class="link" onClick={() => setExpanded(new Set(expanded).add(group.key))}>
                Show {hidden} more
              </button>
            )}
          </li>
        );
      })}
    </ol>
  );
}
