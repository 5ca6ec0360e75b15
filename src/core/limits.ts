/**
 * Caps on what one page or one imported article may hand the pipeline. A page is written by
 * anyone: without them a 2 M-character page, a megabyte title or an article of 20,000
 * statements costs every later stage (analysis, matching, the archive, the tab's state) in
 * proportion. Past a cap the article is read as far as the cap and marked `truncated`, so the
 * panel can say the page was too large to read whole. The caps sit far above real reporting:
 * a long feature runs to 60,000 characters and a few hundred statements.
 */
import type { Analysis, ExtractedArticle } from './types';

/** Characters of article text read: about 50,000 words, a short book. */
export const MAX_TEXT_CHARS = 300_000;
/** Characters of a title: headlines run to 100-200. */
export const MAX_TITLE_CHARS = 500;
/** Characters of a byline (several writers with their roles) and of a site's name. */
export const MAX_BYLINE_CHARS = 300;
export const MAX_SITE_NAME_CHARS = 200;
/** Statements kept per article, in the order the article makes them. */
export const MAX_STATEMENTS = 2_000;
/**
 * For analyses read from a bundle, which anyone can write (src/core/capAnalyzed.ts): characters
 * of a statement's text (the longest of the development set's 256 articles runs to 833), of a
 * name, id, term or other short string (76), and counts of entities (44), terms (40),
 * quantities per statement (4), actors per event (4) and detection reasons.
 */
export const MAX_STATEMENT_CHARS = 5_000;
export const MAX_NAME_CHARS = 300;
export const MAX_ENTITIES = 2_000;
export const MAX_TERMS = 500;
export const MAX_LIST_ITEMS = 100;

/** Index just past the last place in [from, to) where `isBreak(i)`, or -1. Reads backwards once. */
function lastBreak(text: string, from: number, to: number, isBreak: (i: number) => boolean): number {
  for (let i = to - 1; i >= from; i -= 1) if (isBreak(i)) return i + 1;
  return -1;
}

/**
 * `text` cut to at most `max` characters at the last paragraph, sentence or word break in the
 * final tenth, so the last word read is whole; a text without breaks is cut where it must be.
 */
export function cutText(text: string, max: number): string {
  if (text.length <= max) return text;
  const floor = Math.floor(max * 0.9);
  const space = (i: number) => /\s/u.test(text[i] ?? '');
  const end =
    [
      (i: number) => text[i] === '\n' && text[i + 1] === '\n',
      (i: number) => '.!?…'.includes(text[i] ?? ' ') && space(i + 1),
      space,
    ]
      .map((isBreak) => lastBreak(text, floor, max, isBreak))
      .find((at) => at > 0) ?? max;
  return text.slice(0, end).trimEnd();
}

/** The article within the caps; `truncated: true` when anything was cut, else the article as it was. */
export function capArticle<T extends ExtractedArticle>(article: T): T {
  const title = cutText(article.title, MAX_TITLE_CHARS);
  const text = cutText(article.text, MAX_TEXT_CHARS);
  const byline = article.byline === null ? null : cutText(article.byline, MAX_BYLINE_CHARS);
  const siteName = article.siteName === null ? null : cutText(article.siteName, MAX_SITE_NAME_CHARS);
  const cut = title !== article.title || text !== article.text || byline !== article.byline || siteName !== article.siteName;
  return cut ? { ...article, title, text, byline, siteName, truncated: true } : article;
}

/** The first MAX_STATEMENTS statements, and the events that still have one of them; null when none was dropped. */
export function capStatements(analysis: Analysis): Analysis | null {
  if (analysis.statements.length <= MAX_STATEMENTS) return null;
  const statements = analysis.statements.slice(0, MAX_STATEMENTS);
  const kept = new Set(statements.map((s) => s.id));
  const events = analysis.events
    .map((event) => ({ ...event, statementIds: event.statementIds.filter((id) => kept.has(id)) }))
    .filter((event) => event.statementIds.length > 0);
  return { ...analysis, statements, events };
}
