import { namesNearbySettlement } from '../analyze/claimPlaces';
import { findGazetteerMentions } from '../analyze/mentions';
import { daysBetween } from '../calendar';
import { samePlace } from './actors';
import { daysBetweenClaims, whereOf, type Claim } from './claims';

/** Acts by which a side says a place is now its own. */
const TAKEN = new Set(['capture', 'occupy', 'control']);
/** A town is taken or held within days: weeks apart, the front has moved and both may be true. */
const CLASH_WINDOW_DAYS = 10;

const certain = (c: Claim) => !c.future && c.statement.modality !== 'possibility';
const belowCountry = (id: string | null | undefined) => (id && !id.startsWith('country:') ? id : null);
/**
 * The place a claim of control is about: the town taken, else where the statement is, else
 * where its article is ("Ukrainian defences" names a country, the article the town).
 */
const placeHeld = (c: Claim) => (c.target?.key.startsWith('place:') ? c.target.key : belowCountry(whereOf(c)) ?? belowCountry(c.articlePlace));

/** What a claim says of who holds a town: a side holds it, has left it, or is still fighting the other off in it. */
interface Stance {
  side: string;
  holds: boolean;
  place: string;
  how: 'taken' | 'held' | 'left' | 'contested';
  /** The place is the act's own object ("took Soledar"), not where its statement or article is. */
  named: boolean;
  /** The statement names the place itself (as object or as where), not only its article. */
  own: boolean;
}

/** Read once per claim: a claim is compared with every claim of the other side. */
function perClaim<T>(read: (c: Claim) => T): (c: Claim) => T {
  const kept = new WeakMap<Claim, T>();
  return (c) => {
    if (kept.has(c)) return kept.get(c) as T;
    const value = read(c);
    kept.set(c, value);
    return value;
  };
}

const stanceOf = perClaim((c) => readStance(c));

function readStance(c: Claim): Stance | null {
  if (!c.speaker || !c.actor?.side.startsWith('country:') || c.polarity !== 'affirm' || !certain(c)) return null;
  const place = placeHeld(c);
  if (!place) return null;
  const named = c.target?.key === place;
  const own = named || c.place === place;
  if (TAKEN.has(c.act)) {
    // "captured a village on the outskirts of Bakhmut" takes the village, not Bakhmut.
    if (!named && namesNearbySettlement(c.statement.text)) return null;
    return { side: c.actor.side, holds: true, place, how: 'taken', named, own };
  }
  if (c.act === 'hold') return { side: c.actor.side, holds: true, place, how: 'held', named, own };
  if (c.act === 'withdraw') return { side: c.actor.side, holds: false, place, how: 'left', named, own };
  // The defenders say the other side is still attacking there ("heavy fighting continues,
  // Wagner has had no success"): the town is still theirs by their account.
  const speakerSide = c.speaker.side;
  if (c.act === 'attack' && speakerSide.startsWith('country:') && speakerSide !== c.actor.side) return { side: speakerSide, holds: true, place, how: 'contested', named, own };
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
  if (!x || !y || !samePlace(x.place, y.place)) return false;
  // Fighting in a region goes on while a village in it is taken: fighting answers only for the
  // town itself, and only a claim that names that town as taken.
  if (x.how === 'contested' || y.how === 'contested') {
    const other = x.how === 'contested' ? y : x;
    if (x.place !== y.place || !other.named) return false;
  }
  const days = daysBetweenClaims(a, b);
  if (days === null || days > CLASH_WINDOW_DAYS) return false;
  if (x.holds && y.holds) {
    if (x.how !== 'taken' && y.how !== 'taken') return false;
    return x.side !== y.side && a.speaker!.side === x.side && b.speaker!.side === y.side;
  }
  // One side has left, by the other's account, a town it says it holds. A retreat that names
  // no place ("retreated to a distance of up to 3 km") does not say it left the article's town.
  const left = x.holds ? y : x;
  return x.holds !== y.holds && left.own && x.side === y.side && a.speaker!.side !== b.speaker!.side;
}

/** A side's word on a town changes within weeks: held, then left. Days apart, both may be one retreat told twice. */
const CHANGE_MIN_DAYS = 3;
const CHANGE_MAX_DAYS = 45;

interface OwnStance { side: string; holds: boolean; places: string[] }

/**
 * The towns a withdrawal names, each below a country: its object, where it is, and any other
 * named in it ("from the right bank of the Dnipro, including Kherson"). Scanned here, for a side's
 * own withdrawals only: claims.ts's placeNamed cache holds a statement's first place alone (the
 * archive seeds it with that).
 */
function placesLeft(c: Claim): string[] {
  const named = findGazetteerMentions(c.statement.text, c.article.publishedAt).map((m) => m.entityId).filter((id) => id.startsWith('place:'));
  return [...new Set([c.target?.key, c.place, ...named].filter((id): id is string => !!belowCountry(id)))];
}

/**
 * What a side says of its own hold on a town: it holds it (or took it), the enemy fails to take
 * it ("the Russians are not succeeding in their push to capture the town"), it will never leave
 * it ("Россия никогда не уйдёт из Херсона"), or it has left it. Only the side's own voice counts,
 * and a town left must be named by the statement itself.
 */
const ownStance = perClaim((c) => readOwnStance(c));

function readOwnStance(c: Claim): OwnStance | null {
  const side = c.speaker?.side;
  if (!side?.startsWith('country:') || !c.actor?.side.startsWith('country:') || c.statement.modality === 'possibility') return null;
  const own = c.actor.side === side;
  // A pledge is about the future by nature; every other stance is about what is so.
  if (c.polarity === 'deny' && own && c.act === 'withdraw') {
    const place = belowCountry(c.target?.key) ?? belowCountry(c.place);
    return place ? { side, holds: true, places: [place] } : null;
  }
  if (c.future) return null;
  if (c.polarity === 'affirm' && own && c.act === 'withdraw') {
    const places = placesLeft(c);
    return places.length ? { side, holds: false, places } : null;
  }
  const place = placeHeld(c);
  if (!place) return null;
  if (c.polarity === 'affirm' && own && (c.act === 'hold' || TAKEN.has(c.act))) return { side, holds: true, places: [place] };
  if (c.polarity === 'deny' && !own && TAKEN.has(c.act)) return { side, holds: true, places: [place] };
  return null;
}

/** The town a side said it held (or would never leave), for the explanation. */
export const townHeld = (c: Claim): string | null => (ownStance(c)?.holds ? ownStance(c)!.places[0]! : null);

/**
 * One side's changed word on one town: it said it held the town (or that the enemy was failing
 * to take it, or that it would never leave it), and days or weeks later that it had left it:
 * "Kyiv is adamant the Russians are not succeeding" in January, "Ukrainian forces acknowledged
 * stepping back from Soledar" a fortnight on.
 */
export function controlChanged(a: Claim, b: Claim): boolean {
  if (a.act !== 'withdraw' && b.act !== 'withdraw') return false;
  const [x, y] = [ownStance(a), ownStance(b)];
  if (!x || !y || x.holds === y.holds || x.side !== y.side) return false;
  const [held, left] = x.holds ? [x, y] : [y, x];
  if (!left.places.some((place) => samePlace(held.places[0]!, place))) return false;
  // Ordered by when each was published: a pledge's reach runs ahead of the day it was made.
  const [heldClaim, leftClaim] = x.holds ? [a, b] : [b, a];
  const days = daysBetween(heldClaim.article.publishedAt, leftClaim.article.publishedAt);
  return days !== null && days >= CHANGE_MIN_DAYS && days <= CHANGE_MAX_DAYS;
}
