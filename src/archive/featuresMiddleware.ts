import type { DBCore, DBCoreMutateRequest, DBCoreMutateResponse, DBCoreTable, DBCoreTransaction, Middleware } from 'dexie';
import { decodeFeatures, encodeFeatures } from './featuresCodec';
import { featuresOf, type MatchFeatures } from './matchFeatures';
import type { ArticleRecord } from './records';

const ARTICLES = 'articles';
const FEATURES = 'features';

/**
 * Keeps `features` (matchFeatures.ts) in step with `articles` below every writer: whoever adds,
 * replaces or deletes an article row (ingest, import, delete and undo, re-analysis, an upgrade),
 * its features row is written or removed in the same transaction, so the two never drift and no
 * writer has to know the table exists. A transaction over `articles` is widened to take
 * `features` too.
 *
 * Since version 5 `features` is the only home of an article's entities, terms, digest and keys:
 * the article row is written without `analysis` and `keys` (they were a third of what it held
 * beside its text), and every read of whole article rows gets them back from `features`, so
 * readers see the record they always saw. A row still holding them (written before version 5,
 * migrated page by page by its upgrade) is read as it is.
 */
export const featuresMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'matchFeatures',
  create(down) {
    return {
      ...down,
      transaction(stores, mode, options) {
        const widened = stores.includes(ARTICLES) && !stores.includes(FEATURES)
          && down.schema.tables.some((table) => table.name === FEATURES);
        return down.transaction(widened ? [...stores, FEATURES] : stores, mode, options);
      },
      table(name) {
        const table = down.table(name);
        return name === ARTICLES ? withFeatures(table, down) : name === FEATURES ? packed(table) : table;
      },
    };
  },
};

function withFeatures(table: DBCoreTable, down: DBCore): DBCoreTable {
  return {
    ...table,
    async mutate(request: DBCoreMutateRequest): Promise<DBCoreMutateResponse> {
      // An upgrade from before version 4 writes articles before the table exists: version 4's
      // own upgrade then writes every article's features (from rows that still hold them).
      if (!hasFeatures(request.trans)) return table.mutate(request);
      const features = down.table(FEATURES);
      if (request.type === 'add' || request.type === 'put') {
        const stripped = request.values.map(({ analysis: _analysis, keys: _keys, ...row }: ArticleRecord) => row);
        const response = await table.mutate({ ...request, values: stripped });
        const values = request.values.flatMap((value: ArticleRecord, i) =>
          // A row without its analysis (read bare where its features were gone) keeps what features hold.
          response.failures[i] || !value.analysis ? [] : [encodeFeatures(featuresOf({ ...value, id: response.results?.[i] ?? value.id }))]);
        if (values.length > 0) await features.mutate({ type: 'put', trans: request.trans, values });
        return response;
      }
      const response = await table.mutate(request);
      if (request.type === 'delete') {
        await features.mutate({ type: 'delete', trans: request.trans, keys: request.keys });
      } else if (request.type === 'deleteRange') {
        await features.mutate({ type: 'deleteRange', trans: request.trans, range: request.range });
      }
      return response;
    },
    // Chained with then(), not await: Dexie's zone (the transaction its callers run in) follows
    // its own promises' continuations, and a native await here lost it for a modify's write.
    get(request) {
      return table.get(request).then((value) => (value ? joined(down, request.trans, [value]).then((rows) => rows[0]) : value));
    },
    getMany(request) {
      return table.getMany(request).then((rows) => joined(down, request.trans, rows));
    },
    query(request) {
      return table.query(request).then((response) => (request.values
        ? joined(down, request.trans, response.result).then((result) => ({ ...response, result }))
        : response));
    },
  };
}

/**
 * `features` rows are stored packed (featuresCodec.ts, version 7) and read back whole: every
 * reader gets the MatchFeatures it always got.
 */
function packed(table: DBCoreTable): DBCoreTable {
  const decode = (value: unknown) => (value ? decodeFeatures(value as MatchFeatures) : value);
  return {
    ...table,
    mutate(request) {
      return table.mutate(request.type === 'add' || request.type === 'put'
        ? { ...request, values: request.values.map((value: MatchFeatures) => encodeFeatures(value)) }
        : request);
    },
    get(request) {
      return table.get(request).then(decode);
    },
    getMany(request) {
      return table.getMany(request).then((rows) => rows.map(decode));
    },
    query(request) {
      return table.query(request).then((response) => (request.values ? { ...response, result: response.result.map(decode) } : response));
    },
  };
}

const bareReads = new WeakSet<object>();

/**
 * Reads of whole article rows in this transaction get the rows as stored, without their features
 * joined: for a reader that wants only what the row itself holds (statements and events, since
 * version 6) and has the features already.
 */
export function withoutFeatures(trans: object): void {
  bareReads.add(trans);
}

function hasFeatures(trans: DBCoreTransaction): boolean {
  return Boolean((trans as unknown as IDBTransaction).objectStoreNames?.contains(FEATURES));
}

/** Article rows with their analysis and keys read back from `features` where the row lacks them. */
function joined(down: DBCore, trans: DBCoreTransaction, rows: (ArticleRecord | undefined)[]): Promise<(ArticleRecord | undefined)[]> {
  const bare = rows.filter((row): row is ArticleRecord => row !== undefined && row.analysis === undefined);
  if (bare.length === 0 || !hasFeatures(trans) || bareReads.has(trans)) return Promise.resolve(rows);
  return down.table(FEATURES).getMany({ trans, keys: bare.map((row) => row.id) })
    .then((features: (MatchFeatures | undefined)[]) => join(bare, features.map((f) => f && decodeFeatures(f)), rows));
}

function join(bare: ArticleRecord[], features: (MatchFeatures | undefined)[], rows: (ArticleRecord | undefined)[]) {
  bare.forEach((row, i) => {
    const f = features[i];
    if (!f) return;
    row.analysis = { entities: f.entities, terms: f.terms, ...(f.digest ? { digest: f.digest } : {}) };
    row.keys = f.keys;
  });
  return rows;
}
