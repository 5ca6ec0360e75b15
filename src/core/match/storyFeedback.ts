/** One scored candidate; T is whatever the caller needs to score two candidates against each other. */
export interface Scored<T> {
  item: T;
  score: number;
}

/** How many of the closest reports speak for the story, and how close they must be. */
const CLOSEST = 3;
const CLOSE_ENOUGH = 0.2;
/** The share of a candidate's closeness to those reports added to its own score. */
const FEEDBACK_SHARE = 0.3;

/**
 * Reports of one story relate to each other: a report the query's closest reports are close to
 * is likely about the same story even when it shares little with the query itself (a Russian
 * headline that names only the minister, beside the English report the query matched on the
 * town and the day). Each candidate gains a share of its mean closeness to the query's closest
 * reports (those scoring CLOSE_ENOUGH at least); `pair` scores two candidates as the query
 * scores one, and `weight` scales the gain (the candidate's closeness in time to the query).
 */
export function withStoryFeedback<T>(
  scored: Array<Scored<T>>,
  pair: (a: T, b: T) => number,
  weight: (item: T) => number,
): Array<Scored<T>> {
  const closest = [...scored].sort((a, b) => b.score - a.score).slice(0, CLOSEST).filter((s) => s.score >= CLOSE_ENOUGH);
  if (closest.length === 0) return scored;
  return scored.map((s) => {
    const others = closest.filter((c) => c !== s);
    if (others.length === 0) return s;
    const feedback = others.reduce((sum, c) => sum + pair(c.item, s.item), 0) / others.length;
    return { item: s.item, score: Math.min(1, s.score + FEEDBACK_SHARE * feedback * weight(s.item)) };
  });
}
