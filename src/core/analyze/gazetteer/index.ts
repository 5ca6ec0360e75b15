import { COUNTRIES } from './countries';
import { ORGANIZATIONS } from './organizations';
import { PEOPLE } from './people';
import { PLACES } from './places';
import type { GazetteerEntry } from './types';

export type { GazetteerEntry } from './types';
export { NEWS_AGENCY } from './organizations';

export const GAZETTEER: GazetteerEntry[] = [...PEOPLE, ...COUNTRIES, ...PLACES, ...ORGANIZATIONS];

const BY_ID = new Map(GAZETTEER.map((entry) => [entry.id, entry]));

export function gazetteerEntry(id: string): GazetteerEntry | undefined {
  return BY_ID.get(id);
}
