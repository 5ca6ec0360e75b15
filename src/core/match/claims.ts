import { gazetteerEntry } from '../analyze';
import { LOCATIVE, TARGET_MARK } from '../analyze/claimPlaces';
import { findGazetteerMentions, type Mention } from '../analyze/mentions';
import { discoveredPlaceIn } from '../analyze/placeNames';
import { addDays, dayOf } from '../calendar';
import type { Analysis, ExtractedArticle, Polarity, Statement } from '../types';
import { actorResolver, type Actor } from './actors';
import { DISMISS, DISMISS_WORDS, dismissesWords, isDismissal } from './dismissals';

/** One statement read for comparison: who says it, who does what to whom, where and when. */
export interface Claim {
  statement: Statement;
  article: ExtractedArticle;
  /** Who holds the claim: the speaker, or the article's own narration (one voice per article). */
  voice: string;
  speaker: Actor | null;
  actor: Actor | null;
  target: Actor | null;
  /** Entity id of where the act happens: the place the statement names, else its event's. */
  place: string | null;
  /**
   * Where the article as a whole is: the place below a country it names most. A statement that
   * names no place ("its soldiers are holding out") is read there by the tests that need a
   * place (a dismissal's, a count's, who holds a town), never to keep two claims apart.
   */
  articlePlace: string | null;
  act: string;
  /** Yes or no: the statement's, or `deny` for a dismissal ("a staged provocation"). */
  polarity: Polarity;
  /** Days since the epoch: the claim's time span, from the statement's date to when it was published. */
  from: number | null;
  to: number | null;
  /** The claim is about what will or may happen (an intention, a possibility, a forecast). */
  future: boolean;
  lang: string | null;
  /** Names of the settlements its article found outside the gazetteer ("Blahodatne"), by id. */
  placeNames: ReadonlyMap<string, string>;
}

const NO_NAMES: ReadonlyMap<string, string> = new Map();

/** A place's name as a reader knows it: the gazetteer's, or as the claim's article wrote it. */
export const placeNameOf = (c: Claim, id: string | null | undefined): string | undefined =>
  id ? gazetteerEntry(id)?.name ?? c.placeNames.get(id) : undefined;

const DAY_MS = 86_400_000;
const dayNumber = (day: string | null) => (day ? Math.floor(Date.parse(day) / DAY_MS) : null);
/** How far ahead a claim about the future reaches: "in the coming days", "this year". */
const FUTURE_REACH_DAYS = 90;

export const isNarration = (s: Statement) => s.speaker === null || s.attribution === 'narrative';

function span(s: Statement, published: string | null, future: boolean): [number | null, number | null] {
  const start = dayOf(s.date) ?? published;
  // A report stands from what it tells to the day it is told ("since February Russia has used ...").
  const end = [dayOf(s.dateEnd ?? s.date), published].filter((d): d is string => d !== null).sort().at(-1) ?? null;
  const reach = future && end ? addDays(end, FUTURE_REACH_DAYS) : end;
  return [dayNumber(start), dayNumber(reach)];
}

/**
 * Where a statement's act happens: the first place (below a country) the statement itself names, in any language the gazetteer knows ("в одній
 * лише Бучі", "in Bucha").
 */
export function placeNamed(text: string, publishedAt: string | null): string | null {
  const key = `${publishedAt ?? ''}\n${text}`;
  const known = placesNamed.get(key);
  if (known !== undefined) return known;
  const mention = findGazetteerMentions(text, publishedAt).find((m) => gazetteerEntry(m.entityId)?.type === 'place' && namesThePlace(text, m));
  if (placesNamed.size >= MAX_PLACES_NAMED) placesNamed.clear();
  placesNamed.set(key, mention?.entityId ?? null);
  return mention?.entityId ?? null;
}

/**
 * The place each statement names, kept across checks: the archive's reports come back as
 * candidates check after check, and reading a statement against the gazetteer again was a
 * tenth of a check's time. Bounded, then started again.
 */
const placesNamed = new Map<string, string | null>();
const MAX_PLACES_NAMED = 20_000;

/**
 * Bump on any change to what placeNamed returns (its tests of a mention, not the gazetteer,
 * which ANALYZER_VERSION covers): the archive stores each statement's place as read by this
 * version (src/archive/statementPlaces.ts) and reads it back instead of scanning again.
 */
export const PLACE_NAMED_VERSION = 1;

/** What placeNamed returned for this text and day when the statement was stored, given back to it. */
export function knowPlaceNamed(text: string, publishedAt: string | null, place: string | null): void {
  if (placesNamed.size >= MAX_PLACES_NAMED) placesNamed.clear();
  placesNamed.set(`${publishedAt ?? ''}\n${text}`, place);
}

/** Capitals that stand for their governments in news: "Moscow says", "Kyiv's forces", "Минск отверг". */
const SEATS_OF_GOVERNMENT = new Set(['moscow', 'kyiv', 'minsk', 'washington', 'london', 'brussels', 'warsaw', 'vilnius', 'berlin', 'paris', 'beijing'].map((id) => `place:${id}`));

/**
 * A place named as where something is, not as who acts: a possessive ("Moscow's forces were in
 * control of the roads to Bakhmut") names an owner, and a capital outside a phrase of place or
 * aim ("if Moscow concludes", "Kyiv says its soldiers hold out") names its government. A capital
 * after "in", "near", "on", "в", "у", "по" is the city ("strikes on Kyiv", "в Минске").
 */
function namesThePlace(text: string, mention: Mention): boolean {
  if (/^['’]s?(?![\p{L}])/u.test(text.slice(mention.end, mention.end + 3))) return false;
  if (!SEATS_OF_GOVERNMENT.has(mention.entityId)) return true;
  const before = text.slice(Math.max(0, mention.start - 14), mention.start);
  return LOCATIVE.test(before) || TARGET_MARK.test(before);
}

/**
 * The place below a country the article is about: named most often, and in at least a third
 * of its mentions of such places. A speech that tours the country (Bucha, Kramatorsk, Mariupol,
 * the Kakhovka reservoir) is about none of them, and lends none to a claim that names no place.
 */
function mainPlace(analysis: Analysis): string | null {
  const places = analysis.entities.filter((e) => e.type === 'place' && !e.id.startsWith('country:'));
  places.sort((x, y) => y.mentions - x.mentions);
  const total = places.reduce((sum, e) => sum + e.mentions, 0);
  const top = places[0];
  return top && top.mentions * 3 >= total ? top.id : null;
}

/** Where a claim happens: the place its statement or event names, else the article's. */
export const whereOf = (c: Claim) => c.place ?? c.articlePlace;

/** Both claims name what their act is aimed at, and it is the same. */
export const sameNamedTarget = (a: Claim, b: Claim) => a.target !== null && b.target !== null && a.target.key === b.target.key;

/**
 * Claims of the statements that carry a predicate; the rest say nothing comparable. A speaker's
 * statement that calls something staged or a fake is also a dismissal, whatever else it says:
 * "the lying provocation in Bucha is aimed at disrupting the talks" dismisses the Bucha reports.
 */
export function claimsOf(article: ExtractedArticle, analysis: Analysis): Claim[] {
  const resolve = actorResolver(analysis);
  const published = dayOf(article.publishedAt);
  const placeOf = new Map<string, string>();
  for (const event of analysis.events) {
    if (event.place) for (const id of event.statementIds) placeOf.set(id, event.place);
  }
  const articlePlace = mainPlace(analysis);
  const discovered = analysis.entities.filter((e) => e.id.startsWith('place:~'));
  const placeNames = discovered.length ? new Map(discovered.map((e) => [e.id, e.name])) : NO_NAMES;
  const villageNamed = (text: string) => (placeNames.size ? discoveredPlaceIn(text, placeNames) : null);
  const dismisses = (s: Statement) => !isNarration(s) && isDismissal(s.text);
  return analysis.statements.flatMap((s) => {
    const acts: Array<[string, Polarity]> = [];
    const dismissal = dismisses(s);
    // "Reports of shelling are fakes" affirms no shelling: a dismissal's own act is what it dismisses.
    if (s.predicate && !(dismissal && s.polarity === 'affirm')) acts.push([s.predicate, s.polarity]);
    if (dismissal) acts.push([DISMISS, 'deny']);
    const speaker = isNarration(s) ? null : resolve(s.speaker);
    const actor = resolve(s.subject);
    // "Grossi's comments were unfounded": a person's words called false, by someone else.
    if (actor?.key.startsWith('person:') && actor.key !== speaker?.key && dismissesWords(s)) acts.push([DISMISS_WORDS, 'deny']);
    if (acts.length === 0) return [];
    const future = s.modality === 'intention' || s.modality === 'possibility' || s.modality === 'prediction';
    const [from, to] = span(s, published, future);
    // The statement's own words say where better than the event it was merged into.
    const place = placeNamed(s.text, article.publishedAt) ?? villageNamed(s.text) ?? placeOf.get(s.id) ?? null;
    return acts.map(([act, polarity]) => ({
      statement: s,
      article,
      voice: speaker ? speaker.key : `narration:${article.url}`,
      speaker,
      actor,
      target: resolve(s.target),
      place,
      articlePlace,
      act,
      polarity,
      from,
      to,
      future,
      lang: article.lang,
      placeNames,
    }));
  });
}

/** Days between two claims' spans, 0 when they overlap, null when either is undated. */
export function daysBetweenClaims(a: Claim, b: Claim): number | null {
  if (a.from === null || a.to === null || b.from === null || b.to === null) return null;
  if (a.to < b.from) return b.from - a.to;
  if (b.to < a.from) return a.from - b.to;
  return 0;
}
