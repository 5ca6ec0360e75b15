import type { Contradiction, RelatedReport } from '@/src/core/types';
import type { TabState } from '@/src/messaging/protocol';
import { outletHost } from '@/src/archive/outletHost';

/** Longest quote, title or reason kept for the panel: far beyond a readable sentence. */
const MAX_SHOWN_CHARS = 1_500;
const MAX_REASONS = 12;

const cut = (text: string) => (text.length > MAX_SHOWN_CHARS ? `${text.slice(0, MAX_SHOWN_CHARS - 1)}…` : text);

/**
 * What a tab's state keeps in storage.session: what the panel shows, without the page's text
 * or its analysis (kept in IndexedDB, see tabAnalyses.ts), and no string longer than a panel
 * could show. A 1.9 M-character page took 6.95 MB here (issue 12); now any page takes about
 * the same few kilobytes.
 */
export function compactTabState(state: TabState): TabState {
  return {
    ...state,
    analyzed: null,
    article: state.article && withHost({ ...state.article, text: '', title: cut(state.article.title) }, state.article.siteName, state.article.url),
    related: state.related.map(compactRelated),
    contradictions: state.contradictions.map(compactContradiction),
    error: state.error === null ? null : cut(state.error),
    detection: state.detection && { ...state.detection, reasons: state.detection.reasons.slice(0, MAX_REASONS).map(cut) },
  };
}

/**
 * `outletHost`: the real host, set when the outlet name a page claims (og:site_name) does not
 * fit its address (see outletHost.ts), for the panel to show beside the name.
 */
export type WithOutletHost<T> = T & { outletHost?: string };

function withHost<T extends object>(value: T, siteName: string | null, url: string): WithOutletHost<T> {
  const host = outletHost(siteName, url);
  return host ? { ...value, outletHost: host } : value;
}

function compactRelated(report: RelatedReport): RelatedReport {
  return withHost({ ...report, title: cut(report.title), reasons: report.reasons.slice(0, MAX_REASONS).map(cut) }, report.siteName, report.url);
}

function compactContradiction(pair: Contradiction): Contradiction {
  return {
    ...pair,
    statement: { ...pair.statement, text: cut(pair.statement.text) },
    other: { ...pair.other, text: cut(pair.other.text), title: cut(pair.other.title) },
    explanation: cut(pair.explanation),
  };
}
