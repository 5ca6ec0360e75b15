import type { FeedsDB } from './feedsDb';

/**
 * How long an entry's row is kept after its feed last listed it. A feed lists its latest 10 to
 * 100 entries; one it has not listed for two weeks (some 300 hourly fetches) has left for good,
 * and its row only grew the database. Should it come back, its page is not fetched again if the
 * archive holds its address (readItem looks first).
 */
export const KEEP_UNLISTED_MS = 14 * 24 * 3600_000;

/**
 * Lets go of a feed's entries that are done (added or skipped), not in the answer just read
 * (`listed`, its keys), and not listed since `now - KEEP_UNLISTED_MS`. Pending entries are work
 * left and always stay. Runs inside the fetch's transaction. Returns how many were let go.
 */
export async function pruneItems(db: FeedsDB, feedId: number, listed: Set<string>, now: number): Promise<number> {
  const cutoff = new Date(now - KEEP_UNLISTED_MS).toISOString();
  return db.items
    .where('feedId')
    .equals(feedId)
    .filter((item) => item.state !== 'pending' && !listed.has(item.key) && (item.listedAt ?? item.seenAt) < cutoff)
    .delete();
}
