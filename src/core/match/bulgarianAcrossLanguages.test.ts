import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../analyze';
import { articleFromText } from '../analyze/testing/seedArticles';
import { findContradictions } from './contradictions';
import { corpusStatsFrom } from './corpusStats';
import { rankRelated, type MatchCandidate } from './rankRelated';

// A Bulgarian report of the fight for Soledar, checked against earlier reports in Russian,
// Ukrainian and English: Bulgarian spells the names its own way ("Русия", "Украйна", "руските"),
// so it meets the others through the gazetteer's Bulgarian forms and the event concepts.
function report(url: string, publishedAt: string, text: string): MatchCandidate {
  const article = articleFromText(text, { url, publishedAt });
  return { article, analysis: analyzeArticle(article) };
}

const moscow = report('https://ru.test/soledar', '2023-01-13', `Минобороны России заявило о взятии Соледара

Министерство обороны России в пятницу сообщило о полном освобождении Соледара в Донецкой области. По данным ведомства, взятие города позволит перерезать пути снабжения украинских войск в Бахмуте.`);

const kyiv = report('https://uk.test/soledar', '2023-01-12', `ЗСУ: бої за Соледар тривають

Речник Східного угруповання ЗСУ Сергій Череватий заявив, що бої за Соледар тривають і місто не захоплене. Генштаб ЗСУ повідомив про відбиття атак біля Соледара та Бахмута.`);

const grid = report('https://en.test/grid', '2023-01-10', `Russia fires missiles at Ukraine's energy grid

Russia launched dozens of missiles at Ukraine's power plants on Thursday, Ukraine's air force said. Blackouts hit Kyiv, Kharkiv and Odesa after the strikes on energy facilities.`);

const sofia = report('https://bg.test/soledar', '2023-01-14', `Киев отрече руските твърдения за превземането на Соледар

Украинските власти отрекоха в петък твърденията на Москва, че руските сили са превзели Соледар. Според говорителя на украинските въоръжени сили Сергий Черевати боевете в града продължават.

Министерството на отбраната на Русия съобщи в петък, че градът е "освободен" след нощен щурм.`);

describe('a Bulgarian report against Russian, Ukrainian and English ones', () => {
  const archive = [moscow, kyiv, grid];

  const related = () => rankRelated(sofia, archive, corpusStatsFrom(archive.map((c) => c.analysis)));

  it('ranks the Russian and Ukrainian reports of Soledar above the strikes on the grid', () => {
    expect(related().slice(0, 2).map((r) => r.url).sort()).toEqual(['https://ru.test/soledar', 'https://uk.test/soledar']);
  });

  it('marks the Ukrainian report of the fighting in Soledar the same event', () => {
    expect(related().find((r) => r.url === 'https://uk.test/soledar')).toMatchObject({ sameEvent: true });
  });

  // The Bulgarian report leads with Kyiv's denial of the capture: a denial of the fall of a
  // named town is about that fall, as the Russian claim of it is.
  it('marks the Russian claim of the capture the same event', () => {
    expect(related().find((r) => r.url === 'https://ru.test/soledar')).toMatchObject({ sameEvent: true });
  });

  it('sets Kyiv\'s denial, told in Bulgarian, against Moscow\'s claim to have taken the town', () => {
    const found = findContradictions(sofia, archive);
    expect(found.some((c) => c.other.url === 'https://ru.test/soledar' && c.statement.text.includes('Соледар'))).toBe(true);
  });
});
