/**
 * The archive page's full-text index: for each word of the archived articles (title, outlet,
 * address and body), the ids of the articles holding it. Kept as segments: a sorted vocabulary
 * with offsets into one array of ids, so a segment is three values that IndexedDB stores and
 * loads as they are (no parsing), and a prefix ("лукашенк") is a binary search and a range.
 */
export interface Segment {
  vocab: string[];
  /** offsets[i]..offsets[i+1] are the positions in `postings` of vocab[i]'s article ids. */
  offsets: Uint32Array;
  postings: Uint32Array;
}

const WORD = /[\p{L}\p{N}]+/gu;
/** A long article's rarest words are its least useful to a search: a cap keeps the index small. */
const MAX_WORDS_PER_ARTICLE = 3_000;

/** Lower case, NFC, ё as е: the reader who types "самолет" finds "самолёт". */
export function normalizeText(text: string): string {
  return text.toLowerCase().normalize('NFC').replace(/ё/gu, 'е');
}

/** The distinct words of a text; one-letter words other than digits are left out (they are in every article). */
export function textWords(text: string): string[] {
  const words = new Set<string>();
  for (const word of normalizeText(text).match(WORD) ?? []) {
    if (word.length > 1 || /\d/u.test(word)) words.add(word);
    if (words.size >= MAX_WORDS_PER_ARTICLE) break;
  }
  return [...words];
}

/** What the reader typed, as words: each must begin a word of the article. */
export function queryTerms(search: string): string[] {
  return [...new Set(normalizeText(search).match(WORD) ?? [])];
}

function encode(lists: Map<string, number[]>): Segment {
  const vocab = [...lists.keys()].sort();
  const offsets = new Uint32Array(vocab.length + 1);
  let total = 0;
  for (const word of vocab) total += lists.get(word)!.length;
  const postings = new Uint32Array(total);
  let at = 0;
  vocab.forEach((word, i) => {
    offsets[i] = at;
    const ids = lists.get(word)!.sort((a, b) => a - b);
    postings.set(ids, at);
    at += ids.length;
  });
  offsets[vocab.length] = at;
  return { vocab, offsets, postings };
}

export function buildSegment(docs: Iterable<{ id: number; words: Iterable<string> }>): Segment {
  const lists = new Map<string, number[]>();
  for (const doc of docs) {
    for (const word of doc.words) {
      const list = lists.get(word);
      if (list) list.push(doc.id);
      else lists.set(word, [doc.id]);
    }
  }
  return encode(lists);
}

/** One segment of many, keeping only the ids `keep` accepts (a deleted article's words go). */
export function mergeSegments(segments: Segment[], keep: (id: number) => boolean): Segment {
  const lists = new Map<string, Set<number>>();
  for (const { vocab, offsets, postings } of segments) {
    vocab.forEach((word, i) => {
      for (let j = offsets[i]!; j < offsets[i + 1]!; j++) {
        const id = postings[j]!;
        if (!keep(id)) continue;
        const list = lists.get(word);
        if (list) list.add(id);
        else lists.set(word, new Set([id]));
      }
    });
  }
  return encode(new Map([...lists].map(([word, ids]) => [word, [...ids]])));
}

/** Every id under a word that starts with `prefix` (an id may come more than once). */
export function eachIdWithPrefix(segment: Segment, prefix: string, visit: (id: number) => void): void {
  const { vocab, offsets, postings } = segment;
  let low = 0;
  let high = vocab.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (vocab[middle]! < prefix) low = middle + 1;
    else high = middle;
  }
  for (let i = low; i < vocab.length && vocab[i]!.startsWith(prefix); i++) {
    for (let j = offsets[i]!; j < offsets[i + 1]!; j++) visit(postings[j]!);
  }
}

/**
 * A test of whether an article holds every term (each as the beginning of one of its words).
 * A counter per id, raised by term k only where it stands at k, so an article counts once per
 * term however many of its words share the prefix: linear in the ids read, no sets.
 */
export function matcher(segments: Segment[], terms: string[], maxId: number): (id: number) => boolean {
  const marks = new Uint16Array(maxId + 1);
  terms.forEach((term, k) => {
    for (const segment of segments) {
      eachIdWithPrefix(segment, term, (id) => {
        if (id <= maxId && marks[id] === k) marks[id] = k + 1;
      });
    }
  });
  return (id) => id <= maxId && marks[id] === terms.length;
}
