import { enclosingEntries } from '../analyze/gazetteer';
import { samePlace } from './actors';
import { daysBetweenClaims, whereOf, type Claim } from './claims';

/** Acts by which a side says a place is now its own. */
const TAKEN = new Set(['capture', 'occupy', 'control']);
/** A town is taken or held within days: weeks apart, the front has moved and both may be true. */
const CLASH_WINDOW_DAYS = 10;

const enclosing = (id: string) => enclosingEntries(id).map((entry) => entry.id);
const certain = (c: Claim) => c.polarity === 'affirm' && !c.future && c.statement.modality !== 'possibility';
const ownsOrHolds = (c: Claim) => TAKEN.has(c.act) || c.act === 'hold';
/** The place a claim of control is about: the town taken, else where the statement or its article is. */
const placeHeld = (c: Claim) => (c.target?.key.startsWith('place:') ? c.target.key : whereOf(c));

/**
 * Two sides each say a place is theirs on the same days: one has taken it, the other holds it
 * or beat the assault back ("Wagner took control of Soledar" against "Kyiv says its soldiers
 * are holding out"), or both say they control it. Both cannot be true. Each must be said by
 * the side it is about and name who acts, the two must be different countries' sides, and the place must be the same (or one
 * within the other), named by the statement or, failing that, by its article. Two defenders
 * (both "hold") are not a clash: at least one side must claim to have taken it.
 */
export function controlClash(a: Claim, b: Claim): boolean {
  if (!ownsOrHolds(a) || !ownsOrHolds(b) || (a.act === 'hold' && b.act === 'hold')) return false;
  // Claims, not narration: "forces battling for control of a town" claims nothing.
  if (!a.speaker || !b.speaker || !certain(a) || !certain(b) || a.voice === b.voice) return false;
  if (!a.actor || !b.actor || a.actor.side === b.actor.side) return false;
  if (!a.actor.side.startsWith('country:') || !b.actor.side.startsWith('country:')) return false;
  // Each side speaks for itself ("the ministry says Russian forces took it", "Kyiv says its
  // soldiers hold out"); a third party's "the capture of Soledar would change nothing" claims neither.
  if (a.speaker.side !== a.actor.side || b.speaker.side !== b.actor.side) return false;
  const [x, y] = [placeHeld(a), placeHeld(b)];
  if (!x || !y || x.startsWith('country:') || y.startsWith('country:')) return false;
  if (!samePlace(x, y, enclosing)) return false;
  const days = daysBetweenClaims(a, b);
  return days !== null && days <= CLASH_WINDOW_DAYS;
}
