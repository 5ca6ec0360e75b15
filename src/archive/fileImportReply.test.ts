import { describe, expect, test } from 'vitest';
import { analyzeExtracted } from '../core/pipeline';
import { detectText } from '../core/detect';
import type { ExtractedArticle } from '../core/types';
import { analyzedFromReply, analyzeReply } from './fileImportReply';

// Written for the test: a short Ukrainian report with a quoted statement.
const article: ExtractedArticle = {
  url: 'https://news.example.ua/2024/03/12/kordon',
  title: 'Зеленський: Україна посилює кордон з Білоруссю',
  byline: null,
  siteName: 'News Example',
  publishedAt: '2024-03-12',
  lang: 'uk',
  text: [
    'Президент України Володимир Зеленський заявив у понеділок, що Україна посилює захист кордону з Білоруссю.',
    '«Ми готові до будь-якого сценарію», — сказав Зеленський журналістам у Києві.',
    'Міністр оборони Білорусі Віктор Хренін заявив, що Білорусь не готує наступу на Україну.',
  ].join('\n\n'),
};
const detection = detectText(article.title, article.text);

describe('the analysis worker’s reply', () => {
  test('leaves out the article and its detection, which the page sent, and the page puts them back as analysis gave them', () => {
    const analyzed = analyzeExtracted(article, detection);
    const reply = analyzeReply(7, article, analyzed);
    expect(reply).not.toHaveProperty('article');
    expect(JSON.stringify(reply)).not.toContain(JSON.stringify(article.text));
    // Across the worker's boundary the reply is a structured clone.
    const back = analyzedFromReply(structuredClone(reply) as Extract<typeof reply, { analysis: unknown }>, { article, detection });
    expect(back).toEqual(analyzed);
    expect(back.statements.some((statement) => /Zelensk|Зеленськ/u.test(statement.speaker ?? ''))).toBe(true);
  });

  test('carries the article when analysis changed it (statements past the cap make it truncated)', () => {
    const analyzed = analyzeExtracted(article, detection);
    const truncated = { ...analyzed, article: { ...article, truncated: true as const } };
    const reply = analyzeReply(8, article, truncated);
    const back = analyzedFromReply(structuredClone(reply) as Extract<typeof reply, { analysis: unknown }>, { article, detection });
    expect(back.article.truncated).toBe(true);
    expect(back).toEqual(truncated);
  });
});
