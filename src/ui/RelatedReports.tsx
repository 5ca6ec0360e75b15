import { useState } from 'preact/hooks';
import type { RelatedReport } from '@/src/core/types';
import { formatDay, outletName, relativeDay, safeHref } from './format';
import { orderReports, type ReportOrder } from './orderReports';

interface Props {
  related: RelatedReport[];
  /** Publication date of the open article, to place each report on the timeline. */
  publishedAt: string | null;
}

const ORDERS: Array<[ReportOrder, string]> = [
  ['closest', 'Closest first'],
  ['timeline', 'Timeline'],
];

/** Related prior reports, closest first or as a timeline, each with why it was matched. */
export function RelatedReports({ related, publishedAt }: Props) {
  const [order, setOrder] = useState<ReportOrder>('closest');
  if (related.length === 0) {
    return (
      <p class="empty">
        Nothing in your archive relates to this article yet. Save articles as you read and their
        backstory builds up here.
      </p>
    );
  }
  return (
    <>
      {related.length > 1 && (
        <div class="order" role="group" aria-label="Order of related reports">
          {ORDERS.map(([value, label]) => (
            <button type="button" key={value} aria-pressed={order === value} onClick={() => setOrder(value)}>
              {label}
            </button>
          ))}
        </div>
      )}
      <ol class="related">
      {orderReports(related, order).map((report) => {
        const href = safeHref(report.url);
        const when = relativeDay(publishedAt, report.publishedAt);
        return (
          <li class="report" key={report.url}>
            <div class="report-meta">
              <span class="outlet">{outletName(report.siteName, report.url)}</span>
              {report.sameEvent && <span class="badge same-event">Same event</span>}
            </div>
            <div class="report-date">
              <time dateTime={report.publishedAt ?? undefined}>{formatDay(report.publishedAt)}</time>
              {when && <span class="when"> · {when}</span>}
            </div>
            <a class="report-title" href={href} target="_blank" rel="noopener noreferrer">
              {report.title || report.url}
            </a>
            <div class="score" title={`Match score ${report.score.toFixed(2)}`}>
              <span class="score-bar" style={{ width: `${Math.round(Math.min(1, report.score) * 100)}%` }} />
            </div>
            {report.reasons.length > 0 && (
              <ul class="reasons">
                {report.reasons.map((reason) => (
                  <li key={reason}>{reason}</li>
                ))}
              </ul>
            )}
          </li>
        );
      })}
      </ol>
    </>
  );
}
