import { useState } from 'preact/hooks';
import type { Contradiction, ContradictionKind } from '@/src/core/types';
import { domainOf, formatDay, outletName, safeHref } from './format';
import { groupByStatement } from './groupContradictions';
import { MetaLine } from './MetaLine';

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
  /** The outlet of an archived report by its address (the related reports know site names). */
  outletOf?: (url: string) => string | null;
}

function OtherSide({ item, outlet }: { item: Contradiction; outlet: string }) {
  const domain = domainOf(item.other.url);
  // A statement with no speaker is the other report's own narration: name that report's
  // outlet, so it never reads as the page the reader has open.
  const who = item.other.speaker ? (
    <span class="speaker">{item.other.speaker}</span>
  ) : (
    <span>
      <span class="speaker">The report itself</span> ({outlet})
    </span>
  );
  return (
    <blockquote class="side other-side">
      <div class="kind">{KIND_LABELS[item.kind]}</div>
      <p>“{item.other.text}”</p>
      <footer>
        <MetaLine>
          {[who, item.other.speaker && <span class="outlet-name">{outlet}</span>, formatDay(item.other.publishedAt)]}
        </MetaLine>
        <p class="meta source">
          <a class="source-link" href={safeHref(item.other.url)} target="_blank" rel="noopener noreferrer">
            {item.other.title || domain || item.other.url}
          </a>
          {domain && domain !== outlet && <span class="domain"> {domain}</span>}
        </p>
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
export function Contradictions({ contradictions, siteName, url, publishedAt, outletOf }: Props) {
  const [expanded, setExpanded] = useState<Set<string>>(new Set());
  if (contradictions.length === 0) {
    return <p class="empty">No statement here conflicts with one in your archive.</p>;
  }
  const outlet = (otherUrl: string) => outletOf?.(otherUrl) ?? outletName(null, otherUrl);
  return (
    <ol class="contradictions">
      {groupByStatement(contradictions).map((group) => {
        const open = expanded.has(group.key);
        const shown = open ? group.items : group.items.slice(0, SIDES_SHOWN);
        const hidden = group.items.length - shown.length;
        const speaker = group.statement.speaker;
        return (
          <li class="contradiction" key={group.key}>
            <blockquote class="side this-side">
              <p>“{group.statement.text}”</p>
              <footer>
                <MetaLine>
                  {[
                    <span class="speaker">{speaker ?? 'This article itself'}</span>,
                    outletName(siteName, url),
                    formatDay(publishedAt),
                    speaker && 'this article',
                  ]}
                </MetaLine>
              </footer>
            </blockquote>
            <p class="versus">
              conflicts with {group.items.length} statement{group.items.length === 1 ? '' : 's'} in your archive
            </p>
            {shown.map((item, index) => (
              <OtherSide item={item} outlet={outlet(item.other.url)} key={index} />
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
