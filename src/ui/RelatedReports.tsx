import { useState } from 'preact/hooks';
import type { RelatedReport } from '@/src/core/types';
import { domainOf, formatDay, outletName, relativeDay, safeHref } from './format';
import { languageName } from './languageName';
import { MatchMeter } from './MatchMeter';
import { MetaLine } from './MetaLine';
import { OutletHost } from './OutletHost';
import { orderReports, type ReportOrder } from './orderReports';

interface Props {
  related: RelatedReport[];
  /** Publication date of the open article, to place each report on the timeline. */
  publishedAt: string | null;
  /** A report's language code by its address, when the archive has told. */
  langOf?: (url: string) => string | null;
}

const ORDERS: Array<[ReportOrder, string]> = [
  ['closest', 'Closest first'],
  ['timeline', 'Timeline'],
];

function Report({ report, publishedAt, lang }: { report: RelatedReport; publishedAt: string | null; lang: string | null }) {
  const outlet = outletName(report.siteName, report.url);
  const domain = domainOf(report.url);
  const when = relativeDay(publishedAt, report.publishedAt);
  return (
    // Focusable from the keyboard (j / k in the panel), not a tab stop of its own.
    <li class="report" tabIndex={-1}>
      <div class="report-head">
        {report.sameEvent && <span class="badge same-event">Same event</span>}
        <MetaLine class="report-meta">
          {[
            <span class="outlet">{outlet}</span>,
            report.outletHost ? <OutletHost name={outlet} host={report.outletHost} /> : domain !== outlet && <span class="domain">{domain}</span>,
          ]}
        </MetaLine>
      </div>
      <MetaLine class="report-date">
        {[
          <time dateTime={report.publishedAt ?? undefined}>{formatDay(report.publishedAt)}</time>,
          when && <span class="when">{when}</span>,
          languageName(lang) && <span class="language">{languageName(lang)}</span>,
        ]}
      </MetaLine>
      <a class="source-link report-title" lang={lang ?? undefined} href={safeHref(report.url)} target="_blank" rel="noopener noreferrer">
        {report.title || report.url}
      </a>
      <MatchMeter report={report} />
      {report.reasons.length > 0 && (
        <ul class="reasons" aria-label="Why it was matched">
          {report.reasons.map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
      )}
    </li>
  );
}

/** Related prior reports, closest first or as a timeline, each with why it was matched. */
export function RelatedReports({ related, publishedAt, langOf }: Props) {
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
        {orderReports(related, order).map((report) => (
          <Report report={report} publishedAt={publishedAt} lang={langOf?.(report.url) ?? null} key={report.url} />
        ))}
      </ol>
    </>
  );
}
