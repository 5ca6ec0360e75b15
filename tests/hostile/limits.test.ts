import { describe, expect, it } from 'vitest';
import { capArticle, capStatements, cutText, MAX_STATEMENTS, MAX_TEXT_CHARS, MAX_TITLE_CHARS } from '../../src/core/limits';
import { handmade, statement } from '../../src/core/match/testing';
import type { ExtractedArticle } from '../../src/core/types';
import { timed } from './timed';

const article = (fields: Partial<ExtractedArticle>): ExtractedArticle => ({
  url: 'https://news.test/a', title: 'Lukashenko says Belarus will not join the war', byline: 'Jane Doe', siteName: 'News',
  publishedAt: '2022-03-01', lang: 'en', text: 'Belarus will not send troops to Ukraine, Lukashenko said on Tuesday.', ...fields,
});

describe('caps on what enters the pipeline', () => {
  it('leaves an article of ordinary size as it is, with no truncated mark', () => {
    const ordinary = article({});
    expect(capArticle(ordinary)).toBe(ordinary);
    expect('truncated' in capArticle(ordinary)).toBe(false);
  });

  it('cuts a 2 M-character text at a paragraph break and marks the article truncated', () => {
    const paragraph = 'Belarusian troops held exercises near the border with Ukraine on Tuesday, the ministry said.';
    const text = Array.from({ length: 22_000 }, () => paragraph).join('\n\n');
    const { result, ms, mb } = timed(() => capArticle(article({ text })));
    expect(ms).toBeLessThan(500);
    expect(mb).toBeLessThan(64); // MB of heap
    expect(result.truncated).toBe(true);
    expect(result.text.length).toBeLessThanOrEqual(MAX_TEXT_CHARS);
    expect(result.text.length).toBeGreaterThan(MAX_TEXT_CHARS * 0.9);
    expect(result.text.endsWith(paragraph)).toBe(true); // the last paragraph read is whole
  });

  it('cuts one giant token where it must', () => {
    const result = capArticle(article({ text: 'x'.repeat(2_000_000) }));
    expect(result.text).toHaveLength(MAX_TEXT_CHARS);
    expect(result.truncated).toBe(true);
  });

  it('cuts a title, a byline and a site name of a megabyte at a word', () => {
    const huge = 'Putin Lukashenko '.repeat(60_000);
    const result = capArticle(article({ title: huge, byline: huge, siteName: huge }));
    expect(result.title.length).toBeLessThanOrEqual(MAX_TITLE_CHARS);
    expect(result.title.endsWith('Lukashenko') || result.title.endsWith('Putin')).toBe(true);
    expect(result.byline!.length).toBeLessThan(1_000);
    expect(result.siteName!.length).toBeLessThan(1_000);
    expect(result.truncated).toBe(true);
  });

  it('keeps the first statements of a flooded article and the events that still have one', () => {
    const statements = Array.from({ length: 5_000 }, (_, i) => statement({ text: `Russia shelled Kharkiv for the ${i}th time.`, predicate: 'strike' }));
    const flood = handmade('https://flood.test/', 'en', '2022-03-01', statements, {
      places: { [statements[0]!.id]: 'place:kharkiv', [statements[4_999]!.id]: 'place:kyiv' },
    });
    const capped = capStatements(flood.analysis);
    expect(capped?.statements).toHaveLength(MAX_STATEMENTS);
    expect(capped?.statements[0]).toBe(statements[0]);
    expect(capped?.events.map((e) => e.place)).toEqual(['place:kharkiv']);
    expect(capStatements(handmade('https://one.test/', 'en', '2022-03-01', statements.slice(0, 3)).analysis)).toBeNull();
  });

  it('cuts plain text between sentences when it has no paragraphs', () => {
    const text = 'Minsk denied it. '.repeat(30);
    expect(cutText(text, 200)).toBe('Minsk denied it. '.repeat(11).trimEnd()); // not at the word after it
  });
});
