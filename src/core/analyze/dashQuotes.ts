import type { DirectQuote } from './quotes';

// Russian, Ukrainian, Belarusian and Bulgarian copy sets speech off with dashes, as dialogue:
//   — Мы не собираемся ни на кого нападать, — заявил Лукашенко. — Это не наша война.
// The paragraph opens with a dash; ", — заявил X." (a dash before a lower-case word) ends the
// speech and names the speaker; ". — Это ..." after it resumes the speech.
const OPENING = /^\s*[—–]\s+(?=[\p{Lu}…«„"])/u;
const ATTRIBUTION = /([,.!?…])\s+[—–]\s+(?=\p{Ll})/gu;
const RESUMES = /[.!?…]\s+[—–]\s+(?=[\p{Lu}«„"])/gu;

/** The dash-set speech of one paragraph, as quotes: the opening part and any resumed part. */
export function findDashQuotes(paragraph: string, offset: number): DirectQuote[] {
  const opening = OPENING.exec(paragraph);
  if (!opening) return [];
  const quotes: DirectQuote[] = [];
  let from = opening[0].length;
  let outerFrom = opening[0].length - opening[0].trimStart().length;
  while (from < paragraph.length) {
    ATTRIBUTION.lastIndex = from;
    const attribution = ATTRIBUTION.exec(paragraph);
    // The speech ends at the attribution; its own full stop, "?" or "!" stays with it.
    const end = attribution ? attribution.index + (attribution[1] === ',' ? 0 : 1) : paragraph.trimEnd().length;
    const content = paragraph.slice(from, end);
    if (content.trim().split(/\s+/).length >= 3) {
      quotes.push({ start: offset + from, end: offset + end, outerStart: offset + outerFrom, outerEnd: offset + end, closed: true, dash: true });
    }
    if (!attribution) break;
    RESUMES.lastIndex = attribution.index + attribution[0].length;
    const resumed = RESUMES.exec(paragraph);
    if (!resumed) break;
    outerFrom = resumed.index + 1;
    from = resumed.index + resumed[0].length;
  }
  return quotes;
}
