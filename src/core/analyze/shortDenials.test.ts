import { describe, expect, it } from 'vitest';
import { analyzeArticle } from './analyzeArticle';
import { claimPolarity } from './claimFeatures';
import { findPredicate } from './predicates';

// An official answer to a strike report is often two words: "Погибших нет." It is a casualty
// claim that denies, and it must reach the matcher as a statement to contradict "12 killed".
const statementsOf = (lang: string, body: string) => analyzeArticle({
  url: 'https://news.test/a', title: 'News', byline: null, siteName: null, publishedAt: '2024-03-05', lang,
  text: `Overnight a drone attack hit the city.\n\n${body}`,
}).statements;

describe('short denials of casualties', () => {
  it.each([
    ['ru', 'По словам губернатора, беспилотник упал на склад. Погибших нет.', 'Погибших нет'],
    ['ru', 'Власти сообщили о повреждении здания. Жертв нет.', 'Жертв нет'],
    ['ru', 'Пострадавших и погибших нет.', 'Пострадавших и погибших нет'],
    ['uk', 'Уламки впали на подвір’я приватного будинку. Загиблих немає.', 'Загиблих немає'],
    ['uk', 'Постраждалих немає.', 'Постраждалих немає'],
    ['be', 'Беспілотнік упаў на поле. Загінулых няма.', 'Загінулых няма'],
    ['en', 'A drone fell on a warehouse. No one was killed.', 'No one was killed'],
    ['en', 'Nobody was hurt.', 'Nobody was hurt'],
  ])('%s: "%s" gives a casualty statement that denies', (lang, body, words) => {
    const statement = statementsOf(lang, body).find((s) => s.text.includes(words));
    expect(statement).toMatchObject({ predicate: 'casualties', polarity: 'deny' });
  });

  it.each([
    ['ru', 'Погибших нет', 'deny'],
    ['ru', 'Жертв не было', 'deny'],
    ['uk', 'Загиблих не було', 'deny'],
    ['be', 'Ахвяр не было', 'deny'],
    ['ru', 'Погибших трое, раненых нет', 'affirm'],
    ['uk', 'Загиблих шестеро', 'affirm'],
  ])('%s: the negation after the noun decides: %s → %s', (lang, claim, polarity) => {
    expect(claimPolarity(claim, findPredicate(claim, { lang }), null)).toBe(polarity);
  });

  it('a short sentence that affirms is still too short to be a claim', () => {
    expect(statementsOf('ru', 'Погибшие есть.').find((s) => s.text.includes('Погибшие'))).toBeUndefined();
    expect(statementsOf('uk', 'Загиблі є.').find((s) => s.text.includes('Загиблі'))).toBeUndefined();
  });
});
