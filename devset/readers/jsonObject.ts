// Reads one article kept as an object somewhere inside a JSON file (a scraper's dump, an API
// response): the first object, in document order, whose field `match.field` equals
// `match.value` (an address is the usual key: sturdier than a position when the dump is
// regenerated). The title comes from one field, the text from the others, joined as paragraphs;
// a dump that kept only headline and lead gives a short text, which is what the source holds.
import type { RawArticle } from './types';

export interface JsonObjectLocator {
  match: { field: string; value: string };
  title?: string;
  text?: string[];
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function isRecord(value: Json): value is { [key: string]: Json } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function find(node: Json, field: string, value: string): { [key: string]: Json } | undefined {
  if (isRecord(node) && node[field] === value) return node;
  const children = Array.isArray(node) ? node : isRecord(node) ? Object.values(node) : [];
  for (const child of children) {
    const found = find(child, field, value);
    if (found) return found;
  }
  return undefined;
}

const asText = (value: Json | undefined): string => (typeof value === 'string' ? value.trim() : '');

export function read(blob: Buffer, locator: unknown): RawArticle {
  const loc = locator as JsonObjectLocator;
  const root = JSON.parse(blob.toString('utf8').replace(/^\uFEFF/, '')) as Json;
  const record = find(root, loc.match.field, loc.match.value);
  if (!record) throw new Error(`jsonObject: no object with ${loc.match.field} = ${loc.match.value}`);
  const title = asText(record[loc.title ?? 'title']);
  if (!title) throw new Error(`jsonObject: the object has no ${loc.title ?? 'title'}`);
  const text = (loc.text ?? [])
    .map((name) => asText(record[name]))
    .filter(Boolean)
    .join('\n\n');
  return { title, text };
}
