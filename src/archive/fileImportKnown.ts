import type { ArchiveDB } from './db';

/**
 * The canonical addresses and text hashes of the articles an import may meet again: those the
 * archive held when the import began (read once, keys only), and those the import has stored
 * since. A page whose address and hash are both unknown needs no read of the archive before it
 * is analysed: two reads per page, each its own transaction, were a tenth of the page's thread
 * in a folder import. An article another part of the extension stores meanwhile is still found,
 * by the batch write's own duplicate check; a known key is read for the stored copy's title.
 */
export class KnownArticles {
  private constructor(
    private readonly urls: Set<string>,
    private readonly hashes: Set<string>,
    /** Keys not read (a few files into a large archive): every page is looked up. */
    private readonly lookUpAll = false,
  ) {}

  /**
   * The archive's keys, when reading them all costs less than looking each page up: two index
   * entries a stored article against two transactions a page, so only for an import of more
   * than a twentieth as many pages as the archive holds (a folder into a growing archive), not
   * for three saved pages into 100,000 articles.
   */
  static async read(db: ArchiveDB, pages: number): Promise<KnownArticles> {
    return db.transaction('r', db.articles, async () => {
      if (pages * 20 < (await db.articles.count())) return new KnownArticles(new Set(), new Set(), true);
      const [urls, hashes] = await Promise.all([db.articles.orderBy('canonicalUrl').uniqueKeys(), db.articles.orderBy('contentHash').uniqueKeys()]);
      return new KnownArticles(new Set(urls.map(String)), new Set(hashes.map(String)));
    });
  }

  /** An empty archive's (tests, or an import that reads the archive at every page). */
  static none(): KnownArticles {
    return new KnownArticles(new Set(), new Set());
  }

  hasUrl(canonical: string): boolean {
    return this.lookUpAll || this.urls.has(canonical);
  }

  hasHash(hash: string): boolean {
    return this.lookUpAll || this.hashes.has(hash);
  }

  /** An article this import stored. */
  remember(canonical: string, hash: string): void {
    this.urls.add(canonical);
    this.hashes.add(hash);
  }
}
