/** One article as a reader pulls it out of a source file, before it is written to texts/. */
export interface RawArticle {
  title: string;
  /** Plain text, paragraphs separated by a blank line. */
  text: string;
}

/** A reader: the bytes of one file at the pinned commit, and the part's locator for the article. */
export type Reader = (blob: Buffer, locator: unknown) => RawArticle;
