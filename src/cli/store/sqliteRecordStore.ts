import type { DatabaseSync, StatementSync } from 'node:sqlite';
import { IDBKeyRange } from 'fake-indexeddb';
import { decodeKey, encodeKey, type IdbKey } from './keyCodec';
import { ValuePacker } from './valuePacker';

interface Row { key: Uint8Array; value: Uint8Array }
export interface IdbRecord { key: IdbKey; value: unknown }
type Direction = 'next' | 'nextunique' | 'prev' | 'prevunique';
interface KeyRange { lower?: IdbKey; upper?: IdbKey; lowerOpen: boolean; upperOpen: boolean }

/**
 * fake-indexeddb's record store (one object store's records, or one index's entries) kept in
 * SQLite instead of memory: fake-indexeddb still runs IndexedDB's rules (transactions, key
 * generators, index upkeep, cursors) for Dexie, and SQLite holds and ranges the rows. Object
 * stores keep `(key, value)` with the value in V8's structured-clone format; indexes keep
 * `(key, primary key)`. Both are read page by page, so a query that wants 200 rows of 10,000
 * reads about 200. The interface is fake-indexeddb's `RecordStore` (lib/RecordStore.js).
 */
export class SqliteRecordStore {
  private readonly table: 'records' | 'entries';
  private readonly second: 'value' | 'pk';
  private readonly packer: ValuePacker;

  constructor(
    private readonly db: DatabaseSync,
    private readonly space: number,
    private readonly isIndex: boolean,
    private readonly statements: Map<string, StatementSync>,
  ) {
    this.table = isIndex ? 'entries' : 'records';
    this.second = isIndex ? 'pk' : 'value';
    this.packer = new ValuePacker(db, space);
  }

  get(key: IdbKey | KeyRange): IdbRecord | undefined {
    if (key instanceof IDBKeyRange) return this.page(key as KeyRange, false, 1, undefined)[0];
    // One key: the commonest read by far (an index entry's record, a key count), by one lookup.
    const row = this.prepare(`SELECT ${this.second} AS value FROM ${this.table} WHERE space = ? AND key = ? ORDER BY key LIMIT 1`)
      .get(this.space, encodeKey(key as IdbKey)) as { value: Uint8Array } | undefined;
    return row ? { key: key as IdbKey, value: this.isIndex ? decodeKey(row.value) : this.packer.unpack(row.value) } : undefined;
  }

  /** Returns the record it replaced; with `noOverwrite`, a record already there is an error. */
  put(record: IdbRecord, noOverwrite = false): IdbRecord | undefined {
    const key = encodeKey(record.key);
    if (this.isIndex) {
      this.prepare(`INSERT OR IGNORE INTO entries (space, key, pk) VALUES (?, ?, ?)`)
        .run(this.space, key, encodeKey(record.value as IdbKey));
      return undefined;
    }
    const existing = this.prepare(`SELECT key, value FROM records WHERE space = ? AND key = ?`)
      .get(this.space, key) as Row | undefined;
    if (existing && noOverwrite) throw new DOMException('A record with this key already exists.', 'ConstraintError');
    const value = this.packer.pack(record.value);
    if (existing) this.prepare(`UPDATE records SET value = ? WHERE space = ? AND key = ?`).run(value, this.space, key);
    else this.prepare(`INSERT INTO records (space, key, value) VALUES (?, ?, ?)`).run(this.space, key, value);
    return existing ? this.decode(existing) : undefined;
  }

  delete(key: IdbKey | KeyRange): IdbRecord[] {
    const range = key instanceof IDBKeyRange ? (key as KeyRange) : (IDBKeyRange.only(key) as KeyRange);
    const deleted = [...this.values(range)];
    const [where, params] = rangeWhere(range);
    this.prepare(`DELETE FROM ${this.table} WHERE space = ?${where}`).run(this.space, ...params);
    return deleted;
  }

  /** Copies records into a space that is new and empty: no lookups, one insert each. */
  insertAll(records: Iterable<IdbRecord>): void {
    const insert = this.prepare(`INSERT OR IGNORE INTO ${this.table} (space, key, ${this.second}) VALUES (?, ?, ?)`);
    for (const record of records) {
      const second = this.isIndex ? encodeKey(record.value as IdbKey) : this.packer.pack(record.value);
      insert.run(this.space, encodeKey(record.key), second);
    }
  }

  deleteByKeyAndValue(key: IdbKey, value: IdbKey): void {
    this.prepare(`DELETE FROM entries WHERE space = ? AND key = ? AND pk = ?`).run(this.space, encodeKey(key), encodeKey(value));
  }

  clear(): IdbRecord[] {
    const deleted = [...this.values()];
    this.prepare(`DELETE FROM ${this.table} WHERE space = ?`).run(this.space);
    return deleted;
  }

  size(): number {
    return Number((this.prepare(`SELECT count(*) AS n FROM ${this.table} WHERE space = ?`).get(this.space) as { n: number }).n);
  }

  /** Records in key order (then primary-key order for an index), read in growing pages. */
  values(range?: KeyRange, direction: Direction = 'next'): Iterable<IdbRecord> {
    const descending = direction === 'prev' || direction === 'prevunique';
    const unique = direction === 'nextunique' || direction === 'prevunique';
    const store = this;
    return {
      *[Symbol.iterator]() {
        let after: Row | undefined;
        let size = 8;
        let lastKey: Uint8Array | undefined;
        for (;;) {
          const rows = store.rows(range, descending, size, after, unique);
          for (const row of rows) {
            // Unique directions give each key once, with its lowest primary key (IndexedDB's rule for both ways).
            if (unique && lastKey && Buffer.compare(lastKey, row.key) === 0) continue;
            lastKey = row.key;
            yield store.decode(row);
          }
          if (rows.length < size) return;
          after = rows[rows.length - 1];
          size = Math.min(size * 4, 1024);
        }
      },
    };
  }

  private page(range: KeyRange, descending: boolean, limit: number, after: Row | undefined): IdbRecord[] {
    return this.rows(range, descending, limit, after, false).map((row) => this.decode(row));
  }

  private rows(range: KeyRange | undefined, descending: boolean, limit: number, after: Row | undefined, unique: boolean): Row[] {
    const [where, params] = range ? rangeWhere(range) : ['', []];
    const keyOrder = descending ? 'DESC' : 'ASC';
    // A descending unique walk wants each key's lowest primary key first.
    const secondOrder = this.isIndex ? `, pk ${descending && !unique ? 'DESC' : 'ASC'}` : '';
    let continueAt = '';
    const continueParams: Uint8Array[] = [];
    if (after) {
      const op = descending ? '<' : '>';
      if (!this.isIndex) {
        continueAt = ` AND key ${op} ?`;
        continueParams.push(after.key);
      } else if (unique) {
        // The rest of this key's entries are skipped anyway: go straight to the next key.
        continueAt = ` AND key ${op} ?`;
        continueParams.push(after.key);
      } else {
        continueAt = ` AND (key, pk) ${op} (?, ?)`;
        continueParams.push(after.key, after.value);
      }
    }
    const sql = `SELECT key, ${this.second} AS value FROM ${this.table} WHERE space = ?${where}${continueAt} ` +
      `ORDER BY key ${keyOrder}${secondOrder} LIMIT ?`;
    return this.prepare(sql).all(this.space, ...params, ...continueParams, limit) as unknown as Row[];
  }

  private decode(row: Row): IdbRecord {
    return {
      key: decodeKey(row.key),
      value: this.isIndex ? decodeKey(row.value) : this.packer.unpack(row.value),
    };
  }

  private prepare(sql: string): StatementSync {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }
}

function rangeWhere(range: KeyRange): [string, Uint8Array[]] {
  let where = '';
  const params: Uint8Array[] = [];
  if (range.lower !== undefined) {
    where += ` AND key ${range.lowerOpen ? '>' : '>='} ?`;
    params.push(encodeKey(range.lower));
  }
  if (range.upper !== undefined) {
    where += ` AND key ${range.upperOpen ? '<' : '<='} ?`;
    params.push(encodeKey(range.upper));
  }
  return [where, params];
}
