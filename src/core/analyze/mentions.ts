import { GAZETTEER, type ContextualAlias, type GazetteerEntry, type Office } from './gazetteer';
import { aliasIgnoresCase, literalLength } from './aliasPattern';
import { AliasTable, AliasTableSet, wordStarts, type WordGroups, type WordStart } from './aliasTable';
import { caseVariants } from './headlineCase';

export type MentionKind = 'alias' | 'short' | 'title' | 'context' | 'discovered';

/** Where an entity is named in the article text. */
export interface Mention {
  entityId: string;
  start: number;
  end: number;
  kind: MentionKind;
}

/** What one alias in a table stands for: an entry, how it names it, and when that holds. */
interface AliasOwner {
  entry: GazetteerEntry;
  kind: MentionKind;
  office?: Office;
  context?: ContextualAlias;
}

interface Candidate extends Mention {
  owner: AliasOwner;
  alias: string;
}

type TableKind = 'alias' | 'short' | 'title' | 'context';

/**
 * One table per kind and case rule. Kinds stay apart so that a title out of its date range
 * or a short name before its full name cannot hide a plain alias at the same place.
 */
function buildTables(): Array<{ table: AliasTable<AliasOwner>; ignoreCase: boolean }> {
  const rows = new Map<string, Array<{ alias: string; owner: AliasOwner }>>();
  const add = (kind: TableKind, alias: string, owner: AliasOwner, forceIgnoreCase = false) => {
    const ignoreCase = forceIgnoreCase || aliasIgnoresCase(alias, owner.entry.anyCase ?? false);
    const key = `${kind}|${ignoreCase}`;
    const list = rows.get(key);
    if (list) list.push({ alias, owner });
    else rows.set(key, [{ alias, owner }]);
  };
  for (const entry of GAZETTEER) {
    for (const alias of entry.aliases) add('alias', alias, { entry, kind: 'alias' });
    for (const alias of entry.shortNames ?? []) add('short', alias, { entry, kind: 'short' });
    for (const office of entry.offices ?? []) {
      for (const alias of office.titles ?? []) add('title', alias, { entry, kind: 'title', office }, true);
    }
    for (const context of entry.contextual ?? []) {
      for (const alias of context.aliases) add('context', alias, { entry, kind: 'context', context });
    }
  }
  return [...rows.entries()].map(([key, list]) => {
    const ignoreCase = key.endsWith('|true');
    return { table: new AliasTable(list, ignoreCase), ignoreCase };
  });
}

let tables: ReturnType<typeof buildTables> | null = null;
let tableSet: AliasTableSet<AliasOwner> | null = null;

function officeApplies(office: Office | undefined, publishedAt: string | null): boolean {
  if (!office || !publishedAt || (!office.from && !office.to)) return false;
  const day = publishedAt.slice(0, 10);
  return (!office.from || day >= office.from) && (!office.to || day <= office.to);
}

// "former Defence Minister", "ex-President": the title names someone who no longer holds it.
const FORMER = /(?:former|ex-|then-|late|previous|next|new)\s*$/i;

function rawCandidates(text: string, publishedAt: string | null): Candidate[] {
  tables ??= buildTables();
  const set = (tableSet ??= new AliasTableSet(tables.map(({ table }) => table)));
  const variants = caseVariants(text);
  const found: Candidate[] = [];
  const seen = new Set<string>();
  const words = new Map<string, { starts: WordStart[]; groups: WordGroups }>();
  const wordsOf = (variant: string) => {
    let read = words.get(variant);
    if (!read) {
      const starts = wordStarts(variant);
      words.set(variant, (read = { starts, groups: set.groups(starts) }));
    }
    return read;
  };
  for (const [t, { ignoreCase }] of tables.entries()) {
    for (const variant of ignoreCase ? [text] : variants) {
      const { starts, groups } = wordsOf(variant);
      for (const hit of set.find(t, variant, starts, groups)) {
        for (const owner of hit.owners) {
          if (owner.kind === 'title' && (!officeApplies(owner.office, publishedAt) || FORMER.test(text.slice(Math.max(0, hit.start - 12), hit.start)))) continue;
          const key = `${owner.entry.id}|${hit.start}|${hit.end}|${owner.kind}`;
          if (seen.has(key)) continue;
          seen.add(key);
          found.push({ entityId: owner.entry.id, start: hit.start, end: hit.end, kind: owner.kind, owner, alias: hit.alias });
        }
      }
    }
  }
  return found;
}

/**
 * Gazetteer mentions, non-overlapping (the longest match at a position wins). Short names
 * count only after the full name; contextual aliases only where their context holds; an
 * office title right before the name is the same mention.
 */
export function findGazetteerMentions(text: string, publishedAt: string | null): Mention[] {
  const raw = rawCandidates(text, publishedAt);
  const plain = raw.filter((c) => c.kind !== 'context');
  const named = new Set(plain.map((c) => c.entityId));
  const contextual = raw.filter((c) => c.kind === 'context' && contextHolds(text, c, named));
  const kept = removeOverlaps(dropEarlyShortNames([...plain, ...contextual]), text);
  return dropTitlesBeforeNames(kept).map(({ entityId, start, end, kind }) => ({ entityId, start, end, kind }));
}

const NEAR = 60;

function contextHolds(text: string, candidate: Candidate, named: Set<string>): boolean {
  const context = candidate.owner.context as ContextualAlias;
  if (context.requires && !context.requires.some((id) => named.has(id))) return false;
  const before = text.slice(Math.max(0, candidate.start - NEAR), candidate.start);
  const after = text.slice(candidate.end, candidate.end + NEAR);
  if (context.precededBy && !new RegExp(context.precededBy, 'iu').test(before)) return false;
  if (context.notFollowedBy && new RegExp(context.notFollowedBy, 'u').test(after)) return false;
  const around = `${before} ${after}`;
  return !(context.unlessNear ?? []).some((word) => around.includes(word));
}

const KIND_RANK: Record<MentionKind, number> = { context: 3, alias: 3, discovered: 2, short: 2, title: 1 };

/** Between two candidates for one span: a stated context, then a full alias, then the more specific spelling. */
function rank(candidate: Candidate): number[] {
  const { owner } = candidate;
  const precise = owner.context?.precededBy ? 1 : 0;
  return [KIND_RANK[candidate.kind] + precise, literalLength(candidate.alias), Date.parse(owner.office?.from ?? '1900-01-01')];
}

function compareRanks(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if ((a[i] ?? 0) !== (b[i] ?? 0)) return (b[i] ?? 0) - (a[i] ?? 0);
  return 0;
}

function removeOverlaps(candidates: Candidate[], text: string): Candidate[] {
  const sorted = [...candidates].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Candidate[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const first = sorted[i] as Candidate;
    let best = first;
    while (i + 1 < sorted.length && sorted[i + 1]?.start === first.start && sorted[i + 1]?.end === first.end) {
      const rival = sorted[++i] as Candidate;
      if (compareRanks(rank(rival), rank(best)) < 0) best = rival;
    }
    const last = kept[kept.length - 1];
    if (last && best.start < last.end) continue;
    kept.push(best);
  }
  return kept;
}

/** Overlapping mentions resolved: the one that starts first wins, then the longest. */

function dropEarlyShortNames(candidates: Candidate[]): Candidate[] {
  const firstFull = new Map<string, number>();
  for (const c of candidates) {
    if (c.kind === 'alias' && c.start < (firstFull.get(c.entityId) ?? Infinity)) firstFull.set(c.entityId, c.start);
  }
  return candidates.filter((c) => c.kind !== 'short' || (firstFull.get(c.entityId) ?? Infinity) < c.start);
}

/**
 * "Russian Defence Minister Sergei Shoigu" is one mention: the title joins the name after it.
 * A title right before another person's name describes that person, not the office holder of
 * the day ("Belarusian Foreign Minister Vladimir Makei" in a report after his death).
 */
function dropTitlesBeforeNames<T extends Mention>(mentions: T[]): T[] {
  const kept: T[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i] as T;
    const next = mentions[i + 1];
    const adjacentPerson = m.kind === 'title' && next && next.start - m.end <= 2 && next.entityId.startsWith('person:');
    if (adjacentPerson && next.entityId === m.entityId) {
      kept.push({ ...next, start: m.start });
      i++;
    } else if (!adjacentPerson) {
      kept.push(m);
    }
  }
  return kept;
}
