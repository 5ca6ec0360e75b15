import type { Contradiction } from '../core/types';
import { pairKey } from './pairKey';
import type { ArchiveDB } from './db';

export { pairKey };

// Pairs the reader marked "not a contradiction" in the side panel, remembered in the archive so
// they stay hidden on every later visit, in every article where the same two statements meet.

type Pair = Pick<Contradiction, 'statement' | 'other'>;

export async function dismissPair(db: ArchiveDB, pair: Pair, now = new Date()): Promise<string> {
  const key = pairKey(pair);
  await db.dismissedPairs.put({ pairKey: key, dismissedAt: now.toISOString() });
  return key;
}

export async function restorePair(db: ArchiveDB, key: string): Promise<void> {
  await db.dismissedPairs.delete(key);
}

/** Every dismissed pair's key: a reader dismisses a handful, so the whole table is read. */
export async function dismissedKeys(db: ArchiveDB): Promise<Set<string>> {
  return new Set(await db.dismissedPairs.toCollection().primaryKeys());
}

/** The contradictions the reader has not dismissed, in their order: for the background's results. */
export async function withoutDismissed<T extends Pair>(db: ArchiveDB, contradictions: T[]): Promise<T[]> {
  if (contradictions.length === 0) return contradictions;
  const dismissed = await dismissedKeys(db);
  return contradictions.filter((item) => !dismissed.has(pairKey(item)));
}
