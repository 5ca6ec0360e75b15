import type { Contradiction, ExtractedArticle, RelatedReport } from '@/src/core/types';
import { dayOf } from '@/src/core/calendar';
import { formatDay, outletName } from './format';
import { groupByStatement } from './groupContradictions';
import { languageName } from './languageName';

// What the "At a glance" strip says: how much the archive knows about this story, from whom,
// in which languages, and when. Pure, so it is tested without a browser.

export interface TimelineMark {
  url: string;
  day: string;
  /** 0..1 along the story's span, earliest at 0. */
  at: number;
  sameEvent: boolean;
  /** "The Business Standard, 19 Dec 2022: Putin heads for Belarus…" for a tooltip. */
  label: string;
}

export interface Glance {
  related: number;
  sameEvent: number;
  /** Statements of this article contradicted by one or more in the archive. */
  contradicted: number;
  /** Dataset events (ACLED, UCDP, GDELT) at the article's places and dates. */
  priorEvents?: number;
  /** Other outlets first seen first: related reports, then contradicting reports. */
  outlets: string[];
  /** Language names, this article's first. */
  languages: string[];
  timeline: { first: string; last: string; marks: TimelineMark[]; self: number | null; selfDay: string | null } | null;
}

interface Input {
  article: ExtractedArticle;
  related: RelatedReport[];
  contradictions: Contradiction[];
  /** An archived report's language code by its address, when the archive has told. */
  langOf?: (url: string) => string | null;
  outletOf?: (url: string) => string | null;
  priorEvents?: number;
}

const DAY_MS = 86_400_000;

export function summarizeGlance({ article, related, contradictions, langOf, outletOf, priorEvents = 0 }: Input): Glance {
  const reports = new Map<string, { title: string; siteName: string | null; publishedAt: string | null; sameEvent: boolean }>();
  for (const report of related) reports.set(report.url, report);
  for (const { other } of contradictions) {
    if (!reports.has(other.url)) reports.set(other.url, { title: other.title, siteName: outletOf?.(other.url) ?? null, publishedAt: other.publishedAt, sameEvent: false });
  }
  const self = outletName(article.siteName, article.url);
  const outlets = unique([...reports].map(([url, report]) => outletName(report.siteName, url))).filter((name) => name !== self);
  const languages = unique([article.lang, ...[...reports.keys()].map((url) => langOf?.(url) ?? null)].map(languageName));

  const dated = [...reports].flatMap(([url, report]) => {
    const day = dayOf(report.publishedAt);
    return day ? [{ url, day, report }] : [];
  });
  const selfDay = dayOf(article.publishedAt);
  const days = [...dated.map((entry) => entry.day), ...(selfDay ? [selfDay] : [])].sort();
  let timeline: Glance['timeline'] = null;
  if (dated.length > 0) {
    const first = days[0]!;
    const last = days[days.length - 1]!;
    const span = Date.parse(last) - Date.parse(first);
    const at = (day: string) => (span === 0 ? 0.5 : (Date.parse(day) - Date.parse(first)) / span);
    const marks = dated
      .sort((a, b) => a.day.localeCompare(b.day))
      .map(({ url, day, report }) => ({ url, day, at: at(day), sameEvent: report.sameEvent, label: `${outletName(report.siteName, url)}, ${formatDay(day)}: ${report.title}` }));
    timeline = { first, last, marks, self: selfDay ? at(selfDay) : null, selfDay };
  }
  return {
    related: related.length,
    sameEvent: related.filter((report) => report.sameEvent).length,
    contradicted: groupByStatement(contradictions).length,
    priorEvents,
    outlets,
    languages,
    timeline,
  };
}

/** Whole days the story spans on the timeline. */
export function spanDays(timeline: NonNullable<Glance['timeline']>): number {
  return Math.round((Date.parse(timeline.last) - Date.parse(timeline.first)) / DAY_MS);
}

function unique<T>(items: Array<T | null>): T[] {
  return [...new Set(items.filter((item): item is T => item !== null))];
}
