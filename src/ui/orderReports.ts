import type { RelatedReport } from '@/src/core/types';

export type ReportOrder = 'closest' | 'timeline';

/**
 * Related reports in the order the reader chose: closest first (as matched: the same event,
 * then by score), or as a timeline, oldest first, undated reports last.
 */
export function orderReports(reports: RelatedReport[], order: ReportOrder): RelatedReport[] {
  if (order === 'closest') return reports;
  const day = (report: RelatedReport) => report.publishedAt?.slice(0, 10) ?? '\uffff';
  return [...reports].sort((a, b) => day(a).localeCompare(day(b)) || b.score - a.score);
}
