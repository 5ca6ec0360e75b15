import type { ArchiveDB } from './db';

/**
 * Rows of `keyStats` that are no index key (index keys start with a letter and a colon): the
 * number of articles, kept on every save and delete because IndexedDB's count() walks the whole
 * store (49 ms at 5,000 articles in Chromium, twice per check); and a generation that changes
 * with every change to the key counts, so a reader can keep the counts it read until it moves.
 */
export const ARTICLE_COUNT = '#articles';
export const GENERATION = '#generation';

/**
 * The generation moves by a random step, not by one: two writers that each moved the same
 * generation (one of them in a transaction that then failed) never leave the same number, so a
 * writer that finds its own last number knows nobody else wrote since.
 */
const MAX_STEP = 2 ** 24;
const nextGeneration = (generation: number) => generation + 1 + Math.floor(Math.random() * MAX_STEP);

/**
 * A writer's copy of the key counts (every key of the archive, or those it read so far), valid
 * while the stored generation is the one this copy wrote. In Chromium every IndexedDB request
 * costs about a tenth of a millisecond, and reading each key's count before adding to it was a
 * fifth of storing an imported page (23 keys a page in batches of 50): an import that keeps the
 * counts reads none of them after the first batch.
 */
interface Mirror {
  generation: number;
  df: Map<string, number>;
  /** Every key's count: a key it lacks counts 0. */
  complete: boolean;
  /**
   * The canonical addresses and text hashes of the archive's articles, while only batches of
   * ingestArticles (which name what they add) wrote since they were read: a batch looks up only
   * the articles these hold, not two index reads each.
   */
  articles?: ArticleKeys;
  dropTimer?: ReturnType<typeof setTimeout>;
}
export interface ArticleKeys {
  urls: Set<string>;
  hashes: Set<string>;
}
const mirrors = new WeakMap<ArchiveDB, Mirror>();
/** A write of fewer keys is a save or a delete, not a batch: it reads its keys and keeps no copy. */
const MIRROR_MIN_KEYS = 100;
/**
 * Counts read whole (one request) up to this many articles, some 50,000 key rows (estimated: a
 * page brings ten or so keys the archive lacks); past it, read as the batches meet them, so a few
 * files into a large archive do not read every count.
 */
const MIRROR_MAX_ARTICLES = 5_000;
/** A copy unused this long goes: an archive page left open does not hold the counts for nothing. */
const MIRROR_IDLE_MS = 60_000;

function keep(db: ArchiveDB, mirror: Mirror): void {
  clearTimeout(mirrors.get(db)?.dropTimer);
  mirror.dropTimer = setTimeout(() => mirrors.get(db) === mirror && mirrors.delete(db), MIRROR_IDLE_MS);
  // In Node (tests, the command line) a pending timer would keep the process alive.
  (mirror.dropTimer as { unref?: () => void }).unref?.();
  mirrors.set(db, mirror);
}

/**
 * Adds `delta` (+1 on save, -1 on delete) to the document frequency of each key. Call inside
 * the transaction that writes the article, so counts never drift from the rows.
 */
export async function updateKeyStats(db: ArchiveDB, keys: string[], delta: 1 | -1): Promise<void> {
  await updateKeyCounts(db, new Map([...new Set(keys)].map((key) => [key, delta])));
}

/**
 * Adds each key's delta at once (a batch of articles reads and writes each of their keys once),
 * and `articles` to the number of articles when given. Inside the transaction that writes the
 * articles, after their rows.
 */
export async function updateKeyCounts(
  db: ArchiveDB,
  deltas: Map<string, number>,
  articles?: number,
  /** What the batch added (ingestArticles); any other write makes the copy's article keys unknown. */
  added?: { canonicalUrl: string; contentHash: string }[],
): Promise<void> {
  const [generation, count] = await db.keyStats.bulkGet([GENERATION, ARTICLE_COUNT]);
  let mirror = mirrors.get(db);
  if (!mirror || !generation || mirror.generation !== generation.df) {
    mirrors.delete(db);
    mirror = deltas.size >= MIRROR_MIN_KEYS ? { generation: generation?.df ?? 0, df: new Map(), complete: false } : undefined;
  }
  // Read whole once the archive is known to be small (a new archive's first batch has no count yet).
  if (mirror && !mirror.complete && count && count.df <= MIRROR_MAX_ARTICLES) {
    for (const row of await db.keyStats.toArray()) mirror.df.set(row.key, row.df);
    mirror.complete = true;
  }
  const unique = [...deltas.keys()];
  const unknown = mirror?.complete ? [] : mirror ? unique.filter((key) => !mirror.df.has(key)) : unique;
  const read = await db.keyStats.bulkGet(unknown);
  const current = new Map(unknown.map((key, i) => [key, read[i]?.df ?? 0]));
  const df = (key: string) => current.get(key) ?? mirror?.df.get(key) ?? 0;
  const updated = unique.map((key) => ({ key, df: df(key) + deltas.get(key)! }));
  const next = nextGeneration(generation?.df ?? 0);
  const counters = [{ key: GENERATION, df: next }];
  // An archive that has no count yet (saved by an older version) gets the true one, counted once.
  if (articles !== undefined) counters.push({ key: ARTICLE_COUNT, df: count ? count.df + articles : await db.articles.count() });
  await db.keyStats.bulkPut([...counters, ...updated.filter((stat) => stat.df > 0)]);
  const emptied = updated.filter((stat) => stat.df <= 0).map((stat) => stat.key);
  if (emptied.length > 0) await db.keyStats.bulkDelete(emptied);
  // The copy follows what this transaction wrote; should it fail, the stored generation is not
  // `next` and the copy is not used again.
  if (!mirror) return;
  if (!added) mirror.articles = undefined;
  for (const { canonicalUrl, contentHash } of added ?? []) {
    mirror.articles?.urls.add(canonicalUrl);
    mirror.articles?.hashes.add(contentHash);
  }
  for (const { key, df: value } of updated) {
    if (value > 0) mirror.df.set(key, value);
    else if (mirror.complete) mirror.df.delete(key);
    else mirror.df.set(key, 0);
  }
  mirror.generation = next;
  keep(db, mirror);
}

/**
 * The addresses and text hashes of every stored article, when this writer's copy is current and
 * was read while the archive was small (keys only, once); null when each article must be looked
 * up. Inside a batch's transaction, before its writes.
 */
export async function knownArticleKeys(db: ArchiveDB): Promise<ArticleKeys | null> {
  const mirror = mirrors.get(db);
  if (!mirror?.complete) return null;
  const [generation, count] = await db.keyStats.bulkGet([GENERATION, ARTICLE_COUNT]);
  if (!generation || mirror.generation !== generation.df) return null;
  // Read when the archive is small; kept (and added to) however far the import then takes it.
  if (!mirror.articles) {
    if (!count || count.df > MIRROR_MAX_ARTICLES) return null;
    const [urls, hashes] = await Promise.all([db.articles.orderBy('canonicalUrl').uniqueKeys(), db.articles.orderBy('contentHash').uniqueKeys()]);
    mirror.articles = { urls: new Set(urls.map(String)), hashes: new Set(hashes.map(String)) };
  }
  return mirror.articles;
}

/**
 * Keeps the number of articles after some were added (+n) or one removed (-1), inside the same
 * transaction and after the article's own row was written: an archive that has no count yet
 * (saved by an older version) gets the true one, counted once.
 */
export async function updateArticleCount(db: ArchiveDB, delta: number): Promise<void> {
  const stored = await db.keyStats.get(ARTICLE_COUNT);
  await db.keyStats.put({ key: ARTICLE_COUNT, df: stored ? stored.df + delta : await db.articles.count() });
}
