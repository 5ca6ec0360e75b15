// Places for the datasets bench: the gazetteer's towns in Ukraine, Russia and Belarus that lie
// in a region, named as the datasets name them (English name; region without "Region").
import { GAZETTEER, gazetteerEntry } from '../src/core/analyze/gazetteer';

export interface SyntheticPlace {
  id: string;
  name: string;
  admin1: string;
  country: 'UA' | 'RU' | 'BY';
  countryName: string;
}

const COUNTRY_NAMES = { UA: 'Ukraine', RU: 'Russia', BY: 'Belarus' } as const;

export function syntheticPlaces(): SyntheticPlace[] {
  const out: SyntheticPlace[] = [];
  for (const entry of GAZETTEER) {
    if (entry.type !== 'place' || !entry.partOf?.endsWith('-region')) continue;
    const country = entry.country as keyof typeof COUNTRY_NAMES;
    if (!(country in COUNTRY_NAMES)) continue;
    const region = gazetteerEntry(entry.partOf)?.name.replace(/ Region$/, '') ?? '';
    out.push({ id: entry.id, name: entry.name, admin1: region, country, countryName: COUNTRY_NAMES[country] });
  }
  return out;
}
