import { GAZETTEER, type GazetteerEntry } from '../core/analyze/gazetteer';
import { countryIdOf, enclosingEntries } from '../core/analyze/gazetteer';
import { surnameKey } from '../core/analyze/transliterate';

// Words that say what kind of place a name is, not which: "Donetsk Oblast", "Soledar town",
// "Kyiv City", "Київськ* област*". Dropped before names are compared.
const GENERIC = /^(?:oblast|oblasti|region|raion|rayon|district|province|krai|kray|city|town|village|settlement|municipality|hromada|urban|type|area|republic|voblast|област|облас|обл|вобласц|район|раён|край|місто|город|горад|село|селище|посёлок)$/i;

const townKeys = new Map<string, string[]>();
const regionKeys = new Map<string, string[]>();

/**
 * A name's matching key in any script: each word to the transliteration skeleton the analyzer
 * uses for names (so "Donets'k", "Donetsk", "Донецк" and "Донецьк" meet), kind words dropped.
 */
export function placeKey(name: string): string {
  return name
    .replace(/\*/g, '')
    .split(/[\s,()/–-]+/)
    .filter((word) => word !== '' && !GENERIC.test(word) && !/^(?:people'?s|народн\S*)$/i.test(word))
    .map((word) => surnameKey(word))
    .filter((key) => key.length > 0)
    .join(' ');
}

function add(map: Map<string, string[]>, key: string, id: string) {
  if (key.length < 3) return;
  const ids = map.get(key);
  if (!ids) map.set(key, [id]);
  else if (!ids.includes(id)) ids.push(id);
}

function build() {
  if (townKeys.size > 0) return;
  for (const entry of GAZETTEER) {
    if (entry.type !== 'place') continue;
    const map = entry.id.endsWith('-region') ? regionKeys : townKeys;
    for (const alias of [entry.name, ...entry.aliases]) add(map, placeKey(alias), entry.id);
  }
}

function pick(ids: string[] | undefined, within: string | null, country: string | null): string | null {
  if (!ids || ids.length === 0) return null;
  const inside = within ? ids.find((id) => enclosingEntries(id).some((e) => e.id === within)) : undefined;
  const inCountry = country ? ids.find((id) => countryIdOf(id) === `country:${country}`) : undefined;
  return inside ?? inCountry ?? (ids.length === 1 ? ids[0]! : null);
}

/** The gazetteer place an admin-1 name means: the oblast for "Donetsk", the city for "Kyiv City". */
export function regionPlaceId(name: string | null, country: string | null): string | null {
  if (!name) return null;
  build();
  const key = placeKey(name);
  const city = /\bcity\b/i.test(name) ? pick(townKeys.get(key), null, country) : null;
  return city ?? pick(regionKeys.get(key), null, country) ?? pick(townKeys.get(key), null, country);
}

/** The gazetteer place a location name means, preferring one inside `withinId` or `country`. */
export function townPlaceId(name: string | null, withinId: string | null, country: string | null): string | null {
  if (!name) return null;
  build();
  return pick(townKeys.get(placeKey(name)), withinId, country);
}

/** The non-country areas enclosing a place, nearest first: Soledar -> Donetsk Region, Donbas. */
export function enclosingAreaIds(id: string): string[] {
  return enclosingEntries(id).filter((e: GazetteerEntry) => e.type !== 'country').map((e) => e.id);
}
