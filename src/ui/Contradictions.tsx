import type { Contradiction } from '@/src/core/types';
import { ContradictionCard, type ThisArticle } from './ContradictionCard';
import { outletName } from './format';
import { groupByStatement } from './groupContradictions';

interface Props {
  contradictions: Contradiction[];
  /** This article's outlet, address, date and language, for the "this article" side. */
  self: ThisArticle;
  /** The outlet of an archived report by its address (the related reports know site names). */
  outletOf?: (url: string) => string | null;
  /** The language of an archived report by its address. */
  langOf?: (url: string) => string | null;
  onDismiss?: (item: Contradiction) => void;
  /** Scrolls the page to a statement of this article (by its group key). */
  onLocate?: (key: string) => void;
  /** Statement keys found in the page; undefined while the page has not been asked. */
  located?: Set<string>;
  /** The card the reader came to (a highlight clicked in the page). */
  activeKey?: string | null;
}

/**
 * Statements of this article that conflict with statements in the archive. One card per
 * statement of this article, with every conflicting statement beside it, each quoted with its
 * speaker, outlet, date, language and link, so a statement contradicted by many reports reads once.
 */
export function Contradictions({ contradictions, self, outletOf, langOf, onDismiss, onLocate, located, activeKey }: Props) {
  if (contradictions.length === 0) {
    return <p class="empty">No statement here conflicts with one in your archive.</p>;
  }
  const outlet = (otherUrl: string) => outletOf?.(otherUrl) ?? outletName(null, otherUrl);
  return (
    <ol class="contradictions">
      {groupByStatement(contradictions).map((group) => (
        <li
          class={group.key === activeKey ? 'contradiction active' : 'contradiction'}
          key={group.key}
          data-key={group.key}
          tabIndex={-1}
        >
          <ContradictionCard
            group={group}
            self={self}
            outlet={outlet}
            langOf={langOf ?? (() => null)}
            onDismiss={onDismiss}
            onLocate={onLocate && (() => onLocate(group.key))}
            located={located && located.has(group.key)}
          />
        </li>
      ))}
    </ol>
  );
}
