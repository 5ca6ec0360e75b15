import { describe, expect, it } from 'vitest';
import { MAX_STATEMENTS, MAX_TEXT_CHARS } from '../../src/core/limits';
import { analyzeText } from '../../src/core/pipeline';
import { fillTo, timed } from './timed';

// A whole page of hostile text through detect, extract and analyse. Uncapped, 1.5 M characters
// took 16-55 s here (linear but slow); within the caps each case takes 0.1-2.5 s.
const TITLE = 'Russia and Belarus: a page written to stall the reader';
const CASES: Array<[string, string]> = [
  ['one giant token', 'Lukashenko'.repeat(150_000)],
  ['100,000 distinct sentences', fillTo(1_500_000, (i) => `Russia said the strike on Kharkiv killed ${i} people.`, ' ')],
  ['repeated quotes', fillTo(1_500_000, () => '““We will not attack Belarus,” “We will not attack Belarus,”” Lukashenko said.', ' ')],
  ['thousands of capitalised names', fillTo(1_500_000, (i) => `Colonel Ivan Kovalen${'ko uk ych ets yk'.split(' ')[i % 5]} said Russia attacked Kyiv.`, ' ')],
  ['Russian names and speech verbs', fillTo(1_500_000, () => 'Министр обороны Иван Петров заявил, что Россия не нападала на Киев.', '\n\n')],
  ['a share bar of 1.5 M characters', 'Facebook Twitter Telegram '.repeat(60_000)],
];

describe('the whole pipeline on hostile text', () => {
  it.each(CASES)('reads %s within the caps and the bound', (_, body) => {
    const { result, ms } = timed(() => analyzeText(`${TITLE}\n\n${body}`, { url: 'https://hostile.test/', publishedAt: '2024-03-20' }));
    expect(ms).toBeLessThan(15_000);
    expect(result.article.truncated).toBe(true); // the panel can say the page was not read whole
    expect(result.article.text.length).toBeLessThanOrEqual(MAX_TEXT_CHARS);
    expect(result.statements.length).toBeLessThanOrEqual(MAX_STATEMENTS);
    expect(result.article.title).toBe(TITLE);
  }, 60_000);

  it('keeps the first 2,000 statements of an article that makes thousands', () => {
    const body = fillTo(1_500_000, (i) => `Russia said the strike on Kharkiv killed ${i} people.`, ' ');
    const result = analyzeText(`${TITLE}\n\n${body}`, { url: 'https://hostile.test/', publishedAt: '2024-03-20' });
    expect(result.statements).toHaveLength(MAX_STATEMENTS);
    expect(result.statements[0]?.text).toContain('killed 0 people');
    expect(result.entities.map((e) => e.id)).toEqual(expect.arrayContaining(['country:RU', 'place:kharkiv']));
  }, 60_000);

  // Known miss: quote marks nested 20,000 deep take 3.7 s in extractStatements (quadratic,
  // src/core/analyze, not this suite's file); 200,000 deep took 520 s within the text cap.
  it.fails('reads quote marks nested 20,000 deep within a second (known miss)', () => {
    const body = `${'“'.repeat(20_000)}We will not attack Ukraine${'”'.repeat(20_000)}, Lukashenko said.`;
    const { ms } = timed(() => analyzeText(`${TITLE}\n\n${body}`, { url: 'https://hostile.test/', publishedAt: '2024-03-20' }));
    expect(ms).toBeLessThan(1_000);
  }, 60_000);
});
