import type { ExtractedArticle } from '../types';
import { collapseWhitespace } from '../text';
import { cleanParagraphs } from './cleanParagraphs';
import { isHeadlineLike, isInsert, isNoise, isPageChrome } from './isNoise';
import { detectLanguage } from './detectLanguage';
import { unglueBlocks } from './gluedWords';
import { findDateInText, parseIsoDate } from './parseDate';
import { hostName } from './readMetadata';

/** A copied page may start "date 2022-12-19 Headline": the date is metadata, not the title. */
const LEADING_DATE = /^(?:(?:date|published|posted|updated)\s*:?\s*)?(\d{4}-\d{2}-\d{2})\s+(?=\S)/iu;
const TEXT_START_CHARS = 600;

function splitTitleLine(line: string): { title: string; date: string | null } {
  const match = LEADING_DATE.exec(line);
  if (!match) return { title: line, date: null };
  return { title: line.slice(match[0].length).trim(), date: parseIsoDate(match[1]!) };
}

/**
 * Paragraphs are blank-line separated, or a line each when lines run longer than a wrap width.
 * A block opened by an insert marker ("DON'T MISS:") is a
 * list of other stories, and so is a block of bare headlines right after a lone marker
 * ("Keep reading:"); other noise is dropped line by line and the rest of a block joined.
 */
function paragraphsOf(body: string): string[] {
  const paragraphs: string[] = [];
  let afterLoneMarker = false;
  for (const block of body.split(/\n\s*\n/u)) {
    const lines = block
      .split('\n')
      .map(collapseWhitespace)
      .filter((line, index, all) => line !== '' && line !== all[index - 1]);
    const first = lines[0] ?? '';
    if (isInsert(first) || (afterLoneMarker && lines.every(isHeadlineLike))) {
      afterLoneMarker = lines.length === 1 && /:$/u.test(first);
      continue;
    }
    afterLoneMarker = false;
    const kept = lines.filter((line) => !isNoise(line));
    // Text wrapped at a width is one paragraph over many lines; a line longer than any wrap
    // width is a paragraph of its own, as files saved one paragraph a line are written.
    if (kept.some((line) => line.length > WRAP_WIDTH)) paragraphs.push(...kept);
    else if (kept.length) paragraphs.push(kept.join(' '));
  }
  return paragraphs;
}

/** Longer than any line of text wrapped to a width (72, 80, 120 characters). */
const WRAP_WIDTH = 160;

/**
 * A first line that ends as a sentence ends ("… погиб человек."), or that runs to a second
 * sentence with nothing after it, is the message's own opening, not a headline above it: posts,
 * notes and ledes saved without their page have no headline. It names the article and stays in
 * its text. Headlines carry no full stop ("Putin heads for Belarus amid fears of new assault on
 * Ukraine"); an ellipsis is no full stop.
 */
const isFirstSentence = (line: string, rest: string) =>
  /[^.]\.$/u.test(line) || (rest.trim() === '' && /[^.]\.\s+[\p{Lu}«"“]/u.test(line));

/**
 * Plain text (a .txt file, a paste) as an article: the first non-empty line that is not page
 * chrome ("Skip to main content") is the title, the rest is the text, with blocks a scrape glued
 * together set apart (`unglueBlocks`). A first line that is a sentence of the text
 * (`isFirstSentence`) is both.
 */
export function articleFromPlainText(
  text: string,
  meta: { url: string; publishedAt?: string | null },
): ExtractedArticle {
  const lines = text.replace(/\r\n?/gu, '\n').split('\n');
  const titleAt = lines.findIndex((line) => line.trim() !== '' && !isPageChrome(line));
  const { title, date } = splitTitleLine(collapseWhitespace(lines[titleAt] ?? ''));
  const rest = titleAt >= 0 ? unglueBlocks(lines.slice(titleAt + 1).join('\n')) : '';
  const lede = titleAt >= 0 && isFirstSentence(title, rest);
  const body = lede ? `${title}\n\n${rest}` : rest;
  const paragraphs = cleanParagraphs(paragraphsOf(body), lede ? '' : title);
  const articleText = paragraphs.join('\n\n');
  return {
    url: meta.url,
    title,
    byline: null,
    siteName: hostName(meta.url),
    publishedAt: meta.publishedAt ?? date ?? findDateInText(articleText.slice(0, TEXT_START_CHARS)),
    lang: detectLanguage(`${title}\n${articleText}`, null),
    text: articleText,
  };
}
