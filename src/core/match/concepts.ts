import { dayOf } from '../calendar';
import type { Analysis } from '../types';
import { unitKeyOf } from './numbers';
import type { WeightVector } from './similarity';

/**
 * What an article says happened, in keys no language owns: the kinds of acts its statements
 * report, its events with their places and days, the counts it gives ("9000 servicemen") and
 * the days it names. A Russian and an English report of one strike share these even when they
 * share no word.
 */
export function conceptVector(analysis: Analysis): WeightVector {
  const vector: WeightVector = new Map();
  const add = (key: string, weight: number) => vector.set(key, Math.max(vector.get(key) ?? 0, weight));
  for (const event of analysis.events) {
    if (event.place && !event.place.startsWith('country:')) add(`event:${event.type}@${event.place}`, 1);
    if (event.date) add(`event:${event.type}:${event.date.slice(0, 10)}`, 0.8);
    add(`event:${event.type}`, 0.2);
  }
  for (const s of analysis.statements) {
    // A fallback verb stem belongs to one language: it is no concept.
    if (s.predicate && !s.predicate.startsWith('verb:')) add(`act:${s.predicate}`, 0.2);
    const day = dayOf(s.date);
    if (day && (s.dateGranularity ?? 'day') === 'day') add(`day:${day}`, 0.5);
    for (const q of s.quantities) {
      const value = q.min ?? q.max;
      // Small and bare round numbers recur everywhere; a count of something is what two reports share.
      if (value !== null && value >= 10 && value !== 100 && value !== 1000) add(`count:${unitKeyOf(q)}:${value}`, 1);
    }
  }
  return vector;
}
