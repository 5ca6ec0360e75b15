// Where an archived article's bytes go (issue 9: at most 2x the text): the devset's real texts
// analysed and turned into the rows the archive stores (articleRows, then the article row as
// featuresMiddleware writes it, and featuresOf), each part measured as V8's structured clone
// (`v8.serialize`, the serializer Chromium's IndexedDB stores values with), as a share of the
// whole. IndexedDB's own overhead (per object, per index entry) is not in it:
// `npx tsx bench/chromium.ts` gives the real bytes per article in Chromium.
import { serialize } from 'node:v8';
import { analyzeText } from '../src/core/pipeline';
import { articleRows } from '../src/archive/articleRows';
import { encodeFeatures, type StoredFeatures } from '../src/archive/featuresCodec';
import { featuresOf } from '../src/archive/matchFeatures';
import type { ArticleRecord } from '../src/archive/records';
import { loadDevCorpus } from './devsetDocs';

const { corpus, note } = loadDevCorpus();
if (!corpus) throw new Error(note);
const size = (value: unknown) => (value === undefined ? 0 : serialize(value).length);
const parts = new Map<string, number>();
const add = (name: string, value: unknown) => parts.set(name, (parts.get(name) ?? 0) + size(value));
const entries = { keyDays: 0, searchWords: 0, statements: 0, events: 0 };
const verbatim = { sentence: 0, of: 0 };
// Version 5 kept one row per statement and per event, each with its row and article ids.
const asRows = { statements: 0, events: 0 };
// Version 6 stored each features field as objects with their field names.
const unpacked = { entities: 0, terms: 0, digest: 0, keys: 0 };
for (const doc of corpus.docs) {
  const analyzed = analyzeText(doc.raw, { url: `https://devset.invalid/${doc.id}`, publishedAt: doc.publishedAt });
  const rows = articleRows(analyzed, 'saved', '2026-11-28T00:00:00Z');
  // The article row as stored: its analysis and keys live in `features` (version 5).
  const { text, analysis: _analysis, keys: _keys, searchWords, statementPack, eventRows, rowCounts, ...meta } = rows.article;
  add('article.text', text);
  add('article.metadata (url, title, detection, hashes...)', meta);
  add('article.statementPack', statementPack);
  add('article.eventRows', eventRows);
  add('article.searchWords', searchWords);
  add('article.rowCounts', rowCounts);
  const features = featuresOf({ ...rows.article, id: 1 } as ArticleRecord);
  // As stored since version 7 (featuresCodec.ts); the fields one by one for comparison below.
  add('features.packed (entities, terms, keys, digest)', (encodeFeatures(features) as StoredFeatures).p);
  for (const field of ['entities', 'terms', 'digest', 'keys'] as const) unpacked[field] += size(features[field]);
  add('features.keyDays', features.keyDays);
  add('features.metadata', { id: 1, url: features.url, title: features.title, siteName: features.siteName, publishedAt: features.publishedAt, lang: features.lang });
  for (const statement of rows.statements) {
    verbatim.of++;
    if (text.includes(statement.text)) verbatim.sentence++;
    asRows.statements += size({ ...statement, articleId: 1, id: 1 });
  }
  for (const event of rows.events) asRows.events += size({ ...event, articleId: 1, id: 1 });
  entries.keyDays += features.keyDays.length;
  entries.searchWords += searchWords.length;
  entries.statements += rows.statements.length;
  entries.events += rows.events.length;
}
const n = corpus.docs.length;
const total = [...parts.values()].reduce((a, b) => a + b, 0);
const textBytes = parts.get('article.text')!;
console.log(`${n} articles; text ${Math.round(textBytes / n)} B each (V8 clone); all parts ${Math.round(total / n)} B (${(total / textBytes).toFixed(2)}x text)`);
console.log('| part | bytes / article | share |\n|---|---|---|');
for (const [name, bytes] of [...parts].sort((a, b) => b[1] - a[1])) {
  console.log(`| ${name} | ${Math.round(bytes / n)} | ${((100 * bytes) / total).toFixed(1)}% |`);
}
console.log(`as version 5's rows: statements ${Math.round(asRows.statements / n)} B, events ${Math.round(asRows.events / n)} B an article (packed: ${Math.round(parts.get('article.statementPack')! / n)} B, ${Math.round(parts.get('article.eventRows')! / n)} B)`);
console.log(`index entries per article: ${(entries.keyDays / n).toFixed(1)} keyDays, ${(entries.searchWords / n).toFixed(1)} searchWords, 5 single (canonicalUrl, contentHash, publishedAt, savedAt, rowCounts); ${(entries.statements / n).toFixed(1)} statements, ${(entries.events / n).toFixed(1)} events (no rows of their own)`);
console.log(`statements: ${verbatim.of}; text a verbatim substring of the article's in ${verbatim.sentence}`);
console.log(`features as version 6 stored them: ${Object.entries(unpacked).map(([k, v]) => `${k} ${Math.round(v / n)} B`).join(', ')} (${Math.round(Object.values(unpacked).reduce((a, b) => a + b, 0) / n)} B; packed: ${Math.round(parts.get('features.packed (entities, terms, keys, digest)')! / n)} B)`);
