import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Statement } from '../types';
import { analyzeArticle } from './analyzeArticle';
import { seedArticle } from './testing/seedArticles';
import { seedGold } from '../../../tests/support/seeds';

// tests/fixtures/statements/<seed>/expected.json: the statements a reader would expect from
// each seed, every statement named in ../shared/seeds/gold.json among them (gold: true).
const FIXTURES = path.resolve(__dirname, '../../../tests/fixtures/statements');

interface ExpectedStatement extends Partial<Statement> {
  /** Words of the statement's text. */
  text: string;
  gold: boolean;
  /** The analyzer gets this one wrong today, for the reason given: the test runs as a known failure. */
  knownMiss?: string;
  /** Why a field is left out or worded as it is: not compared. */
  note?: string;
}

/** Words no statement may contain: page chrome, inserts, an attribution phrase taken for a claim. */
interface AbsentStatement {
  text: string;
  why: string;
}

const fixtures = readdirSync(FIXTURES).map((slug) => {
  const expected = JSON.parse(readFileSync(path.join(FIXTURES, slug, 'expected.json'), 'utf8')) as { seed: string; statements: ExpectedStatement[]; absent?: AbsentStatement[] };
  return { slug, ...expected };
});

describe.each(fixtures)('statements of seed $slug', ({ seed, statements, absent = [] }) => {
  const analysis = analyzeArticle(seedArticle(seed.slice(0, 3)));
  for (const expected of statements) {
    const { text: words, gold, knownMiss, note: _note, ...fields } = expected;
    // A known miss stays a failing expectation: it.fails turns red the day the analyzer gets it right.
    const test = knownMiss ? it.fails : it;
    test(`${gold ? 'gold' : 'also'}: ${words}${knownMiss ? ` (known miss: ${knownMiss})` : ''}`, () => {
      const found = analysis.statements.find((s) => s.text.includes(words));
      expect(found, `no statement contains "${words}"`).toBeDefined();
      expect(found).toMatchObject(fields);
    });
  }
  it.each(absent.map((a) => [a.text, a.why] as const))('no statement contains "%s" (%s)', (words) => {
    expect(analysis.statements.filter((s) => s.text.includes(words)).map((s) => s.text)).toEqual([]);
  });
});

it('covers both sides of every contradiction in gold.json', () => {
  const gold = seedGold();
  const sides: Array<{ page: string; quote: string }> = [
    ...gold.contradictions.flatMap((c) => [c.a, c.b]),
    ...gold.insideOneArticle.flatMap((c) => [{ ...c.a, page: c.page }, { ...c.b, page: c.page }]),
  ];
  for (const side of sides) {
    const fixture = fixtures.find((f) => f.seed === side.page);
    const golden = fixture?.statements.filter((s) => s.gold) ?? [];
    expect(golden.some((s) => s.text.includes(side.quote) || side.quote.includes(s.text)), `${side.page}: ${side.quote}`).toBe(true);
  }
});
