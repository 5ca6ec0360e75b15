import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../analyze';
import { articleFromText } from '../analyze/testing/seedArticles';
import { findContradictions } from './contradictions';
import type { MatchCandidate } from './rankRelated';

// An official's "our forces did not use firearms" against a report of someone shot on those
// days in that country: a use of force denied and a casualty reported answer one question.
function report(url: string, publishedAt: string, text: string): MatchCandidate {
  const article = articleFromText(text, { url, publishedAt });
  return { article, analysis: analyzeArticle(article) };
}

const minister = report('https://news.test/mvd', '2020-08-12', `МВД о протестах

Министр внутренних дел Юрий Караев заявил, что сотрудники милиции не применяли огнестрельное оружие во время акций протеста в Минске.`);

describe('a denial of firearms against a gunshot wound', () => {
  it('sets the minister\'s denial against a protester\'s gunshot wound in Minsk two days before', () => {
    const wounded = report('https://news.test/wounded', '2020-08-10', `Раненый на Пушкинской

Житель Минска получил огнестрельное ранение во время протестов в ночь на 10 августа, сообщили врачи.`);
    const found = findContradictions(minister, [wounded]);
    expect(found).toHaveLength(1);
    expect(found[0]!.statement.speaker).toBe('Юрий Караев');
    expect(found[0]!.explanation).toMatch(/denies that .*used firearms; .*gunshot wound/);
  });

  it('reads the Ukrainian and English wordings alike', () => {
    const kyiv = report('https://news.test/mvs', '2014-01-22', `Interior ministry on Hrushevskoho

Ukraine's interior ministry said police did not use firearms against protesters in Kyiv.`);
    const shot = report('https://news.test/shot', '2014-01-22', `Загиблі на Грушевського

У Києві на вулиці Грушевського протестувальник загинув від вогнепального поранення, повідомили медики.`);
    expect(findContradictions(shot, [kyiv]).map((c) => c.other.url)).toEqual(['https://news.test/mvs']);
  });

  it('leaves a wound a month later, or in another country, unanswered', () => {
    const later = report('https://news.test/later', '2020-09-20', `Раненый в Минске

Житель Минска получил огнестрельное ранение во время протестов, сообщили врачи.`);
    const elsewhere = report('https://news.test/kyiv', '2020-08-11', `Стрельба в Киеве

В Киеве мужчина получил огнестрельное ранение во время ссоры у кафе, сообщили в полиции.`);
    expect(findContradictions(minister, [later, elsewhere])).toEqual([]);
  });

  it('does not answer a denial of one side with the other side\'s shooting', () => {
    const denial = report('https://news.test/ua', '2022-04-02', `Ukraine's army on Bucha

A spokesman for Ukraine's armed forces said Ukrainian troops did not use firearms against civilians in Bucha.`);
    const shooting = report('https://news.test/bucha', '2022-04-03', `Civilians shot in Bucha

Russian soldiers shot dead a man on his bicycle in Bucha, witnesses said.`);
    expect(findContradictions(shooting, [denial])).toEqual([]);
  });
});
