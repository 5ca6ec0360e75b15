import { daysBetween, dayOf } from '../calendar';
import type { Quantity } from '../types';
import { sameNamedTarget, whereOf, type Claim } from './claims';

/** Counts of one event are told within a few days of it; later figures are updates, not disputes. */
const NUMBERS_WINDOW_DAYS = 3;
/** Round figures ("about 400" against 412) are one count, not two. */
const TOLERANCE = 0.1;

/**
 * A quantity's unit as a key that holds across languages. The analyzer may give one
 * (`unitKey` or `key`: "killed", "troops"); else the unit word itself.
 */
export function unitKeyOf(q: Quantity): string {
  const extra = q as Quantity & { unitKey?: string; key?: string };
  return (extra.unitKey ?? extra.key ?? q.unit).toLowerCase();
}

function disjoint(a: Quantity, b: Quantity): boolean {
  const aMin = a.min ?? -Infinity;
  const aMax = a.max ?? Infinity;
  const bMin = b.min ?? -Infinity;
  const bMax = b.max ?? Infinity;
  const gap = Math.max(bMin - aMax, aMin - bMax);
  const scale = Math.max(Math.abs(aMin === -Infinity ? aMax : aMin), Math.abs(bMin === -Infinity ? bMax : bMin));
  return gap > TOLERANCE * scale;
}

/** The day a claim's count is about: the statement's own date, else the publication. */
const dayOfClaim = (c: Claim) => dayOf(c.statement.date) ?? dayOf(c.article.publishedAt);

/**
 * A count over a span ("30,000 casualties since Russia's invasion", "с начала войны", "з
 * початку вторгнення", "in total") is a tally, not the count of one day's event.
 */
const TALLY = /(?<![\p{L}])(?:since|so far|to date|in total|in all|overall|altogether|с начала|с момента|за время|за все время|всего|з початку|з моменту|за весь час|загалом|усього|всього|з пачатку|за ўвесь час|ад пачатку|od początku|łącznie|w sumie|от началото|общо)(?![\p{L}])/iu;
/** Kept per claim: a claim is compared with every claim of the other side. */
const tallies = new WeakMap<Claim, boolean>();
const isTally = (c: Claim) => {
  let tally = tallies.get(c);
  if (tally === undefined) tallies.set(c, (tally = TALLY.test(c.statement.text)));
  return tally;
};

/**
 * Whom a count counts, when its words say: civilians or fighters ("9,000 fighters" and "five
 * civilians" killed are two counts that may both hold).
 */
const CIVILIANS = /(?<![\p{L}])(?:civilian|мирн|цивільн|грамадзянск|цывільн|cywil|цивилн)/iu;
const FIGHTERS = /(?<![\p{L}])(?:fighter|soldier|troop|servicem[ae]n|mercenar|militant|военн|военнослужащ|солдат|боевик|бойц|військов|бійц|вайскоўц|ваенн|байц|żołnierz|войници|военни)/iu;
function groupOf(q: Quantity): 'civilians' | 'fighters' | null {
  return CIVILIANS.test(q.text) ? 'civilians' : FIGHTERS.test(q.text) ? 'fighters' : null;
}
const sameGroup = (a: Quantity, b: Quantity) => groupOf(a) === null || groupOf(b) === null || groupOf(a) === groupOf(b);

/**
 * Two affirmed counts of the same thing (same unit key) for the same act of the same event
 * (same place or target, days apart at most) that cannot both hold. Different units, events
 * or weeks are never compared.
 */
export function numbersDisagree(a: Claim, b: Claim): [Quantity, Quantity] | null {
  if (a.polarity !== 'affirm' || b.polarity !== 'affirm' || a.act !== b.act) return null;
  // A tally since the war began and one day's count are two different counts.
  if (isTally(a) !== isTally(b)) return null;
  const samePlace = whereOf(a) !== null && whereOf(a) === whereOf(b);
  if (!samePlace && !sameNamedTarget(a, b)) return null;
  const days = daysBetween(dayOfClaim(a), dayOfClaim(b));
  if (days === null || Math.abs(days) > NUMBERS_WINDOW_DAYS) return null;
  // Counts of one unit disagree only when no reading of one fits a reading of the other
  // ("more than three hundred" also read as "hundred" agrees with "hundreds").
  for (const unit of new Set(a.statement.quantities.map(unitKeyOf))) {
    const mine = a.statement.quantities.filter((q) => unitKeyOf(q) === unit);
    const theirs = b.statement.quantities.filter((q) => unitKeyOf(q) === unit && mine.some((qa) => sameGroup(qa, q)));
    if (theirs.length === 0 || mine.some((qa) => theirs.some((qb) => !disjoint(qa, qb)))) continue;
    return [mine.find((qa) => sameGroup(qa, theirs[0]!)) ?? mine[0]!, theirs[0]!];
  }
  return null;
}
