import { datesInText } from './parseDate';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const INVISIBLE = new Set(['script', 'style', 'noscript', 'template', 'svg', 'head']);
/** How much text around the headline a printed date may stand in: the dateline and byline. */
const CHARS_BEFORE = 200;
const CHARS_AFTER = 500;
const MAX_PAGE_CHARS = 100_000;
const MIN_TITLE_CHARS = 10;
/** "Updated June 13, 2019": a later date than the publication's, printed beside it. */
const UPDATE_LABEL = /(?:updated?|modified|last edited|mis à jour|màj|modifié|aktualisiert|geändert|actualizado|atualizado|aggiornato|zaktualizowano|обновлено|оновлено)\W{0,3}(?:\p{L}+\W{1,3}){0,2}$/iu;

/** The headline element: the heading that reads as the title, else the first <h1>. */
function headlineElement(doc: Document, title: string): Element | null {
  const keyOf = (text: string) => text.toLowerCase().replace(/\u00ad/gu, '').replace(/\s+/gu, ' ').trim();
  const key = keyOf(title);
  const headings = Array.from(doc.querySelectorAll('h1, h2, h3'));
  const matching = key ? headings.find((heading) => keyOf(heading.textContent ?? '') === key) : undefined;
  return matching ?? null;
}

/**
 * The visible text around the headline, as one string, and where the headline starts and ends
 * in it. Walks the page in document order and stops shortly after the headline.
 */
function textAround(doc: Document, headline: Element | null): { text: string; start: number; end: number } {
  let text = '';
  let start = -1;
  let end = -1;
  const walk = (node: Node): boolean => {
    for (const child of Array.from(node.childNodes)) {
      if ((end >= 0 && text.length > end + CHARS_AFTER) || text.length > MAX_PAGE_CHARS) return true;
      if (child.nodeType === TEXT_NODE) {
        text += `${child.textContent ?? ''} `;
        continue;
      }
      if (child.nodeType !== ELEMENT_NODE || INVISIBLE.has((child as Element).localName.toLowerCase())) continue;
      if (child === headline) {
        start = text.length;
        walk(child);
        end = text.length;
        continue;
      }
      if (walk(child)) return true;
    }
    return false;
  };
  walk(doc.body ?? doc.documentElement);
  return { text: text.replace(/\u00ad/gu, ''), start, end };
}

/** Where the title is printed in the page's text when no heading holds it exactly (forums, old blogs). */
function titleInText(doc: Document, title: string): { text: string; start: number; end: number } {
  const { text } = textAround(doc, null);
  const flat = text.replace(/\s/gu, ' ');
  const needle = title.replace(/\s+/gu, ' ').trim();
  const pattern = new RegExp(needle.split(' ').map((word) => word.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')).join('\\s+'), 'iu');
  const match = needle.length >= MIN_TITLE_CHARS ? pattern.exec(flat) : null;
  return match ? { text, start: match.index, end: match.index + match[0].length } : { text, start: -1, end: -1 };
}

/**
 * The date the page prints next to its headline ("Handball Schweiz • 02.02.2022", "25. November
 * 2021 16:11 Uhr", "Stand: 07.11.2023"): what a reader sees as the article's date, the nearest
 * one above or below the headline; an "Updated ..." date is not it. Null when none is printed there.
 */
export function printedDate(doc: Document, title: string): string | null {
  const headline = headlineElement(doc, title);
  const { text, start, end } = headline ? textAround(doc, headline) : titleInText(doc, title);
  if (start < 0) return null;
  const published = (window: string) =>
    datesInText(window).filter(({ index }) => !UPDATE_LABEL.test(window.slice(Math.max(0, index - 30), index)));
  const after = published(text.slice(end, end + CHARS_AFTER))[0];
  const beforeWindow = text.slice(Math.max(0, start - CHARS_BEFORE), start);
  const before = published(beforeWindow).at(-1);
  if (!before) return after?.date ?? null;
  if (!after) return before.date;
  // the nearer one: a date line sits right above or right below the headline
  return beforeWindow.length - before.index < after.index ? before.date : after.date;
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
