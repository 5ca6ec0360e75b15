import { describe, expect, test } from 'vitest';
import { seedIndex, seedRaw } from '../../../tests/support/seeds';
import { articleFromPlainText } from '../extract';
import { detectText, RELEVANCE_THRESHOLD } from '.';

const seedFiles = seedIndex().map((entry) => entry.file);

describe('detectText on the seed articles', () => {
  test.each(seedFiles)('%s is a relevant article naming Belarus', (file) => {
    const article = articleFromPlainText(seedRaw(file), { url: `file:///${file}` });
    const detection = detectText(article.title, article.text);
    expect(detection.isArticle).toBe(true);
    expect(detection.relevant).toBe(true);
    expect(detection.score).toBeGreaterThanOrEqual(RELEVANCE_THRESHOLD);
    expect(detection.countries).toContain('BY');
    expect(detection.countries).toContain('RU');
    expect(detection.reasons.some((reason) => reason.includes('(BY)'))).toBe(true);
  });
});

describe('detectText on other text', () => {
  const bakery = [
    'The county fair crowned a new sourdough champion on Saturday after a tense final round in which three bakers presented loaves judged on crust, crumb and flavour.',
    'Maria Alvarez, a retired schoolteacher, won with a rye loaf she has been perfecting for eleven years. She said the secret was patience and a cool cellar.',
    'The judges praised the open crumb and the deep caramelised crust. Second place went to a father-and-son team who baked a spelt loaf with toasted seeds.',
    'Organisers said entries were up by a third on last year, and that next summer the fair will add a category for gluten-free bread after many requests.',
    'The winning recipe will be printed in the fair programme, and Alvarez said she would teach a free class at the town library in the autumn for anyone who wants to learn.',
    'Next year the contest moves to the new exhibition hall, which organisers say will give the bakers proper ovens and the visitors room to watch every round up close.',
  ].join('\n\n');

  test('an article on another topic is an article, but not relevant', () => {
    const detection = detectText('Retired teacher wins county fair sourdough contest', bakery);
    expect(detection.isArticle).toBe(true);
    expect(detection.relevant).toBe(false);
    expect(detection.score).toBe(0);
    expect(detection.countries).toEqual([]);
  });

  test('a short note naming Putin is not an article', () => {
    const detection = detectText('Putin in Minsk', 'Putin met Lukashenko in Minsk today.\n\nMore soon.');
    expect(detection.isArticle).toBe(false);
    expect(detection.relevant).toBe(false);
    expect(detection.countries).toEqual(['RU', 'BY']);
  });
});
