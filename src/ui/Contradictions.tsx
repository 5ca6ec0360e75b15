import type { Contradiction, ContradictionKind } from '@/src/core/types';
import { formatDay, outletName, safeHref } from './format';

const KIND_LABELS: Record<ContradictionKind, string> = {
  denial_vs_report: 'Denial vs report',
  opposing_claims: 'Opposing claims',
  changed_position: 'Changed position',
  numbers_disagree: 'Numbers disagree',
};

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

/** Statements that conflict, both sides quoted with speaker, outlet, date and link. */
export function Contradictions({ contradictions, siteName, url, publishedAt }: Props) {
  if (contradictions.length === 0) {
    return <p class="empty">No statement here conflicts with one in your archive.</p>;
  }
  return (
    <ol class="contradictions">
      {contradictions.map((item, index) => (
        <li class="contradiction" key={index}>
          <div class="kind">{KIND_LABELS[item.kind]}</div>
          <blockquote class="side this-side">
            <p>“{item.statement.text}”</p>
            <footer>
              <Speaker name={item.statement.speaker} /> · {outletName(siteName, url)} ·{' '}
              {formatDay(publishedAt)} · this article
            </footer>
          </blockquote>
          <blockquote class="side other-side">
            <p>“{item.other.text}”</p>
            <footer>
              <Speaker name={item.other.speaker} /> ·{' '}
              <a href={safeHref(item.other.url)} target="_blank" rel="noopener noreferrer">
                {item.other.title || outletName(null, item.other.url)}
              </a>{' '}
              · {formatDay(item.other.publishedAt)}
            </footer>
          </blockquote>
          <p class="explanation">{item.explanation}</p>
        </li>
      ))}
    </ol>
  );
}
