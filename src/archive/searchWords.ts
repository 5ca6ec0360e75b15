/**
 * The words the archive page's search finds an article by: its title's, its outlet's and its
 * address's (host and path), lower case, each once. Stored on the article and indexed, so a
 * search reads the index entries that start with the typed words, never every article.
 */
const MAX_WORDS = 120;
const WORD = /[\p{L}\p{N}]+/gu;

const wordsOf = (text: string) => text.toLowerCase().normalize('NFC').match(WORD) ?? [];

function addressWords(url: string): string[] {
  try {
    const parsed = new URL(url);
    return wordsOf(`${parsed.hostname.replace(/^www\./u, '')} ${decodeURIComponent(parsed.pathname)}`);
  } catch {
    return wordsOf(url);
  }
}

export function searchWordsOf(article: { title: string; siteName: string | null; url: string }): string[] {
  const words = [...wordsOf(article.title), ...wordsOf(article.siteName ?? ''), ...addressWords(article.url)];
  return [...new Set(words)].slice(0, MAX_WORDS);
}

/** What the reader typed, as words: each must begin a word of the article's title, outlet or address. */
export function queryWords(search: string | undefined): string[] {
  return [...new Set(wordsOf(search ?? ''))];
}
