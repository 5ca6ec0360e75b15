// The HTML parser under linkedom keeps its open elements in an array it shifts and unshifts, so
// parsing costs the square of the nesting depth (100,000 nested divs: 13 s), and the extractor
// then walks the tree recursively (the stack runs out) with work growing faster still. Real news
// pages nest at most about 50 deep, so markup is cut to a fixed depth before it is parsed: the
// tags below it are dropped (block ones become line breaks) and every word of text is kept.

/** Deepest nesting kept; 381 real news pages of the benchmark nest 51 deep at most. */
export const MAX_NESTING = 128;

const VOID = new Set(['area', 'base', 'basefont', 'br', 'col', 'command', 'embed', 'frame', 'hr', 'img', 'input', 'isindex', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
/** Elements the parser reads as raw text up to their end tag: never dropped, never scanned. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp']);
const BLOCK = new Set(['p', 'div', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'section', 'article', 'aside', 'header', 'footer', 'main', 'nav', 'blockquote', 'figure', 'figcaption', 'table', 'tr', 'td', 'th', 'pre', 'form', 'fieldset', 'address', 'details']);
const FOREIGN = new Set(['svg', 'math']);
/** Inside svg or math, these bring HTML back: a slash does not close them. */
const INTEGRATION = new Set(['mi', 'mo', 'mn', 'ms', 'mtext', 'annotation-xml', 'foreignobject', 'desc', 'title']);
const switchesContext = (name: string) => FOREIGN.has(name) || INTEGRATION.has(name);

// An opening tag closes the open element on top when HTML lets that element's end tag be left
// out (a <p> before a <div>, an <li> before the next <li>), as the parser does.
const P_CLOSERS = ['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'address', 'article', 'aside', 'blockquote', 'details', 'div', 'dl', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'header', 'hr', 'main', 'nav', 'ol', 'pre', 'section', 'table', 'ul'];
const CLOSES = new Map<string, ReadonlySet<string>>([
  ...P_CLOSERS.map((name) => [name, new Set(['p'])] as const),
  ['tr', new Set(['tr', 'th', 'td'])],
  ['th', new Set(['th'])],
  ['td', new Set(['thead', 'th', 'td'])],
  ['li', new Set(['li'])],
  ['option', new Set(['option'])],
  ['optgroup', new Set(['optgroup', 'option'])],
  ['dd', new Set(['dd', 'dt'])],
  ['dt', new Set(['dd', 'dt'])],
  ['tbody', new Set(['thead', 'tbody'])],
  ['tfoot', new Set(['thead', 'tbody'])],
]);

const TAG_NAME = /^<(\/?)([a-zA-Z][^\s/>]*)/;

export interface BoundedMarkup {
  html: string;
  /** Tags dropped because they were nested deeper than the limit. */
  dropped: number;
}

/** One pass over the markup, linear in its length; markup within the limit comes back as it was. */
export function boundNesting(html: string, maxDepth = MAX_NESTING): BoundedMarkup {
  const stack: string[] = [];
  const pieces: string[] = [];
  let copiedTo = 0;
  let dropped = 0;
  // Whether "<x/>" closes itself, as the parser keeps it: its own stack, pushed by svg, math and
  // their HTML islands, popped by any of their end tags that reaches it (not by implied closes).
  const foreign: boolean[] = [false];
  let nextGt = -1;
  let brokenAt = -1;
  const drop = (start: number, end: number, name: string) => {
    const between = html.slice(copiedTo, start);
    // A run of dropped block tags with nothing but spaces between them is one line break.
    const inRun = brokenAt === copiedTo && between.trim() === '';
    pieces.push(between, BLOCK.has(name) && !inRun ? '<br>' : '');
    copiedTo = end;
    if (inRun || BLOCK.has(name)) brokenAt = end;
    dropped += 1;
  };
  for (let at = html.indexOf('<'); at >= 0 && at < html.length; at = html.indexOf('<', at)) {
    if (html.startsWith('<!--', at)) {
      // The parser lets the end share the opening's dashes: "<!-->" is a whole comment.
      const end = html.indexOf('-->', at + 2);
      at = end < 0 ? html.length : end + 3;
      continue;
    }
    // One search for '>' serves every '<' before it, so "<<<<…" stays linear.
    if (nextGt < at) nextGt = html.indexOf('>', at);
    if (nextGt < 0) break;
    const end = nextGt + 1;
    const match = TAG_NAME.exec(html.slice(at, Math.min(end, at + 64)));
    if (!match) {
      at = html[at + 1] === '!' || html[at + 1] === '?' ? end : at + 1;
      continue;
    }
    const name = match[2]!.toLowerCase();
    if (match[1]) {
      const open = stack.lastIndexOf(name);
      if (open >= 0) stack.length = open;
      if (open < 0 && dropped > 0 && !VOID.has(name)) drop(at, end, name);
      else if (switchesContext(name)) foreign.pop();
      at = end;
      continue;
    }
    const closes = CLOSES.get(name);
    while (closes && stack.length > 0 && closes.has(stack[stack.length - 1]!)) stack.pop();
    const start = at;
    at = end;
    if (VOID.has(name)) continue;
    const slashed = html[nextGt - 1] === '/';
    // "<script/>" opens no raw text in the parser: what follows is markup like any other.
    const raw = RAW_TEXT.has(name) && !slashed;
    // Raw text is never dropped: its content would turn into markup and text.
    if (stack.length >= maxDepth && !raw) {
      drop(start, end, name);
      continue;
    }
    if (switchesContext(name)) foreign.push(FOREIGN.has(name));
    if (slashed && foreign[foreign.length - 1] === true) continue;
    stack.push(name);
    if (raw) at = rawTextEnd(html, name, end);
  }
  if (dropped === 0) return { html, dropped };
  pieces.push(html.slice(copiedTo));
  return { html: pieces.join(''), dropped };
}

/** Where raw text ends: at its end tag, or at the end of the markup when it has none. */
function rawTextEnd(html: string, name: string, from: number): number {
  const endTag = new RegExp(`</${name}`, 'gi');
  endTag.lastIndex = from;
  return endTag.exec(html)?.index ?? html.length;
}
