// Finding a statement of the article in the page's text nodes. The analyser's sentence comes
// from the extracted text, which differs from the page's in small ways: runs of white space,
// soft hyphens, typographic quotes and dashes, case. Both are folded the same way, and each
// folded character remembers where it came from, so a match maps back to DOM positions.

export interface TextPoint {
  /** Index of the text node in the list given. */
  node: number;
  offset: number;
}

export interface FoldedText {
  text: string;
  /** Where each folded character came from. */
  points: TextPoint[];
}

const DROPPED = /[\u00ad\u200b-\u200d\u2060\ufeff]/u;
const QUOTES: Record<string, string> = { '‘': "'", '’': "'", '‚': "'", '‛': "'", '´': "'", '`': "'", '“': '"', '”': '"', '„': '"', '«': '"', '»': '"', '–': '-', '—': '-', '‑': '-' };

function foldChar(char: string): string {
  const mapped = QUOTES[char] ?? char;
  const lower = mapped.toLowerCase();
  return lower.length === 1 ? lower : mapped;
}

/** The texts of consecutive text nodes, folded into one searchable string. */
export function foldTexts(texts: string[]): FoldedText {
  let text = '';
  const points: TextPoint[] = [];
  texts.forEach((data, node) => {
    for (let offset = 0; offset < data.length; offset++) {
      const char = data[offset]!;
      if (DROPPED.test(char)) continue;
      if (/\s/u.test(char)) {
        if (text === '' || text.endsWith(' ')) continue;
        text += ' ';
      } else {
        text += foldChar(char);
      }
      points.push({ node, offset });
    }
  });
  return { text, points };
}

/** The statement folded the same way, trimmed, with its surrounding quotation marks dropped. */
export function foldNeedle(statement: string): string {
  return foldTexts([statement]).text.trim().replace(/^["']+|["']+$/gu, '').trim();
}

/**
 * Where the statement lies in the page: the first place its whole wording occurs; failing that,
 * where its first 60 characters occur, spanning its length (a page may word the end of a
 * sentence differently, around a link or a footnote mark). Null when it is not there.
 */
export function findStatement(folded: FoldedText, statement: string): { start: TextPoint; end: TextPoint } | null {
  const needle = foldNeedle(statement);
  if (needle.length < 8) return null;
  let at = folded.text.indexOf(needle);
  let length = needle.length;
  if (at < 0 && needle.length > 80) {
    at = folded.text.indexOf(needle.slice(0, 60));
    length = Math.min(needle.length, folded.text.length - at);
  }
  if (at < 0) return null;
  const last = folded.points[at + length - 1]!;
  return { start: folded.points[at]!, end: { node: last.node, offset: last.offset + 1 } };
}
