import { collapseWhitespace, visibleText } from '../text';
import { textAround, titleInText, type PageText } from './pageText';
import { datesInText, type Found } from './parseDate';

/** How much text around the headline a printed date may stand in: the dateline and byline. */
const CHARS_BEFORE = 200;
const CHARS_AFTER = 500;
/** A block this long is prose; a date inside it, past its opening words, is a day the story mentions. */
const PROSE_BLOCKS = 'p, li, blockquote, dd, td';
const MIN_PROSE_CHARS = 200;
const DATELINE_LEAD_CHARS = 80;
/** The longest closing line read as a signature's date ("Berlin, den 10. September 2017, 14:00 Uhr"). */
const CLOSING_CHARS = 50;
const TEXT_NODE = 3;
const ELEMENT_NODE = 1;
/** "Updated June 13, 2019": a later date than the publication's, printed beside it. */
const UPDATE_LABEL = /(?:updated?|modified|last edited|mis à jour|màj|modifié|aktualisiert|geändert|actualizado|atualizado|aggiornato|zaktualizowano|обновлено|оновлено)\W{0,3}(?:\p{L}+\W{1,3}){0,2}$/iu;

/** "Registriert: 18.09.2008", "Joined: Mar 2011": a forum member's profile beside the post, not the post's day. */
const MEMBER_LABEL = /(?:registriert|registered|joined|member since|mitglied seit|dabei seit|inscrit(?:e|ion)?|registrado|iscritto|zarejestrowany|регистрация|зарегистрирован)\W{0,3}(?:\p{L}+\W{1,3}){0,1}$/iu;

const NOT_PUBLICATION = [UPDATE_LABEL, MEMBER_LABEL];

/** The headline element: the heading that reads as the title, else the first <h1>. */
function headlineElement(doc: Document, title: string): Element | null {
  const keyOf = (text: string) => visibleText(text).toLowerCase();
  const key = keyOf(title);
  const headings = Array.from(doc.querySelectorAll('h1, h2, h3'));
  const matching = key ? headings.find((heading) => keyOf(heading.textContent ?? '') === key) : undefined;
  return matching ?? null;
}

/**
 * The date the page prints next to its headline ("Handball Schweiz • 02.02.2022", "25. November
 * 2021 16:11 Uhr", "Stand: 07.11.2023"): what a reader sees as the article's date, the nearest
 * one above or below the headline. Not it: an "Updated ..." date, a forum member's "Registriert:"
 * date, a day mentioned inside a paragraph of the story. Null when none is printed there.
 */
export function printedDate(doc: Document, title: string): string | null {
  const headline = headlineElement(doc, title);
  const page = headline ? textAround(doc, headline) : titleInText(doc, title);
  const { text, start, end } = page;
  if (start < 0) return null;
  const published = (from: number, to: number): Found[] => {
    const window = text.slice(from, to);
    return datesInText(window, { shortYears: true })
      .filter(({ index }) => !NOT_PUBLICATION.some((label) => label.test(window.slice(Math.max(0, index - 30), index))))
      .filter(({ index }) => !isMentionInProse(page, from + index));
  };
  const beforeFrom = Math.max(0, start - CHARS_BEFORE);
  const after = published(end, end + CHARS_AFTER)[0];
  const before = published(beforeFrom, start).at(-1);
  if (!before) return after?.date ?? null;
  if (!after) return before.date;
  // the nearer one: a date line sits right above or right below the headline
  return start - (beforeFrom + before.index) < after.index ? before.date : after.date;
}

/** A date inside a paragraph of running text, past its opening words: not the page's dateline. */
function isMentionInProse(page: PageText, index: number): boolean {
  const block = page.nodeAt(index)?.parentElement?.closest(PROSE_BLOCKS);
  const blockStart = block ? page.startOf.get(block) : undefined;
  if (!block || blockStart === undefined) return false;
  const blockChars = collapseWhitespace(block.textContent ?? '').length;
  return blockChars >= MIN_PROSE_CHARS && index - blockStart > DATELINE_LEAD_CHARS;
}

/** "Geschrieben von Cooper am 25.08.2015", "Submitted by rasos on 24 July 2017": a name, then its day. */
const SIGNED_ON =
  /(?<![\p{L}\p{N}])(?:by|von|par|por|di)\s+[\p{L}\p{N}._-]{2,30}(?:\s+\p{Lu}[\p{L}.-]*){0,2},?\s+(?:on|am|le|el|il|em|в)\s+/giu;

/**
 * The date a post is signed with, anywhere in the page's text: forums and blogs print it below
 * the post or at its foot rather than beside the headline.
 */
export function signedDate(doc: Document): string | null {
  const { text } = textAround(doc, null);
  for (const match of text.replace(/\s+/gu, ' ').matchAll(SIGNED_ON)) {
    const after = text.replace(/\s+/gu, ' ').slice((match.index ?? 0) + match[0].length, (match.index ?? 0) + match[0].length + 40);
    const date = datesInText(after)[0];
    if (date && date.index === 0) return date.date;
  }
  return null;
}

/** The last words an element shows: its last non-blank text node, scripts and styles skipped. */
function lastText(element: Element): string {
  for (let child = element.lastChild; child; child = child.previousSibling) {
    if (child.nodeType === TEXT_NODE && child.textContent?.trim()) return collapseWhitespace(child.textContent);
    if (child.nodeType !== ELEMENT_NODE || /^(?:script|style|noscript|template)$/iu.test((child as Element).localName)) continue;
    const text = lastText(child as Element);
    if (text) return text;
  }
  return '';
}

/** "Benni<br>10. September 2017" closing an <article>: letters, notices and blog posts signed at their foot. */
export function closingDate(scope: Element | null): string | null {
  if (scope?.localName !== 'article') return null;
  const closing = lastText(scope);
  return closing.length <= CLOSING_CHARS ? (datesInText(closing)[0]?.date ?? null) : null;
}
