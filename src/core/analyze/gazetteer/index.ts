import { BULGARIAN_FORMS } from './bulgarianForms';
import { COUNTRIES } from './countries';
import { withForms } from './languageForms';
import { ORGANIZATIONS } from './organizations';
import { ORGANIZATIONS_INTERNATIONAL } from './organizationsInternational';
import { ORGANIZATIONS_WAR } from './organizationsWar';
import { PEOPLE_BELARUS } from './peopleBelarus';
import { PEOPLE_EUROPE } from './peopleEurope';
import { PEOPLE_RUSSIA } from './peopleRussia';
import { PEOPLE_UKRAINE } from './peopleUkraine';
import { PEOPLE_UKRAINE_MILITARY } from './peopleUkraineMilitary';
import { PEOPLE_UNITED_STATES } from './peopleUnitedStates';
import { PEOPLE_WAR_2014 } from './peopleWar2014';
import { PEOPLE_WORLD } from './peopleWorld';
import { PLACES_BELARUS } from './placesBelarus';
import { PLACES_ELSEWHERE } from './placesElsewhere';
import { PLACES_FRONT } from './placesFront';
import { PLACES_UKRAINE } from './placesUkraine';
import { POLISH_FORMS } from './polishForms';
import type { GazetteerEntry } from './types';
import { UNITS } from './units';

export type { ContextualAlias, GazetteerEntry, Office } from './types';
export { NEWS_AGENCY } from './entryBuilders';
export { SHARED_ALIASES } from './sharedAliases';

export const GAZETTEER: GazetteerEntry[] = withForms([
  ...PEOPLE_RUSSIA, ...PEOPLE_BELARUS, ...PEOPLE_UKRAINE, ...PEOPLE_UKRAINE_MILITARY, ...PEOPLE_WAR_2014, ...PEOPLE_UNITED_STATES, ...PEOPLE_EUROPE, ...PEOPLE_WORLD,
  ...COUNTRIES, ...PLACES_BELARUS, ...PLACES_UKRAINE, ...PLACES_FRONT, ...PLACES_ELSEWHERE, ...ORGANIZATIONS, ...ORGANIZATIONS_INTERNATIONAL, ...ORGANIZATIONS_WAR, ...UNITS,
], BULGARIAN_FORMS, POLISH_FORMS);

const BY_ID = new Map(GAZETTEER.map((entry) => [entry.id, entry]));

export function gazetteerEntry(id: string): GazetteerEntry | undefined {
  return BY_ID.get(id);
}

/** The entries that enclose `id`, nearest first: Soledar -> Donetsk Region -> Donbas -> Ukraine. */
export function enclosingEntries(id: string): GazetteerEntry[] {
  const chain: GazetteerEntry[] = [];
  let next = BY_ID.get(id)?.partOf;
  while (next && !chain.some((entry) => entry.id === next)) {
    const entry = BY_ID.get(next);
    if (!entry) break;
    chain.push(entry);
    next = entry.partOf;
  }
  return chain;
}

/** Offices of international bodies: who holds one speaks for the body, not for a country. */
const INTERNATIONAL_OFFICE = /(?:United Nations|(?<![\p{L}])UN(?![\p{L}])|IAEA|International|OSCE|NATO|Red Cross|European Commission|European Council|Council of Europe)/u;
const ENVOY = /(?:Representative|Ambassador|Envoy)/u;

/**
 * A person who has held only offices of international bodies (the IAEA's head, the UN's
 * secretary-general): they speak for the body, not for Argentina or Portugal. A country's envoy
 * to the UN, or a prime minister who later led NATO, also held a country's office.
 */
export function holdsOnlyInternationalOffice(id: string): boolean {
  const entry = BY_ID.get(id);
  const offices = entry?.type === 'person' ? entry.offices ?? [] : [];
  return offices.length > 0 && offices.every((o) => INTERNATIONAL_OFFICE.test(o.role) && !ENVOY.test(o.role));
}

/** The country an entry belongs to, as an id ("country:BY"), or null. */
export function countryIdOf(id: string): string | null {
  const entry = BY_ID.get(id);
  if (!entry) return null;
  if (entry.type === 'country') return entry.id;
  const enclosing = enclosingEntries(id).find((e) => e.type === 'country');
  if (enclosing) return enclosing.id;
  return entry.country && BY_ID.has(`country:${entry.country}`) ? `country:${entry.country}` : null;
}
