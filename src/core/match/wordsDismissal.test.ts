import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../analyze';
import { articleFromText } from '../analyze/testing/seedArticles';
import { claimsOf } from './claims';
import { findContradictions, findContradictionsWithin } from './contradictions';
import { DISMISS_WORDS } from './dismissals';
import type { MatchCandidate } from './rankRelated';

// Calling what a named person said false ("Grossi's comments were unfounded", "Песков назвал
// заявления Зеленского ложью") answers what that person affirmed in the days around it, whatever
// act the words named; not what others said of him, and not his words of another month.
function report(url: string, publishedAt: string, text: string): MatchCandidate {
  const article = articleFromText(text, { url, publishedAt });
  return { article, analysis: analyzeArticle(article) };
}

const wordsDismissals = (r: MatchCandidate) => claimsOf(r.article, r.analysis).filter((c) => c.act === DISMISS_WORDS);

describe('a person\'s words called false', () => {
  it('sets the adviser\'s "unfounded" against the explosions the IAEA chief reported, in one article', () => {
    const plant = report('https://news.test/znpp-blasts', '2022-11-21', `Explosions rock Zaporizhzhia nuclear plant, IAEA says

Rafael Grossi, the head of the International Atomic Energy Agency, said more than a dozen explosions shook the Zaporizhzhia nuclear power plant on Sunday.

Renat Karchaa, an adviser to the head of Rosenergoatom, said Grossi's comments were unfounded.`);
    const found = findContradictionsWithin(plant);
    expect(found).toHaveLength(1);
    expect([found[0]!.statement.speaker, found[0]!.other.speaker].sort()).toEqual(['Rafael Grossi', 'Renat Karchaa']);
    expect(found[0]!.explanation).toMatch(/calls what Rafael Grossi said false/);
  });

  const zelensky = report('https://news.test/kramatorsk', '2022-04-08', `Удар по вокзалу в Краматорске

Президент Украины Владимир Зеленский заявил, что российские войска нанесли ракетный удар по железнодорожному вокзалу в Краматорске.`);

  it('answers Zelensky\'s report with Peskov\'s "lie" the next day, in Russian', () => {
    const peskov = report('https://news.test/peskov', '2022-04-09', `Кремль ответил Киеву

Пресс-секретарь президента России Дмитрий Песков назвал слова Зеленского ложью и провокацией.`);
    expect(wordsDismissals(peskov)).toHaveLength(1);
    const found = findContradictions(peskov, [zelensky]);
    expect(found.map((c) => [c.statement.speaker, c.other.speaker])).toEqual([['Dmitry Peskov', 'Volodymyr Zelensky']]);
  });

  it('does not answer words said a month before', () => {
    const later = report('https://news.test/peskov-may', '2022-05-12', `Кремль ответил Киеву

Пресс-секретарь президента России Дмитрий Песков назвал слова Зеленского ложью и провокацией.`);
    expect(findContradictions(later, [zelensky])).toEqual([]);
  });

  it('does not answer what others said of the person', () => {
    const visit = report('https://news.test/visit', '2022-04-08', `Зеленский в Буче

В офисе президента сообщили, что Владимир Зеленский посетил Бучу вместе с журналистами.`);
    const peskov = report('https://news.test/peskov', '2022-04-09', `Кремль ответил Киеву

Пресс-секретарь президента России Дмитрий Песков назвал слова Зеленского ложью.`);
    expect(findContradictions(peskov, [visit])).toEqual([]);
  });

  it('reads the Ukrainian "є брехнею" and the English "called ... a lie" the same way', () => {
    const uk = report('https://news.test/bakhmut', '2023-05-21', `Генштаб про Бахмут

У Генштабі ЗСУ заявили, що слова Пригожина про захоплення Бахмута є брехнею.`);
    const en = report('https://news.test/kremlin', '2022-04-09', `Kremlin hits back

Kremlin spokesman Dmitry Peskov called Zelensky's claims about the strike a lie.`);
    expect(wordsDismissals(uk).map((c) => c.actor?.key)).toEqual(['person:prigozhin']);
    expect(wordsDismissals(en).map((c) => [c.voice, c.actor?.key])).toEqual([['person:peskov', 'person:zelensky']]);
  });

  it('leaves out a country\'s claims called false and a verdict of a speaker\'s own words', () => {
    const country = report('https://news.test/labs', '2022-03-10', `White House on labs

The White House called Russia's claims about biological laboratories in Ukraine absurd.`);
    const own = report('https://news.test/own', '2022-03-10', `Peskov on his words

Dmitry Peskov said his own words about the talks had been misunderstood, not false.`);
    expect(wordsDismissals(country)).toEqual([]);
    expect(wordsDismissals(own)).toEqual([]);
  });
});
