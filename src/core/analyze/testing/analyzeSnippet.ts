// Test helper: analyse a few sentences written for a test, as an article with a headline.
import type { Analysis, ExtractedArticle, Statement } from '../../types';
import { analyzeArticle } from '../analyzeArticle';

export function articleOf(text: string, publishedAt: string | null = '2022-12-19'): ExtractedArticle {
  const [title = '', ...body] = text.split('\n\n');
  return { url: 'https://news.test/story', title, byline: null, siteName: null, publishedAt, lang: 'en', text: body.join('\n\n') };
}

export function analyzeSnippet(text: string, publishedAt: string | null = '2022-12-19'): Analysis {
  return analyzeArticle(articleOf(text, publishedAt));
}

/** The statement whose text contains `words`. */
export function statementIn(text: string, words: string, publishedAt: string | null = '2022-12-19'): Statement | undefined {
  return analyzeSnippet(text, publishedAt).statements.find((s) => s.text.includes(words));
}
