import { gazetteerEntry } from './gazetteer';
import { isTitleCaseLine } from './headlineCase';
import type { Mention } from './mentions';

// The word that makes a capitalised phrase an institution: "Belarusian Investigative Committee",
// "Centre for Eastern Studies".
const HEADS = [
  'Institute', 'Centre', 'Center', 'Council', 'Committee', 'Agency', 'Foundation', 'Fund', 'Ministry', 'Service', 'Office',
  'Bureau', 'Commission', 'Academy', 'Party', 'Movement', 'Association', 'Organization', 'Organisation', 'Department',
  'Directorate', 'Court', 'University', 'League', 'Federation', 'Endowment', 'Corporation', 'Forum', 'Union', 'Group',
  'Team', 'Mission', 'Tribunal', 'Parliament', 'Assembly', 'Authority', 'Command', 'Network', 'Project', 'Watch',
];

// Words that say what kind of body it is but not which one: "the Defence Ministry" could be any country's.
const GENERIC = new Set([
  ...HEADS, 'The', 'A', 'An', 'Defence', 'Defense', 'Foreign', 'Interior', 'Internal', 'Affairs', 'Health', 'Justice', 'Finance',
  'Security', 'National', 'State', 'General', 'Federal', 'Joint', 'Main', 'Central', 'Supreme', 'Military', 'Press', 'Public',
  'Presidential', 'Emergency', 'Intelligence', 'International', 'European', 'Regional', 'of', 'for', 'on', 'the', 'and',
]);

// Capitalised words that open a sentence or a clause, not a name.
const LEADING = new Set(['The', 'A', 'An', 'In', 'On', 'At', 'But', 'And', 'For', 'Of', 'To', 'By', 'As', 'If', 'This', 'That', 'Both', 'While', 'When', 'Meanwhile', 'According']);

const CAPITALISED = "\\p{Lu}[\\p{L}'’-]*";
const TAIL = `(?:\\s+(?:of|for|on)(?:\\s+(?:the|and|of|for|on))*\\s+${CAPITALISED}(?:\\s+(?:(?:the|and|of|for|on)\\s+)*${CAPITALISED})*)?`;
const ORGANIZATION_NAME = new RegExp(`(?<![\\p{L}\\p{N}])((?:${CAPITALISED}\\s+){0,4})(${HEADS.join('|')})(?![\\p{L}\\p{N}])(${TAIL})`, 'gu');
/** A head noun anywhere: every name has one, and most texts (all but English ones) none. */
const ANY_HEAD = new RegExp(HEADS.join('|'));

function slug(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '');
}

function lineAt(text: string, position: number): string {
  const end = text.indexOf('\n', position);
  return text.slice(text.lastIndexOf('\n', position) + 1, end < 0 ? text.length : end);
}

export interface DiscoveredOrganization extends Mention {
  name: string;
}

/**
 * Institutions the gazetteer does not know, found by their shape: capitalised words around a
 * head noun ("Belarusian Investigative Committee", "Centre for Eastern Studies"). A name must
 * have a word of its own beyond "Defence Ministry"; a country adjective inside it is part of it.
 */
export function discoverOrganizationMentions(text: string, known: Mention[]): DiscoveredOrganization[] {
  const found: DiscoveredOrganization[] = [];
  if (!ANY_HEAD.test(text)) return found;
  for (const match of text.matchAll(ORGANIZATION_NAME)) {
    const prefixWords = (match[1] ?? '').trim().split(/\s+/).filter(Boolean);
    while (prefixWords.length && LEADING.has(prefixWords[0] as string)) prefixWords.shift();
    const name = [...prefixWords, match[2], (match[3] ?? '').trim()].filter(Boolean).join(' ').replace(/\s+/g, ' ');
    if (!name.split(' ').some((word) => !GENERIC.has(word))) continue;
    const start = match.index + match[0].indexOf(prefixWords[0] ?? (match[2] as string));
    const end = match.index + match[0].length;
    const blocking = known.some((m) => start < m.end && m.start < end && gazetteerEntry(m.entityId)?.type !== 'country');
    if (blocking || isTitleCaseLine(lineAt(text, start))) continue;
    const id = `org:${slug(name)}`;
    found.push({ entityId: gazetteerEntry(id) ? `org:~${slug(name)}` : id, start, end, kind: 'discovered', name });
  }
  return found;
}
