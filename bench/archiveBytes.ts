// Where an archived article's bytes go (issue 9: at most 2x the text): the devset's real texts
// analysed and turned into the rows the archive stores (articleRows, featuresOf), each part
// measured as UTF-16 JSON characters x2 (what a structured clone of strings roughly holds), as a
// share of the whole. IndexedDB's own overhead (per object, per index entry) is not in it:
// `npx tsx bench/chromium.ts` gives the real bytes per article in Chromium.
import { analyzeText } from '../src/core/pipeline';
import { articleRows } from '../src/archive/articleRows';
import { featuresOf } from '../src/archive/matchFeatures';
import type { ArticleRecord } from '../src/archive/records';
import { loadDevCorpus } from './devsetDocs';

const { corpus, note } = loadDevCorpus();
if (!corpus) throw new Error(note);
const size = (value: unknown) => (value === undefined ? 0 : JSON.stringify(value).length * 2);
const parts = new Map<string, number>();
const add = (name: string, value: unknown) => parts.set(name, (parts.get(name) ?? 0) + size(value));
const entries = { keyDays: 0, searchWords: 0, statements: 0, events: 0 };
const verbatim = { sentence: 0, of: 0 };
for (const doc of corpus.docs) {
  const analyzed = analyzeText(doc.raw, { url: `https://devset.invalid/${doc.id}`, publishedAt: doc.publishedAt });
  const rows = articleRows(analyzed, 'saved', '2026-11-28T00:00:00Z');
  const { text, analysis, keys, searchWords, ...meta } = rows.article;
  add('article.text', text);
  add('article.metadata (url, title, detection, hashes...)', meta);
  add('article.analysis.entities', analysis.entities);
  add('article.analysis.terms', analysis.terms);
  add('article.analysis.digest', analysis.digest);
  add('article.keys', keys);
  add('article.searchWords', searchWords);
  const features = featuresOf({ ...rows.article, id: 1 } as ArticleRecord);
  add('features.entities', features.entities);
  add('features.terms', features.terms);
  add('features.digest', features.digest);
  add('features.keys', features.keys);
  add('features.keyDays', features.keyDays);
  add('features.metadata', { url: features.url, title: features.title, siteName: features.siteName, publishedAt: features.publishedAt, lang: features.lang });
  for (const statement of rows.statements) {
    const { text: sentence, quantities, ...rest } = statement;
    add('statements.text (sentence)', sentence);
    add('statements.quantities', quantities);
    add('statements.other fields', rest);
    verbatim.of++;
    if (text.includes(sentence)) verbatim.sentence++;
  }
  add('events', rows.events);
  entries.keyDays += features.keyDays.length;
  entries.searchWords += searchWords.length;
  entries.statements += rows.statements.length;
  entries.events += rows.events.length;
}
const n = corpus.docs.length;
const total = [...parts.values()].reduce((a, b) => a + b, 0);
const textBytes = parts.get('article.text')!;
console.log(`${n} articles; text ${Math.round(textBytes / n)} B each (UTF-16); all parts ${Math.round(total / n)} B (${(total / textBytes).toFixed(2)}x text)`);
console.log('| part | bytes / article | share |\n|---|---|---|');
for (const [name, bytes] of [...parts].sort((a, b) => b[1] - a[1])) {
  console.log(`| ${name} | ${Math.round(bytes / n)} | ${((100 * bytes) / total).toFixed(1)}% |`);
}
console.log(`per article: ${(entries.keyDays / n).toFixed(1)} keyDays entries, ${(entries.searchWords / n).toFixed(1)} searchWords entries, ${(entries.statements / n).toFixed(1)} statements, ${(entries.events / n).toFixed(1)} events`);
console.log(`statements: ${verbatim.of}; text a verbatim substring of the article's in ${verbatim.sentence}`);
