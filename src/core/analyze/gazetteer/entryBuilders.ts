import type { GazetteerEntry, Office } from './types';

type PersonSpec = Omit<GazetteerEntry, 'type' | 'role'> & { role?: string };

/** A person; the role shown is the latest office unless one is given. */
export function person(spec: PersonSpec): GazetteerEntry {
  const latest = spec.offices?.[spec.offices.length - 1]?.role;
  return { gender: 'male', ...spec, role: spec.role ?? latest, type: 'person' };
}

export function office(role: string, from?: string, to?: string, titles?: string[]): Office {
  return { role, ...(from ? { from } : {}), ...(to ? { to } : {}), ...(titles ? { titles } : {}) };
}

type Extra = Partial<Pick<GazetteerEntry, 'shortNames' | 'contextual' | 'anyCase' | 'role'>>;

/** A country; `code` is its ISO 3166 code, also its id. */
export function country(code: string, name: string, aliases: string[], extra: Extra = {}): GazetteerEntry {
  return { id: `country:${code}`, name, type: 'country', country: code, aliases, ...extra };
}

/** A place inside `partOf` (an id); its country is the one at the end of that chain. */
export function place(id: string, name: string, partOf: string | null, countryCode: string | null, aliases: string[], extra: Extra = {}): GazetteerEntry {
  return {
    id: `place:${id}`, name, type: 'place', aliases, ...extra,
    ...(partOf ? { partOf } : {}), ...(countryCode ? { country: countryCode } : {}),
  };
}

export function org(id: string, name: string, countryCode: string | null, aliases: string[], extra: Extra = {}): GazetteerEntry {
  return { id: `org:${id}`, name, type: 'organization', aliases, ...(countryCode ? { country: countryCode } : {}), ...extra };
}

/** Role of wire services and broadcasters: credited in most copy, so they say little about a story. */
export const NEWS_AGENCY = 'news agency';

export function agency(id: string, name: string, aliases: string[], extra: Extra = {}): GazetteerEntry {
  return { ...org(id, name, null, aliases, extra), role: NEWS_AGENCY };
}

/** Armed formations; matched in any case ("the regional grouping of forces"). */
export function unit(id: string, name: string, countryCode: string | null, aliases: string[], extra: Extra = {}): GazetteerEntry {
  return { id: `unit:${id}`, name, type: 'unit', aliases, anyCase: true, ...(countryCode ? { country: countryCode } : {}), ...extra };
}
