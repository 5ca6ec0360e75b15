import type { GazetteerEntry } from './types';

/**
 * The entries with a language's own spellings added (bulgarianForms.ts, polishForms.ts): each
 * table maps an entry's id to the forms it adds. An id a table names must exist, so a renamed
 * entry cannot silently lose its forms.
 */
export function withForms(entries: GazetteerEntry[], ...tables: Record<string, string[]>[]): GazetteerEntry[] {
  const known = new Set(entries.map((entry) => entry.id));
  const missing = tables.flatMap((table) => Object.keys(table)).filter((id) => !known.has(id));
  if (missing.length > 0) throw new Error(`Language forms for unknown gazetteer entries: ${missing.join(', ')}`);
  return entries.map((entry) => {
    const added = tables.flatMap((table) => table[entry.id] ?? []);
    return added.length > 0 ? { ...entry, aliases: [...entry.aliases, ...added] } : entry;
  });
}
