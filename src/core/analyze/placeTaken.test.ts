import { describe, expect, it } from 'vitest';
import { analyzeArticle } from './analyzeArticle';

const article = (text: string) => analyzeArticle({
  url: 'https://news.test/bakhmut', title: 'Fighting for Bakhmut', byline: null, siteName: null, publishedAt: '2023-01-12', lang: 'en', text,
});
const statementWith = (text: string, words: string) => article(text).statements.find((s) => s.text.includes(words));

describe('a verb of taking or holding with a town for its object', () => {
  it('"have taken Soledar" is a capture of Soledar', () => {
    expect(statementWith('Prigozhin said his men had taken Soledar on Wednesday.', 'taken Soledar')).toMatchObject({ predicate: 'occupy' });
  });

  it('"continue to hold Bakhmut" is the town held, against a claim of its capture', () => {
    expect(statementWith('Ukrainian forces continue to hold Bakhmut, Zelensky said on Tuesday.', 'hold Bakhmut')).toMatchObject({ predicate: 'hold', speaker: 'Volodymyr Zelensky' });
    expect(statementWith('The general said his troops still held Soledar on Thursday.', 'held Soledar')).toMatchObject({ predicate: 'hold' });
  });

  it('talks held in a town, and steps taken, hold and take nothing', () => {
    expect(statementWith('The two leaders held talks in Minsk, the Kremlin said.', 'held talks')?.predicate).not.toBe('hold');
    expect(statementWith('Kyiv has taken steps to secure Bakhmut, the minister said.', 'taken steps')?.predicate).not.toBe('occupy');
  });
});
