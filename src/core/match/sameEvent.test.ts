import { describe, expect, it } from 'vitest';
import { sharedEvent } from './sameEvent';
import { handmade, statement } from './testing';
import { analyzeText } from '../pipeline';

const attackOnKyiv = (url: string, publishedAt: string, text: string) =>
  handmade(url, 'en', publishedAt, [statement({ id: `${url}#1`, text, predicate: 'attack', date: '2022-02-24' })], {
    events: [{ id: 'e1', type: 'attack', cameo: '190', actors: ['country:RU'], place: 'place:kyiv', date: '2022-02-24', statementIds: [`${url}#1`] }],
  });

describe('sharedEvent', () => {
  const report = attackOnKyiv('https://en.test/invasion', '2022-02-24', 'Russian troops attacked Kyiv before dawn on 24 February.');

  it('takes two reports of the attack on Kyiv written a day apart for one event', () => {
    const nextDay = attackOnKyiv('https://uk.test/invasion', '2022-02-25', 'Russian forces attacked Kyiv on Thursday, 24 February.');
    expect(sharedEvent(nextDay, report)).not.toBeNull();
  });

  it('does not take a retrospective a year on, naming the same day, for a report of that day', () => {
    const anniversary = attackOnKyiv('https://en.test/one-year-on', '2023-02-24', 'A year ago, on 24 February, Russian troops attacked Kyiv.');
    expect(sharedEvent(anniversary, report)).toBeNull();
  });
});

// Arrests through the analyser, on reports written for the test: who was taken is the event.
describe('sharedEvent for arrests', () => {
  const analysed = (url: string, publishedAt: string, text: string) => {
    const analysis = analyzeText(text, { url, publishedAt });
    return { article: analysis.article, analysis };
  };
  const abduction = analysed('https://en.test/kolesnikova', '2020-09-07',
    'Maria Kolesnikova seized in Minsk\n\nUnidentified men seized the opposition leader Maria Kolesnikova in central Minsk on Monday morning and bundled her into a minibus, witnesses said.');

  it('takes two reports that name the same person arrested for one event', () => {
    const russian = analysed('https://ru.test/kolesnikova', '2020-09-07',
      'Колесникову задержали в Минске\n\nОппозиционного политика Марию Колесникову задержали в центре Минска в понедельник утром, сообщили очевидцы.');
    expect(sharedEvent(russian, abduction)).not.toBeNull();
  });

  it('does not take the arrests at a march the day before for the same event', () => {
    const march = analysed('https://en.test/march', '2020-09-06',
      'Hundreds detained at Minsk march\n\nPolice detained hundreds of protesters at the Sunday march in Minsk, the interior ministry said.');
    expect(sharedEvent(abduction, march)).toBeNull();
  });
});
