import { GAZETTEER, type GazetteerEntry } from './gazetteer';
import { aliasIgnoresCase, compileAliases } from './aliasPattern';

export type MentionKind = 'alias' | 'short' | 'title' | 'discovered';

/** Where an entity is named in the article text. */
export interface Mention {
  entityId: string;
  start: number;
  end: number;
  kind: MentionKind;
}

interface CompiledEntry {
  entry: GazetteerEntry;
  patterns: Array<{ regex: RegExp; kind: MentionKind }>;
}

function compileEntry(entry: GazetteerEntry): CompiledEntry {
  const patterns: CompiledEntry['patterns'] = [];
  const add = (aliases: string[], kind: MentionKind, forceIgnoreCase = false) => {
    const sensitive = aliases.filter((alias) => !forceIgnoreCase && !aliasIgnoresCase(alias, entry.anyCase ?? false));
    const insensitive = aliases.filter((alias) => !sensitive.includes(alias));
    for (const [list, ignoreCase] of [[sensitive, false], [insensitive, true]] as const) {
      const regex = compileAliases(list, ignoreCase);
      if (regex) patterns.push({ regex, kind });
    }
  };
  add(entry.aliases, 'alias');
  add(entry.shortNames ?? [], 'short');
  add(entry.titles?.text ?? [], 'title', true);
  return { entry, patterns };
}

const COMPILED = GAZETTEER.map(compileEntry);

function titleApplies(entry: GazetteerEntry, publishedAt: string | null): boolean {
  const titles = entry.titles;
  if (!titles || !publishedAt) return false;
  const day = publishedAt.slice(0, 10);
  return (!titles.from || day >= titles.from) && (!titles.to || day <= titles.to);
}

/**
 * Gazetteer mentions, non-overlapping (the longest match at a position wins). Short names
 * count only after the full name; an office title right before the name is the same mention.
 */
export function findGazetteerMentions(text: string, publishedAt: string | null): Mention[] {
  const raw: Mention[] = [];
  for (const { entry, patterns } of COMPILED) {
    for (const { regex, kind } of patterns) {
      if (kind === 'title' && !titleApplies(entry, publishedAt)) continue;
      for (const match of text.matchAll(regex)) {
        raw.push({ entityId: entry.id, start: match.index, end: match.index + match[0].length, kind });
      }
    }
  }
  return dropTitlesBeforeNames(dropEarlyShortNames(removeOverlaps(raw)));
}

export function removeOverlaps(mentions: Mention[]): Mention[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Mention[] = [];
  for (const mention of sorted) {
    const last = kept[kept.length - 1];
    if (last && mention.start < last.end) continue;
    kept.push(mention);
  }
  return kept;
}

function dropEarlyShortNames(mentions: Mention[]): Mention[] {
  const firstFull = new Map<string, number>();
  for (const m of mentions) if (m.kind === 'alias' && !firstFull.has(m.entityId)) firstFull.set(m.entityId, m.start);
  return mentions.filter((m) => m.kind !== 'short' || (firstFull.get(m.entityId) ?? Infinity) < m.start);
}

/** "Russian Defence Minister Sergei Shoigu" is one mention: the title joins the name after it. */
function dropTitlesBeforeNames(mentions: Mention[]): Mention[] {
  const kept: Mention[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i] as Mention;
    const next = mentions[i + 1];
    if (m.kind === 'title' && next && next.entityId === m.entityId && next.start - m.end <= 2) {
      kept.push({ ...next, start: m.start });
      i++;
    } else {
      kept.push(m);
    }
  }
  return kept;
}
