import type { ArchiveDB } from './db';
import type { KeyStatRecord } from './records';

/**
 * Key counts written as one row per batch (archive version 8). A batch of imported articles
 * carries some 23 keys an article that no earlier batch counted, and in Chromium every row
 * written costs about 0.15 ms: writing each key's count row was most of what storing a page
 * cost (8.50 ms an article whole, 3.19 without them). So a batch writes its keys' deltas as ONE
 * row of `keyStats` (key `#pending:<generation>`, in the transaction that writes its articles,
 * so a worker stopped mid-import leaves counts and rows in step), and the deltas are added to
 * the keys' own rows later (foldPendingKeyCounts: when the background is idle, at the end of a
 * command-line ingest), each key once however many batches carried it.
 *
 * A key's count is its row's `df` plus its deltas in every pending row, and every reader adds
 * them (pendingIn, keyCountsOf; keyStats.ts): what any query reads is the same whether or not
 * the rows were folded. Folding changes no count, so it moves neither the generation nor the
 * number of articles, and what readers hold for a generation stays true across it.
 *
 * Rows are folded oldest first (their keys sort by the generation that wrote them), and once a
 * pending row exists every later write of counts is pending too (keyCountsWrite.ts): a key's
 * row plus the deltas folded so far is always a count the archive once had, never below 0.
 */
export const PENDING = '#pending:';
/** The first key after every pending row's (';' follows ':'). */
const PENDING_END = '#pending;';

/** A batch's deltas: `keys[i]` moves by `deltas[i]`; `df` is how many keys it holds. */
export interface PendingRecord extends KeyStatRecord {
  keys: string[];
  deltas: number[];
}

/** The key of the pending row written by the write that moved the generation to `generation`. */
export const pendingKeyOf = (generation: number) => `${PENDING}${String(generation).padStart(16, '0')}`;

export const isPendingKey = (key: string) => key.startsWith(PENDING);

/** The pending rows' keys, oldest first, read in the caller's transaction (Dexie's promise: awaitable later in it). */
export function pendingKeysIn(db: ArchiveDB): Promise<string[]> {
  return db.keyStats.where(':id').between(PENDING, PENDING_END, true, false).primaryKeys() as unknown as Promise<string[]>;
}

/** The deltas of the pending rows one read found. */
export interface PendingDeltas {
  /** The rows' keys, oldest first. */
  keys: string[];
  /** What every pending row adds to the key's count (0 for a key none holds). */
  delta(key: string): number;
  /** Every key's summed delta. */
  all(): Map<string, number>;
}

const NONE: PendingDeltas = { keys: [], delta: () => 0, all: () => new Map() };

/**
 * Each pending row read by this archive handle, by its key. A row is never rewritten under the
 * same key (a write's key is its new generation, which only grows; a fold that takes part of
 * a row writes the rest under a new key), so a row held stays what it was read as.
 */
const held = new WeakMap<ArchiveDB, Map<string, Map<string, number>>>();

const deltasOf = (row: PendingRecord | undefined): Map<string, number> => {
  const map = new Map<string, number>();
  row?.keys.forEach((key, i) => map.set(key, (map.get(key) ?? 0) + row.deltas[i]!));
  return map;
};

/**
 * The pending rows' deltas as the caller's transaction sees them: one read of their keys (an
 * archive with none pays this request alone, beside its other reads), then of the rows this
 * handle does not hold yet.
 */
export function pendingIn(db: ArchiveDB): Promise<PendingDeltas> {
  return pendingKeysIn(db).then((keys) => {
    if (keys.length === 0) {
      held.delete(db);
      return NONE;
    }
    let mine = held.get(db);
    if (!mine) held.set(db, (mine = new Map()));
    const rows = keys.map((key) => mine!.get(key));
    const missing = keys.filter((_, i) => rows[i] === undefined);
    const done = () => {
      // Rows folded since go (a reader still using one holds it in its own list).
      const current = new Set(keys);
      for (const key of mine!.keys()) if (!current.has(key)) mine!.delete(key);
      return deltasFrom(keys, rows as Map<string, number>[]);
    };
    if (missing.length === 0) return done();
    return db.keyStats.bulkGet(missing).then((read) => {
      let at = 0;
      rows.forEach((row, i) => {
        if (row) return;
        const map = deltasOf(read[at++] as PendingRecord | undefined);
        rows[i] = map;
        mine!.set(keys[i]!, map);
      });
      return done();
    });
  });
}

function deltasFrom(keys: string[], rows: Map<string, number>[]): PendingDeltas {
  if (rows.length === 1) {
    const only = rows[0]!;
    return { keys, delta: (key) => only.get(key) ?? 0, all: () => new Map(only) };
  }
  return {
    keys,
    delta(key) {
      let sum = 0;
      for (const row of rows) sum += row.get(key) ?? 0;
      return sum;
    },
    all() {
      const sum = new Map<string, number>();
      for (const row of rows) for (const [key, delta] of row) sum.set(key, (sum.get(key) ?? 0) + delta);
      return sum;
    },
  };
}

/** Every key's count with the pending rows added, in one read transaction (tests, tools). */
export async function keyCountsOf(db: ArchiveDB): Promise<Map<string, number>> {
  return db.transaction('r', db.keyStats, async () => {
    const [rows, pending] = await Promise.all([db.keyStats.toArray(), pendingIn(db)]);
    const counts = new Map<string, number>();
    for (const row of rows) if (!row.key.startsWith('#')) counts.set(row.key, row.df);
    for (const [key, delta] of pending.all()) counts.set(key, (counts.get(key) ?? 0) + delta);
    for (const [key, df] of counts) if (df <= 0) counts.delete(key);
    return counts;
  });
}

/**
 * Keys folded per transaction at most: a check that comes meanwhile waits for one fold at most
 * (in Chromium about 0.1 ms a key written, so some 200 ms). A batch's row is about 1,300 keys.
 */
export const FOLD_KEYS = 2_000;
/**
 * Up to this many articles the keys' rows are read whole before folding (a few getAll requests
 * of 5,000 rows), not one request per key folded: in Chromium the per-key reads made a fold of a
 * 1,000-page import cost more than the writes it spared the import.
 */
const READ_WHOLE_MAX_ARTICLES = 5_000;
const WHOLE_PAGE = 5_000;
/** Every row after this key is a key's count: the counters and pending rows ('#...') sort before. */
const COUNT_ROWS_AFTER = '#\uffff';

/**
 * Adds the pending rows' deltas to the keys' own rows and removes the pending rows, oldest
 * first, in transactions of at most `maxKeys` keys (a row larger than that is folded in parts,
 * the rest written under a key that keeps its place). No count changes, so no reader's result does.
 * `stop` is asked before each transaction. True once no pending row is left. `readWholeMax`: up to
 * this many articles the keys' rows are read whole first (tests try both ways).
 */
export async function foldPendingKeyCounts(db: ArchiveDB, stop: () => boolean = () => false, maxKeys = FOLD_KEYS, readWholeMax = READ_WHOLE_MAX_ARTICLES): Promise<boolean> {
  // Looked for first in a read transaction: an archive with nothing pending takes no write lock.
  const [pending, articles] = await db.transaction('r', db.keyStats, () => Promise.all([pendingKeysIn(db), db.keyStats.get('#articles')]));
  if (pending.length === 0) return true;
  // The keys' rows, read whole while the archive is small. While rows are pending only a fold
  // writes them (every other write is pending too), and a fold takes the oldest row first: as
  // long as the oldest pending row is the one this fold left, nobody else folded, and what was
  // read holds. Otherwise each key folded is read.
  let rows: Map<string, number> | null = null;
  let expected: string | undefined = pending[0];
  if ((articles?.df ?? Infinity) <= readWholeMax) {
    rows = new Map();
    for (let after = COUNT_ROWS_AFTER; ;) {
      if (stop()) return false;
      const from = after;
      const [page, first] = await db.transaction('r', db.keyStats, () => Promise.all([
        db.keyStats.where(':id').above(from).limit(WHOLE_PAGE).toArray(),
        db.keyStats.where(':id').between(PENDING, PENDING_END, true, false).limit(1).primaryKeys(),
      ]));
      if (first[0] !== expected) rows = null;
      if (!rows) break;
      for (const row of page) if (!row.key.startsWith('#')) rows.set(row.key, row.df);
      if (page.length < WHOLE_PAGE) break;
      after = page[page.length - 1]!.key;
    }
  }
  for (;;) {
    if (stop()) return false;
    const left = await db.transaction('rw', db.keyStats, async () => {
      // The pending rows' keys (no values), then the oldest rows one by one while they fit:
      // a row is about a thousand keys, and reading rows not folded now is wasted.
      const pendingKeys = await pendingKeysIn(db);
      if (pendingKeys.length === 0) return false;
      if (pendingKeys[0] !== expected) rows = null;
      const sums = new Map<string, number>();
      const taken: string[] = [];
      let rest: PendingRecord | null = null;
      for (const key of pendingKeys) {
        const row = (await db.keyStats.get(key)) as PendingRecord;
        // Whole rows while their keys together stay within a fold (rows of one import share
        // many keys: each is written once for all of them); a first row larger than a fold in parts.
        if (taken.length === 0 && row.keys.length > maxKeys) {
          for (let i = 0; i < maxKeys; i++) sums.set(row.keys[i]!, row.deltas[i]!);
          taken.push(row.key);
          rest = { key: nextPartKey(row.key), df: row.keys.length - maxKeys, keys: row.keys.slice(maxKeys), deltas: row.deltas.slice(maxKeys) };
          break;
        }
        let adds = 0;
        for (const k of row.keys) if (!sums.has(k)) adds += 1;
        if (taken.length > 0 && sums.size + adds > maxKeys) break;
        taken.push(row.key);
        row.keys.forEach((k, i) => sums.set(k, (sums.get(k) ?? 0) + row.deltas[i]!));
      }
      const keys = [...sums.keys()];
      const known = rows;
      const stored = known ? keys.map((key) => known.get(key)) : (await db.keyStats.bulkGet(keys)).map((row) => row?.df);
      const put: KeyStatRecord[] = [];
      const gone: string[] = [...taken];
      const after = new Map<string, number>();
      keys.forEach((key, i) => {
        const df = (stored[i] ?? 0) + sums.get(key)!;
        after.set(key, df);
        if (df > 0) put.push({ key, df });
        else if (stored[i] !== undefined) gone.push(key);
      });
      if (rest) put.push(rest);
      await db.keyStats.bulkPut(put);
      await db.keyStats.bulkDelete(gone);
      // What this fold leaves as the oldest pending row, and the rows as it wrote them (once committed).
      const next = rest?.key ?? pendingKeys[taken.length];
      return { more: next !== undefined, next, after };
    });
    if (!left) return true;
    expected = left.next;
    if (rows) for (const [key, df] of left.after) if (df > 0) rows.set(key, df); else rows.delete(key);
    if (!left.more) return true;
  }
}

/** The key the rest of a partly folded row is written under: after the row's own, before the next generation's. */
function nextPartKey(key: string): string {
  const [base, part] = key.split('~');
  return `${base}~${Number(part ?? 0) + 1}`;
}
