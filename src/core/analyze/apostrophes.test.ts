import { describe, expect, it } from 'vitest';
import { analyzeArticle } from './analyzeArticle';

// Copy from some agencies and scrapers writes the apostrophe as an acute accent: "Russia´s".
const article = (text: string) => analyzeArticle({
  url: 'https://news.test/soledar', title: 'Fighting for Soledar', byline: null, siteName: null, publishedAt: '2023-01-12', lang: 'en', text,
});

describe('an acute accent written for the apostrophe', () => {
  it('still reads the possessive: the speaker is the ministry, not "Russia´s defence ministry" as a name', () => {
    const [statement] = article('Russia´s defence ministry said on Thursday that its forces had taken the town of Soledar.').statements;
    expect(statement?.speaker).toBe('Russian Defence Ministry');
    expect(statement?.predicate).toBe('occupy');
  });

  it('still reads a negated contraction as a denial ("don´t")', () => {
    const [statement] = article('"We don´t attack civilians," Dmitry Peskov told reporters in Moscow.').statements;
    expect(statement?.polarity).toBe('deny');
  });
});
