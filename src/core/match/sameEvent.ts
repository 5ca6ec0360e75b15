import { dayOf } from '../calendar';
import { EVENT_TYPES } from '../analyze/eventTypes';
import type { Analysis, ArticleEvent, ExtractedArticle, Statement } from '../types';
import { samePlace } from './actors';
import { personKey } from './personKey';
import { SPECIFIC_EVENT_TYPES } from './eventLabels';
import { daysApart } from './timeProximity';

/** `leadEvents`: given when the candidate is ranked from its stored digest, without its statements. */
type Side = { article: ExtractedArticle; analysis: Analysis; leadEvents?: ArticleEvent[] };

/** Reports of one event are written within days of it; a week later it is a follow-up. */
export const SAME_EVENT_MAX_DAYS = 3;
/**
 * And within days of each other: a report a year on that recounts the day of the invasion is
 * a retrospective, not a report of that day, whatever date it names.
 */
const SAME_EVENT_MAX_PUBLISHED_DAYS = 7;

// Kinds that reporting names either way: a missile strike is reported as an attack too.
const KIND: Record<string, string> = { strike: 'attack', attack: 'attack', infrastructure_strike: 'attack' };
const kindOf = (type: string) => KIND[type] ?? type;

/** The day an event happened: its own date, else the day the article appeared. */
const dayOfEvent = (event: ArticleEvent, article: ExtractedArticle) => dayOf(event.date) ?? dayOf(article.publishedAt);

/** Actors that pin an event down: people, bodies and units, not the countries of every report. */
const specificActors = (event: ArticleEvent) => event.actors.filter((id) => !id.startsWith('country:'));

/** Why two events are one: the shared place, else the shared actors; null when they are not. */
function agreement(a: ArticleEvent, b: ArticleEvent): string[] | null {
  // Who was arrested is the event: arrests are reported every day in a city under a crackdown,
  // and one leader's abduction is not the arrests at a march the day before. Two reports of
  // arrests are one event only when both name a person they share.
  if (a.type === 'arrest' && b.type === 'arrest') {
    // Keyed loosely: Колесникову, discovered as "kolesnikov", is Maria Kalesnikava.
    const people = (e: ArticleEvent) => e.actors.filter((id) => id.startsWith('person:')).map(personKey);
    const shared = people(a).filter((id) => people(b).includes(id));
    return shared.length > 0 ? shared : null;
  }
  if (a.place && b.place && !(a.place.startsWith('country:') && b.place.startsWith('country:'))) {
    if (samePlace(a.place, b.place)) return [a.place];
    // Two named places that differ are two events, whoever acts.
    return null;
  }
  const shared = specificActors(a).filter((id) => specificActors(b).includes(id));
  if (shared.length > 0) return shared;
  // Countries alone pin down only a specific kind of event between the same two or more of
  // them ("Russia and Belarus sign ..."); "Russia attacks Ukraine" is every day of the war.
  const countries = (e: ArticleEvent) => e.actors.filter((id) => id.startsWith('country:')).sort();
  const same = countries(a).join() === countries(b).join();
  return SPECIFIC_EVENT_TYPES.has(a.type) && countries(a).length >= 2 && same ? countries(a) : null;
}

/** How many of an article's first claims make its lead: what the report is mainly about. */
const LEAD_STATEMENTS = 3;

/**
 * The events a report leads with: those told by one of its first claims. An interview that
 * mentions an abduction in passing is not a report of the abduction; its lead is the interview.
 */
export function leadEvents(analysis: Analysis): ArticleEvent[] {
  const leads = analysis.statements.filter((s) => s.predicate).slice(0, LEAD_STATEMENTS);
  const lead = new Set(leads.map((s) => s.id));
  const events = analysis.events.filter((event) => event.statementIds.some((id) => lead.has(id)));
  const disputed = leads.flatMap((s) => disputedEvent(s, analysis) ?? []);
  return events.length + disputed.length > 0 ? [...events, ...disputed] : analysis.events.slice(0, 1);
}

/** Incidents at a named town whose denial still tells of them: a capture, a strike. */
const DISPUTABLE = new Set(['occupy', 'strike', 'strike_infrastructure']);

/**
 * "Kyiv denies that Russian forces have taken Soledar" reports the fall of Soledar as much as
 * Moscow's claim of it does: a lead that denies a capture or a strike of a named town is about
 * that event, though it makes no event of the article's own.
 */
function disputedEvent(statement: Statement, analysis: Analysis): ArticleEvent | null {
  if (statement.polarity !== 'deny' || !statement.predicate || !DISPUTABLE.has(statement.predicate) || !statement.target) return null;
  const place = analysis.entities.find((e) => e.type === 'place' && e.name === statement.target);
  const kind = EVENT_TYPES[statement.predicate];
  if (!place || !kind) return null;
  return { id: `disputed-${statement.id}`, type: kind.type, cameo: kind.cameo, actors: [], place: place.id, date: statement.date, statementIds: [statement.id] };
}

/**
 * Where a report's events happen when they name no place themselves: the place the article
 * names most (twice at least), below the level of a country.
 */
function mainPlace(analysis: Analysis): string | null {
  const places = analysis.entities.filter((e) => e.type === 'place' && e.mentions >= 2).sort((a, b) => b.mentions - a.mentions);
  return places[0]?.id ?? null;
}

/**
 * Tolls are told in every report of a war or a crackdown: a toll placed only by the article's
 * main place (Minsk, Bucha) is any day's toll there, so it keeps no borrowed place.
 */
const PLACED_ONLY_BY_THEMSELVES = new Set(['casualties']);

const withPlace = (event: ArticleEvent, place: string | null): ArticleEvent =>
  (event.place && !event.place.startsWith('country:')) || PLACED_ONLY_BY_THEMSELVES.has(event.type)
    ? event
    : { ...event, place: place ?? event.place };

/**
 * The event the two reports share: the same kind of event, within days, at the same place or
 * with the same actors. Null when they share none: a strike on Kramatorsk and one on Kyiv the
 * same day are two events, and so are two visits to Minsk a month apart.
 */
export function sharedEvent(query: Side, candidate: Side): { type: string; ids: string[] } | null {
  const published = daysApart(query.article.publishedAt, candidate.article.publishedAt);
  if (published !== null && published > SAME_EVENT_MAX_PUBLISHED_DAYS) return null;
  const queryPlace = mainPlace(query.analysis);
  const candidatePlace = mainPlace(candidate.analysis);
  const leadOf = (side: Side) => side.leadEvents ?? leadEvents(side.analysis);
  for (const a of leadOf(query).map((e) => withPlace(e, queryPlace))) {
    for (const b of leadOf(candidate).map((e) => withPlace(e, candidatePlace))) {
      if (kindOf(a.type) !== kindOf(b.type)) continue;
      const days = daysApart(dayOfEvent(a, query.article), dayOfEvent(b, candidate.article));
      if (days === null || days > SAME_EVENT_MAX_DAYS) continue;
      const ids = agreement(a, b);
      if (ids) return { type: a.type, ids };
    }
  }
  return null;
}
