import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../analyze';
import { callsALie } from '../analyze/speechVerbsSlavic';
import { articleFromText } from '../analyze/testing/seedArticles';
import { claimsOf } from './claims';
import { findContradictions } from './contradictions';
import type { MatchCandidate } from './rankRelated';

// What a dismissal ("staged", "a fake", "a provocation") answers: an incident reported from the
// place it names, never every report from a whole country, and never a sentence where "staged"
// is only the verb ("the forces that staged the coup").
function report(url: string, publishedAt: string, text: string): MatchCandidate {
  const article = articleFromText(text, { url, publishedAt });
  return { article, analysis: analyzeArticle(article) };
}

const speech = report('https://kremlin.test/address', '2022-02-24', `Address by the President of the Russian Federation

"We can see that the forces that staged the coup in Ukraine in 2014 have seized power, are keeping it with the help of ornamental election procedures and have abandoned the path of a peaceful conflict settlement," Vladimir Putin said in his address on Thursday.`);

const countryWide = report('https://news.test/fakes', '2022-03-03', `Moscow rejects reports from Ukraine

"All these reports of shelling in Ukraine are fakes and provocations of the Kyiv regime," Russian Foreign Ministry spokeswoman Maria Zakharova told reporters on Thursday.`);

const plant = report('https://news.test/znpp', '2022-03-04', `Fire at Europe's largest nuclear plant after Russian attack

Russian troops attacked the Zaporizhzhia nuclear power plant on Friday night, setting a training building on fire, Ukrainian officials said.`);

describe('dismissals: what a call of "staged" or "fake" answers', () => {
  it('reads "staged the coup" as the verb, and "a staged provocation" as a verdict', () => {
    expect(callsALie('the forces that staged the coup in Ukraine in 2014 have seized power')).toBe(false);
    expect(callsALie('the Bucha images are a staged provocation')).toBe(true);
    expect(callsALie('what happened in Bucha was staged')).toBe(true);
  });

  it('reads "made to discredit Russia" as a verdict, and a campaign to discredit the opposition as none', () => {
    expect(callsALie('Сполучені Штати і НАТО «замовили» зображення, щоб дискредитувати Росію')).toBe(true);
    expect(callsALie('провокация с целью дискредитации российской армии')).toBe(true);
    expect(callsALie('The images were ordered to discredit Russia')).toBe(true);
    expect(callsALie('Кампания по дискредитации оппозиции продолжается')).toBe(false);
    expect(callsALie('The opposition leader was discredited by the campaign')).toBe(false);
  });

  it('does not set a speech about a coup against an attack on the nuclear plant', () => {
    expect(findContradictions(plant, [speech])).toEqual([]);
  });

  it('reads "the Kyiv regime" as Ukraine, who acts, not as the city', () => {
    const ids = countryWide.analysis.entities.map((e) => e.id);
    expect(ids).toContain('country:UA');
    expect(ids).not.toContain('place:kyiv');
  });

  it('takes "reports of shelling are fakes" for a dismissal, not for a report of shelling', () => {
    const claims = claimsOf(countryWide.article, countryWide.analysis);
    expect(claims.map((c) => [c.act, c.polarity])).toEqual([['dismiss', 'deny']]);
  });

  it('does not set "fakes in Ukraine" against a report of one attack at one place', () => {
    expect(findContradictions(plant, [countryWide])).toEqual([]);
  });

  it('does not set a dismissal of another country\'s affair against a strike its article reports', () => {
    const pressConference = report('https://kremlin.test/press', '2022-04-12', `Putin on Kramatorsk and Bucha

Vladimir Putin spoke about the missile strike on Kramatorsk railway station. "This silence was not there when they staged provocations in Syria and manufactured the alleged use of chemical weapons by the Assad government," Putin said.`);
    const station = report('https://news.test/kramatorsk', '2022-04-09', `Missile strike on Kramatorsk station

A Russian missile struck the railway station in Kramatorsk on Friday, killing 50 civilians waiting to be evacuated, Ukrainian officials said.`);
    const dismissals = claimsOf(pressConference.article, pressConference.analysis).filter((c) => c.act === 'dismiss');
    expect(dismissals.length).toBeGreaterThan(0);
    expect(findContradictions(pressConference, [station])).toEqual([]);
  });

  it('does not read a claim that names no place at the first town of a speech that tours the country', () => {
    const fake = report('https://kremlin.test/fake', '2022-04-12', `Putin: Bucha is a fake

"It was a fake, just like the fake in Bucha," Vladimir Putin told reporters on Tuesday.`);
    const address = report('https://president.test/address', '2022-04-10', `Address by the President of Ukraine

We remember Bucha. Yesterday Russian troops shelled a boat with civilians on the reservoir, killing four people. Kramatorsk buried its dead. In Mariupol the siege goes on, and Kherson waits. In Chernihiv the city counts the damage. Odesa, Mykolaiv and Kharkiv held out again.`);
    expect(findContradictions(address, [fake])).toEqual([]);
  });
});
