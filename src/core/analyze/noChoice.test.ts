import { describe, expect, it } from 'vitest';
import { analyzeArticle } from './analyzeArticle';

// "No choice but to": a negation that affirms what follows. Sentences written for the test.
const polarityOf = (lang: string, text: string) => analyzeArticle({
  url: 'https://wire.test/report', title: '', byline: null, siteName: null, publishedAt: '2022-02-24', lang, text,
}).statements[0]?.polarity;

describe('no other choice but to do it', () => {
  it.each([
    ['en', 'Putin said they did not leave us any other option for defending Russia.'],
    ['ru', 'Путин заявил, что Запад не оставил России другого выбора, кроме как защищать Донбасс.'],
    ['uk', 'Зеленський заявив, що Росія не залишила іншого вибору, крім як захищатися.'],
  ])('affirms: %s: %s', (lang, text) => {
    expect(polarityOf(lang, text)).toBe('affirm');
  });

  it('a plain negation still denies', () => {
    expect(polarityOf('en', 'Putin said Russia would not defend the town.')).toBe('deny');
  });
});
