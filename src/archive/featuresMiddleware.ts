import type { DBCore, DBCoreMutateRequest, DBCoreMutateResponse, DBCoreTable, Middleware } from 'dexie';
import { featuresOf } from './matchFeatures';
import type { ArticleRecord } from './records';

const ARTICLES = 'articles';
const FEATURES = 'features';

/**
 * Keeps `features` (matchFeatures.ts) in step with `articles` below every writer: whoever adds,
 * replaces or deletes an article row (ingest, import, delete and undo, re-analysis, an upgrade),
 * its features row is written or removed in the same transaction, so the two never drift and no
 * writer has to know the table exists. A read-write transaction over `articles` is widened to
 * take `features` too.
 */
export const featuresMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'matchFeatures',
  create(down) {
    return {
      ...down,
      transaction(stores, mode, options) {
        const widened = mode === 'readwrite' && stores.includes(ARTICLES) && !stores.includes(FEATURES)
          && down.schema.tables.some((table) => table.name === FEATURES);
        return down.transaction(widened ? [...stores, FEATURES] : stores, mode, options);
      },
      table(name) {
        const table = down.table(name);
        return name === ARTICLES ? withFeatures(table, down) : table;
      },
    };
  },
};

function withFeatures(table: DBCoreTable, down: DBCore): DBCoreTable {
  return {
    ...table,
    async mutate(request: DBCoreMutateRequest): Promise<DBCoreMutateResponse> {
      const response = await table.mutate(request);
      // An upgrade from before version 4 writes articles before the table exists: version 4's
      // own upgrade then writes every article's features.
      const trans = request.trans as unknown as IDBTransaction;
      if (!trans.objectStoreNames?.contains(FEATURES)) return response;
      const features = down.table(FEATURES);
      if (request.type === 'add' || request.type === 'put') {
        const values = request.values.flatMap((value: ArticleRecord, i) =>
          response.failures[i] ? [] : [featuresOf({ ...value, id: response.results?.[i] ?? value.id })]);
        if (values.length > 0) await features.mutate({ type: 'put', trans: request.trans, values });
      } else if (request.type === 'delete') {
        await features.mutate({ type: 'delete', trans: request.trans, keys: request.keys });
      } else if (request.type === 'deleteRange') {
        await features.mutate({ type: 'deleteRange', trans: request.trans, range: request.range });
      }
      return response;
    },
  };
}
