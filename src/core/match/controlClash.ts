import { enclosingEntries } from '../analyze/gazetteer';
import { samePlace } from './actors';
import { daysBetweenClaims, whereOf, type Claim } from './claims';

/** Acts by which a side says a place is now its own. */
const TAKEN = new Set(['capture', 'occupy', 'control']);
/** A town is taken or held within days: weeks apart, the front has moved and both may be true. */
const CLASH_WINDOW_DAYS = 10;

const enclosing = (id: string) => enclosingEntries(id).map((entry) => entry.id);
const certain = (c: Claim) => !c.future && c.statement.modality !== 'possibility';
/** The place a claim of control is about: the town taken, else where the statement or its article is. */
const placeHeld = (c: Claim) => (c.target?.key.startsWith('place:') ? c.target.key : whereOf(c));

/** What a claim says of who holds a town: a side holds it, or has left it. */
interface Stance { side: string; holds: boolean; place: string; how: 'taken' | 'held' | 'left' }

function stanceOf(c: Claim): Stance | null {
  if (!c.speaker || !c.actor?.side.startsWith('country:') || c.polarity !== 'affirm' || !certain(c)) return null;
  const place = placeHeld(c);
  if (!place || place.startsWith('country:')) return null;
  if (TAKEN.has(c.act)) return { side: c.actor.side, holds: true, place, how: 'taken' };
  if (c.act === 'hold') return { side: c.actor.side, holds: true, place, how: 'held' };
  if (c.act === 'withdraw') return { side: c.actor.side, holds: false, place, how: 'left' };
  return null;
}

/**
 * Two sides' accounts of one town on the same days that cannot both be true: each says it is
 * theirs ("Wagner took control of Soledar" against "Kyiv says its soldiers are holding out"),
 * or one says the other side has left it while that side says it holds it ("Ukrainian troops
 * fled the town" against "our forces hold the town"). Claims, not narration: each is said by
 * someone and names who acts; where both say they hold it, each speaks for its own side (a
 * third party's "the capture of Soledar would change nothing" claims neither). The place must
 * be the same (or one within the other), named by the statement or, failing that, by its article.
 */
export function controlClash(a: Claim, b: Claim): boolean {
  if (a.voice === b.voice) return false;
  const [x, y] = [stanceOf(a), stanceOf(b)];
  if (!x || !y || !samePlace(x.place, y.place, enclosing)) return false;
  const days = daysBetweenClaims(a, b);
  if (days === null || days > CLASH_WINDOW_DAYS) return false;
  if (x.holds && y.holds) {
    if (x.how === 'held' && y.how === 'held') return false;
    return x.side !== y.side && a.speaker!.side === x.side && b.speaker!.side === y.side;
  }
  // One side has left, by the other's account, a town it says it holds.
  return x.holds !== y.holds && x.side === y.side && a.speaker!.side !== b.speaker!.side;
}
