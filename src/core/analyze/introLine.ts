/** How far back a line ending with a colon may begin and still introduce the next paragraph. */
const REACH = 300;

/**
 * "Лукашенко заявил:" on the line (or lines) just before `lineStart`, ending with a colon and
 * followed only by blank space: the words that introduce the quote or paragraph starting there,
 * and where they begin. Read backwards from `lineStart`, so its cost is the line's length, not
 * the square of the reach as a regex anchored at the end would be.
 */
export function introLine(text: string, lineStart: number): { start: number; text: string } | null {
  const from = Math.max(0, lineStart - REACH);
  let end = lineStart;
  while (end > from && /\s/u.test(text[end - 1]!)) end--;
  if (end === from || text[end - 1] !== ':' || !text.slice(end, lineStart).includes('\n')) return null;
  const start = Math.max(from, text.lastIndexOf('\n', end - 1) + 1);
  return { start, text: text.slice(start, end) };
}
