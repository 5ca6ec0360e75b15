// The development set's labels checked without their texts (CI has no mirrors): references
// resolve, formats hold, and the set is as large and as varied as issue 8 asks (item 1). Each
// check lists the labels that break it, so a failure names what to fix.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEVSET_DIR, loadDevSet, readDevText } from './load';
import type { LabelSide } from './types';

const set = loadDevSet();
const byId = new Map(set.articles.map((a) => [a.id, a]));
const langOf = (id: string) => byId.get(id)?.lang;
const readers = readdirSync(path.join(DEVSET_DIR, 'readers'))
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && f !== 'types.ts')
  .map((f) => f.replace(/\.ts$/, ''));
const KINDS = ['denial_vs_report', 'opposing_claims', 'changed_position', 'numbers_disagree'];
// Repositories kept for independent evaluation (issue 8): no label may come from them. Kept as
// the first 16 hex digits of the SHA-256 of each lower-cased owner/name, so the development set
// never names them (nothing here reads them; the guard only refuses them as a source).
const RESERVED_DIGESTS = new Set(['c8fec94a4dd61320', 'ef0f6e2645e605ff', '6472a4b698a214f6', 'ceb6783d940a3ef2', 'add5f6c75b50860b', 'bc5277b14caf0b20', '026520930f50cfbc', 'ff28c64077086ca2', '6d9ba47eb8f7203d', 'c70d0b6cabb5e7ed', '124e886b573a4248', '594839e0af9d64c6']);
const isReserved = (repo: string) => RESERVED_DIGESTS.has(createHash('sha256').update(repo.toLowerCase()).digest('hex').slice(0, 16));
const sides: [string, LabelSide][] = [
  ...set.contradictions.flatMap((c, i): [string, LabelSide][] => [[`contradiction ${i} a`, c.a], [`contradiction ${i} b`, c.b]]),
  ...set.hardNegatives.flatMap((n, i): [string, LabelSide][] => (n.type === 'agree' ? [[`agree ${i} a`, n.a], [`agree ${i} b`, n.b]] : [])),
];
const isDate = (d: string) => /^\d{4}-\d{2}-\d{2}$/.test(d) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d);
const count = <T>(items: T[], pick: (item: T) => boolean) => items.filter(pick).length;

describe('devset labels', () => {
  it('articles: ids unique and <lang>-<number>, stories known, events within one story', () => {
    const seen = new Set<string>();
    const eventStory = new Map<string, string>();
    const bad: string[] = [];
    for (const a of set.articles) {
      if (seen.has(a.id)) bad.push(`${a.id}: id used twice`);
      seen.add(a.id);
      if (!/^[a-z]{2}$/.test(a.lang) || !new RegExp(`^${a.lang}-\\d+$`).test(a.id)) bad.push(`${a.id}: not prefixed with its lang ${a.lang}`);
      if (!set.stories.has(a.story)) bad.push(`${a.id}: unknown story ${a.story}`);
      if (a.event !== null && eventStory.has(a.event) && eventStory.get(a.event) !== a.story) bad.push(`${a.id}: event ${a.event} in two stories`);
      if (a.event !== null) eventStory.set(a.event, a.story);
      if (!a.title?.trim() || !a.outlet?.trim() || !/^https?:\/\/\S+$/.test(a.url)) bad.push(`${a.id}: title, outlet or url missing`);
    }
    expect(bad).toEqual([]);
  });

  it('articles: sources exist, are pinned to a commit, read by a reader that exists, and are not reserved', () => {
    const bad: string[] = [];
    for (const [id, s] of set.sources) {
      if (!/^[0-9a-f]{40}$/.test(s.commit)) bad.push(`source ${id}: commit ${s.commit}`);
      if (!/^[\w.-]+\/[\w.-]+$/.test(s.repo)) bad.push(`source ${id}: repo ${s.repo}`);
      if (!readers.includes(s.reader)) bad.push(`source ${id}: no reader ${s.reader}`);
      if (isReserved(s.repo)) bad.push(`source ${id}: ${s.repo} is reserved for evaluation`);
    }
    for (const a of set.articles) {
      if (!set.sources.has(a.source)) bad.push(`${a.id}: unknown source ${a.source}`);
      if (!a.path?.trim()) bad.push(`${a.id}: no path`);
      if (!/^[0-9a-f]{64}$/.test(a.sha256)) bad.push(`${a.id}: sha256 ${a.sha256}`);
    }
    expect(bad).toEqual([]);
  });

  it('articles: publishedAt is a real YYYY-MM-DD date within 2014-2025', () => {
    const bad = set.articles.filter((a) => !isDate(a.publishedAt) || a.publishedAt < '2014-01-01' || a.publishedAt > '2025-12-31');
    expect(bad.map((a) => `${a.id}: ${a.publishedAt}`)).toEqual([]);
  });

  it('contradictions and agreeing pairs: each side names a known article, a quote and a speaker or null', () => {
    const bad = sides
      .filter(([, s]) => !byId.has(s.article) || typeof s.quote !== 'string' || !s.quote.trim() || (s.speaker !== null && !s.speaker?.trim()))
      .map(([where, s]) => `${where}: ${JSON.stringify(s)}`);
    expect(bad).toEqual([]);
  });

  it('alternates: `also`, where given, is a non-empty list of other spans, none repeating the quote', () => {
    const bad = sides
      .filter(([, s]) => s.also !== undefined)
      .filter(([, s]) => !Array.isArray(s.also) || s.also.length === 0 || s.also.some((a) => typeof a !== 'string' || !a.trim() || a === s.quote)
        || new Set(s.also).size !== s.also.length)
      .map(([where, s]) => `${where}: ${JSON.stringify(s.also)}`);
    expect(bad).toEqual([]);
  });

  it('contradictions: kinds are the four of the contract; two articles, or two different statements of one', () => {
    const bad: string[] = [];
    set.contradictions.forEach((c, i) => {
      if (!KINDS.includes(c.kind)) bad.push(`contradiction ${i}: kind ${c.kind}`);
      const same = c.a.article === c.b.article;
      if (same && (c.a.quote.includes(c.b.quote) || c.b.quote.includes(c.a.quote))) bad.push(`contradiction ${i}: one statement of ${c.a.article} against itself`);
      if (c.kind === 'changed_position' && !same && byId.get(c.a.article)?.publishedAt === byId.get(c.b.article)?.publishedAt)
        bad.push(`contradiction ${i}: a change of position needs two dates`);
    });
    expect(bad).toEqual([]);
  });

  it('contradictions: every pair is labelled once, with one kind', () => {
    const key = (s: LabelSide) => `${s.article}|${s.quote}`;
    const seen = new Map<string, number>();
    const twice: string[] = [];
    set.contradictions.forEach((c, i) => {
      const pair = [key(c.a), key(c.b)].sort().join(' <> ');
      if (seen.has(pair)) twice.push(`contradictions ${seen.get(pair)} and ${i}: ${c.a.article}, ${c.b.article}`);
      seen.set(pair, i);
    });
    expect(twice).toEqual([]);
  });

  it('contradictions: a change of position is someone\'s: both sides name a speaker', () => {
    const bad = set.contradictions.filter((c) => c.kind === 'changed_position' && (!c.a.speaker || !c.b.speaker));
    expect(bad.map((c) => `${c.a.article}, ${c.b.article}`)).toEqual([]);
  });

  it('hard negatives: both types present; different_event pairs are two articles of one story, one day, two events', () => {
    const bad: string[] = [];
    set.hardNegatives.forEach((n, i) => {
      if (n.type === 'agree') return;
      if (n.type !== 'different_event') return void bad.push(`hard negative ${i}: type ${(n as { type: string }).type}`);
      const [a, b] = n.articles.map((id) => byId.get(id));
      if (!a || !b) return void bad.push(`hard negative ${i}: unknown article in ${n.articles.join(', ')}`);
      if (a.id === b.id || a.story !== b.story) bad.push(`hard negative ${i}: ${a.id}, ${b.id} are not two articles of one story`);
      if (a.event === null || b.event === null || a.event === b.event) bad.push(`hard negative ${i}: ${a.id}, ${b.id} events ${a.event}, ${b.event}`);
      if (a.publishedAt !== b.publishedAt) bad.push(`hard negative ${i}: ${a.id} ${a.publishedAt}, ${b.id} ${b.publishedAt} not one day`);
    });
    expect(bad).toEqual([]);
    expect(count(set.hardNegatives, (n) => n.type === 'agree')).toBeGreaterThan(0);
    expect(count(set.hardNegatives, (n) => n.type === 'different_event')).toBeGreaterThan(0);
  });

  const tune = count(set.articles, (a) => set.stories.get(a.story)?.split === 'tune');
  const report = count(set.articles, (a) => set.stories.get(a.story)?.split === 'report');
  it(`splits: tune ${tune} and report ${report} of ${set.articles.length} articles, each at least 40%`, () => {
    expect(tune).toBeGreaterThanOrEqual(0.4 * set.articles.length);
    expect(report).toBeGreaterThanOrEqual(0.4 * set.articles.length);
  });

  const langs = ['ru', 'uk', 'en'].map((l) => `${l} ${count(set.articles, (a) => a.lang === l)}`).join(', ');
  const stories = new Set(set.articles.map((a) => a.story)).size;
  it(`size: ${set.articles.length} articles (${langs}) in ${stories} stories; at least 120, 20 per language, 12 stories`, () => {
    expect(set.articles.length).toBeGreaterThanOrEqual(120);
    for (const lang of ['ru', 'uk', 'en']) expect(count(set.articles, (a) => a.lang === lang), lang).toBeGreaterThanOrEqual(20);
    expect(stories).toBeGreaterThanOrEqual(12);
  });

  const outside = count(set.contradictions, (c) => langOf(c.a.article) !== 'en' && langOf(c.b.article) !== 'en');
  const across = count(set.contradictions, (c) => langOf(c.a.article) !== langOf(c.b.article));
  it(`contradictions: ${set.contradictions.length} pairs, ${outside} outside English, ${across} across languages; at least 60, 25, 6, all four kinds`, () => {
    expect(set.contradictions.length).toBeGreaterThanOrEqual(60);
    for (const kind of KINDS) expect(count(set.contradictions, (c) => c.kind === kind), kind).toBeGreaterThan(0);
    expect(outside).toBeGreaterThanOrEqual(25);
    expect(across).toBeGreaterThanOrEqual(6);
  });
});

// Where the texts are materialised (not in CI), every quote must be found in its text, as the bench
// looks it up: an elided or paraphrased quote would never be matched. A text whose hash is not its
// label's is stale (`npm run devset` reports it) and is not judged here.
describe.skipIf(!existsSync(path.join(DEVSET_DIR, 'texts')))('devset quotes in materialised texts', () => {
  // A side's alternates are held to the same test as its quote: the scorer looks them up the same way.
  const spans = sides.flatMap(([where, s]): [string, string, string][] => [
    [where, s.article, s.quote],
    ...(s.also ?? []).map((a, i): [string, string, string] => [`${where} also ${i}`, s.article, a]),
  ]);
  it('every labelled quote and every `also` span is in its article', () => {
    const squash = (t: string) => t.replace(/\s+/g, ' ');
    const bad = spans
      .filter(([, article, span]) => {
        const text = readDevText(article);
        const current = text !== null && createHash('sha256').update(text, 'utf8').digest('hex') === byId.get(article)?.sha256;
        return current && !squash(text).includes(squash(span));
      })
      .map(([where, article, span]) => `${where}: ${article} "${span}"`);
    expect(bad).toEqual([]);
  });
});
