import { BundleError } from './bundleError';

/** A top-level field of a bundle (format, version ...), or one element of its "articles" or "datasetEvents" list. */
export type BundlePart =
  | { kind: 'field'; key: string; value: unknown }
  | { kind: 'article' | 'datasetEvent'; index: number; value: unknown; chars: number };

/** The lists read an element at a time; any other field is read whole. */
const LISTS: Record<string, 'article' | 'datasetEvent'> = { articles: 'article', datasetEvents: 'datasetEvent' };

/** Far above any real article (text, title and 2,000 statements run to a few MB): refused before it is held whole. */
export const MAX_PART_CHARS = 32 * 1024 * 1024;

type State = 'start' | 'firstKey' | 'key' | 'colon' | 'value' | 'firstItem' | 'item' | 'afterValue' | 'afterItem' | 'end';
type Purpose = 'key' | 'field' | 'article';

interface Capture {
  purpose: Purpose;
  parts: string[];
  length: number;
  fresh: boolean;
  scalar: boolean;
  nest: number;
  inString: boolean;
  escape: boolean;
}

const STRING_STOP = /["\\]/g;
const NEST_STOP = /["{}[\]]/g;
const SCALAR_STOP = /[,}\]\s]/g;

const notJson = (why: string) => new BundleError(`not a Backstory archive: the file is not valid JSON (${why})`);

/**
 * Reads a bundle's JSON as it arrives, in pieces cut anywhere, and hands back each top-level
 * field and each article as soon as it is complete. Only one article is ever held as text,
 * so a 70 MB bundle is read without becoming one string. Each part is checked by JSON.parse;
 * the structure around the parts (braces, commas, colons) is checked here.
 */
export class BundleSplitter {
  private state: State = 'start';
  private key = '';
  private articles = 0;
  private events = 0;
  private seen = 0;
  private capture: Capture | null = null;

  feed(chunk: string): BundlePart[] {
    const out: BundlePart[] = [];
    let i = 0;
    while (i < chunk.length) {
      if (this.capture) {
        const end = this.scan(this.capture, chunk, i);
        this.keep(chunk.slice(i, end < 0 ? chunk.length : end));
        if (end < 0) break;
        i = end;
        this.finish(out);
        continue;
      }
      const c = chunk[i]!;
      if (c === ' ' || c === '\n' || c === '\r' || c === '\t') {
        i += 1;
        continue;
      }
      const s = this.state;
      if (s === 'start' && c === '{') this.state = 'firstKey';
      else if ((s === 'firstKey' || s === 'afterValue') && c === '}') this.state = 'end';
      else if ((s === 'firstKey' || s === 'key') && c === '"') this.begin('key');
      else if (s === 'colon' && c === ':') this.state = 'value';
      else if (s === 'value' && c === '[' && Object.hasOwn(LISTS, this.key)) this.state = 'firstItem';
      else if (s === 'value') this.begin('field');
      else if (s === 'afterValue' && c === ',') this.state = 'key';
      else if ((s === 'firstItem' || s === 'afterItem') && c === ']') {
        // An empty list is still a list the bundle has (an archive of events and no article).
        if (s === 'firstItem') out.push({ kind: 'field', key: this.key, value: [] });
        this.state = 'afterValue';
      }
      else if (s === 'firstItem' || s === 'item') this.begin('article');
      else if (s === 'afterItem' && c === ',') this.state = 'item';
      else throw notJson(s === 'end' ? `text after the end, at character ${this.seen + i}` : `unexpected "${c}" at character ${this.seen + i}`);
      // A value's first character is read by its capture.
      if (!this.capture) i += 1;
    }
    this.seen += chunk.length;
    return out;
  }

  /** The file has ended: it must have ended with the archive's closing brace. */
  end(): void {
    if (this.state !== 'end') throw notJson('the file ends before the archive does');
  }

  private begin(purpose: Purpose): void {
    this.capture = { purpose, parts: [], length: 0, fresh: true, scalar: false, nest: 0, inString: false, escape: false };
  }

  private keep(text: string): void {
    const capture = this.capture!;
    capture.parts.push(text);
    capture.length += text.length;
    if (capture.length > MAX_PART_CHARS) {
      const what = capture.purpose === 'article' ? `articles[${this.articles}]` : 'a field';
      throw new BundleError(`${what} is larger than ${MAX_PART_CHARS.toLocaleString('en')} characters: not an article Backstory wrote`);
    }
  }

  /** Where the captured value ends in this chunk (exclusive), or -1 if it goes on. */
  private scan(capture: Capture, chunk: string, from: number): number {
    let j = from;
    if (capture.fresh) {
      capture.fresh = false;
      const c = chunk[j];
      if (c === '"') capture.inString = true;
      else if (c === '{' || c === '[') capture.nest = 1;
      else capture.scalar = true;
      if (!capture.scalar) j += 1;
    }
    if (capture.scalar) return next(SCALAR_STOP, chunk, j);
    while (j < chunk.length) {
      if (capture.escape) {
        capture.escape = false;
        j += 1;
        continue;
      }
      if (capture.inString) {
        const at = next(STRING_STOP, chunk, j);
        if (at < 0) return -1;
        if (chunk[at] === '\\') {
          capture.escape = true;
          j = at + 1;
          continue;
        }
        capture.inString = false;
        j = at + 1;
        if (capture.nest === 0) return j;
        continue;
      }
      const at = next(NEST_STOP, chunk, j);
      if (at < 0) return -1;
      const c = chunk[at];
      if (c === '"') capture.inString = true;
      else if (c === '{' || c === '[') capture.nest += 1;
      else if ((capture.nest -= 1) === 0) return at + 1;
      j = at + 1;
    }
    return -1;
  }

  private finish(out: BundlePart[]): void {
    const capture = this.capture!;
    this.capture = null;
    const text = capture.parts.join('');
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      throw notJson(`${(error as Error).message}, in the value ending at character ${this.seen}`);
    }
    if (capture.purpose === 'key') {
      this.key = value as string;
      this.state = 'colon';
    } else if (capture.purpose === 'field') {
      out.push({ kind: 'field', key: this.key, value });
      this.state = 'afterValue';
    } else {
      const kind = LISTS[this.key]!;
      out.push({ kind, index: kind === 'article' ? this.articles : this.events, value, chars: text.length });
      if (kind === 'article') this.articles += 1;
      else this.events += 1;
      this.state = 'afterItem';
    }
  }
}

function next(pattern: RegExp, text: string, from: number): number {
  pattern.lastIndex = from;
  const match = pattern.exec(text);
  return match ? match.index : -1;
}
