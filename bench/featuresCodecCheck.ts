// Bytes of a `features` row as stored before and after featuresCodec.ts (V8 clone, as Chromium's
// IndexedDB stores values), and that every devset row decodes to exactly what was encoded.
import { serialize } from 'node:v8';
import { isDeepStrictEqual } from 'node:util';
import { analyzeText } from '../src/core/pipeline';
import { articleRows } from '../src/archive/articleRows';
import { featuresOf } from '../src/archive/matchFeatures';
import { decodeFeatures, encodeFeatures } from '../src/archive/featuresCodec';
import type { ArticleRecord } from '../src/archive/records';
import { loadDevCorpus } from './devsetDocs';

const { corpus, note } = loadDevCorpus();
if (!corpus) throw new Error(note);
let before = 0, after = 0, same = 0;
for (const doc of corpus.docs) {
  const analyzed = analyzeText(doc.raw, { url: `https://devset.invalid/${doc.id}`, publishedAt: doc.publishedAt });
  const f = featuresOf({ ...articleRows(analyzed, 'saved', '2026-11-28T00:00:00Z').article, id: 1 } as ArticleRecord);
  const stored = encodeFeatures(f);
  before += serialize(f).length;
  after += serialize(stored).length;
  const back = decodeFeatures(structuredClone(stored));
  if (isDeepStrictEqual(back, f) && JSON.stringify(back) === JSON.stringify(f)) same++;
}
const n = corpus.docs.length;
console.log(`${n} rows: features ${Math.round(before / n)} -> ${Math.round(after / n)} B a row (V8 clone); decoded identical: ${same}/${n}`);
