import { describe, expect, test } from 'vitest';
import type { ExtractedArticle } from '@/src/core/types';
import { ArticleHeader } from './ArticleHeader';
import { renderForTest } from './renderForTest';

const article: ExtractedArticle = {
  url: 'https://www.svaboda.org/a/30774.html', title: 'У Мінску загінуў удзельнік пратэсту', byline: null,
  siteName: 'Радыё Свабода', publishedAt: '2020-08-11', lang: 'be', text: 'Тэкст.',
};

describe('the article header', () => {
  test('says when the page was too long to read whole', () => {
    expect(renderForTest(<ArticleHeader article={{ ...article, truncated: true }} detection={null} />).all('.truncated')[0]?.textContent)
      .toBe('This page is too large to read whole: Backstory read as much of it as its limits allow (the first 300,000 characters, 2,000 statements, a title of 500 characters).');
    expect(renderForTest(<ArticleHeader article={article} detection={null} />).all('.truncated')).toHaveLength(0);
  });
});
