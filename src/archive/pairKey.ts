import type { Contradiction } from '../core/types';
import { contentHash } from './contentHash';

type Pair = Pick<Contradiction, 'statement' | 'other'>;

const sideHash = (side: { text: string; speaker: string | null }) => contentHash(`${side.speaker ?? ''}\n${side.text}`);

/**
 * A contradicting pair's identity, for "not a contradiction", whichever article is open:
 * reading the other report later puts its statement on "this article's" side, so the key does
 * not depend on the order. Case and spacing do not count (contentHash); the addresses do not
 * either, so a syndicated copy of the same words stays hidden too.
 */
export function pairKey(pair: Pair): string {
  return [sideHash(pair.statement), sideHash(pair.other)].sort().join('-');
}
