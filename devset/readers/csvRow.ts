// Reads one article from a CSV file (RFC 4180: quoted fields may hold commas, quotes and
// newlines). The locator names the row, either by position among the data rows or by the value
// of a key column (sturdier than a position if rows are ever reordered), and the columns that
// hold the text and, when the file has one, the title. A title the file lacks is given in the
// locator, taken from the article's page. Scrapes that kept the page around the article
// (navigation, link lists) name the text that opens and closes the article (`after`, `before`);
// scrapes that glued paragraphs together ("…on Tuesday.There was…") ask for the breaks back
// (`restoreParagraphs`), so sentences reach the analyzer as sentences.
import type { RawArticle } from './types';

export interface CsvRowLocator {
  row?: number;
  match?: { column: string; value: string };
  text: string;
  titleColumn?: string;
  title?: string;
  after?: string;
  before?: string;
  restoreParagraphs?: boolean;
}

/** The part of `text` between the first `after` and the next `before` (either may be absent). */
function cut(text: string, after?: string, before?: string): string {
  let start = 0;
  if (after) {
    const at = text.indexOf(after);
    if (at < 0) throw new Error(`csvRow: "${after}" not in the text`);
    start = at + after.length;
  }
  const end = before ? text.indexOf(before, start) : -1;
  return text.slice(start, end < 0 ? undefined : end);
}

/** A sentence end glued to the next capitalised word marks a lost paragraph break. */
export function restoreParagraphs(text: string): string {
  return text.replace(/([a-z0-9)\]]["”’]?[.!?…]["”’]?)(?=[A-ZА-ЯЁІЇЄҐЎ“"‘])/gu, '$1\n\n');
}

export function parseCsv(source: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (quoted) {
      if (c === '"' && source[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && source[i + 1] === '\n') i++;
      row.push(field), rows.push(row), (row = []), (field = '');
    } else field += c;
  }
  if (field !== '' || row.length) row.push(field), rows.push(row);
  return rows;
}

export function read(blob: Buffer, locator: unknown): RawArticle {
  const loc = locator as CsvRowLocator;
  const [header = [], ...rows] = parseCsv(blob.toString('utf8').replace(/^\uFEFF/, ''));
  const column = (name: string) => {
    const index = header.indexOf(name);
    if (index < 0) throw new Error(`csvRow: no column ${name}`);
    return index;
  };
  let row: string[] | undefined;
  if (loc.match) {
    const key = column(loc.match.column);
    row = rows.find((r) => r[key] === loc.match!.value);
  } else if (typeof loc.row === 'number') row = rows[loc.row];
  if (!row) throw new Error(`csvRow: no row for ${JSON.stringify(loc.match ?? loc.row)}`);
  const title = loc.titleColumn ? row[column(loc.titleColumn)] : loc.title;
  if (title === undefined) throw new Error('csvRow: the locator gives neither title nor titleColumn');
  const text = cut(row[column(loc.text)] ?? '', loc.after, loc.before);
  return { title, text: loc.restoreParagraphs ? restoreParagraphs(text) : text };
}
