import type { Contradiction } from '@/src/core/types';

export interface ContradictionGroup {
  /** Stable key: the statement's speaker and text. */
  key: string;
  statement: Contradiction['statement'];
  /** Best first; the same other statement (same text at the same address) appears once. */
  items: Contradiction[];
  /** The best score in the group, for ordering groups. */
  score: number;
}

/** Contradictions gathered under the statement of this article that each one is about. */
export function groupByStatement(contradictions: Contradiction[]): ContradictionGroup[] {
  const groups = new Map<string, ContradictionGroup>();
  for (const item of contradictions) {
    const key = `${item.statement.speaker ?? ''}\u0000${item.statement.text}`;
    const group = groups.get(key) ?? { key, statement: item.statement, items: [], score: 0 };
    const repeat = group.items.some((seen) => seen.other.url === item.other.url && seen.other.text === item.other.text);
    if (!repeat) group.items.push(item);
    group.score = Math.max(group.score, item.score);
    groups.set(key, group);
  }
  for (const group of groups.values()) group.items.sort((a, b) => b.score - a.score);
  return [...groups.values()].sort((a, b) => b.score - a.score || b.items.length - a.items.length);
}
