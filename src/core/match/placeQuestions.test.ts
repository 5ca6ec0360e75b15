import { describe, expect, it } from 'vitest';
import { claimsOf } from './claims';
import { findContradictions } from './contradictions';
import type { Statement } from '../types';
import { handmade, statement } from './testing';

// Questions a report answers by where rather than by whom: a toll in a city, the killings in a
// town that an official calls staged. Statements written by hand with the fields a reader fills in.
const toll = (url: string, lang: string, date: string, fields: Partial<Statement> & { text: string }) =>
  handmade(url, lang, date, [statement({ predicate: 'casualties', ...fields })]);

describe('findContradictions: acts told of a place', () => {
  const ministry = toll('https://be.test/ministry', 'be', '2020-08-10', {
    text: 'У Міністэрстве сцвярджаюць, што падчас масавых пратэстаў у Мінску ніхто не загінуў.',
    speaker: 'Міністэрства ўнутраных спраў', attribution: 'indirect', polarity: 'deny',
  });

  it('sets "no one died in Minsk" against "one man died in Minsk" the same night, though neither names who killed', () => {
    const viasna = toll('https://be.test/viasna', 'be', '2020-08-10', {
      text: 'Праваабаронцы з «Вясны» пішуць, што падчас учорашніх пратэстаў у Мінску загінуў адзін чалавек.',
      speaker: 'Viasna', attribution: 'indirect',
    });
    expect(findContradictions(ministry, [viasna])).toHaveLength(1);
  });

  it('reads a sentence that names no one and nothing ("Погибших нет.") at its article\'s place', () => {
    const inCity = (id: string, name: string) => ({ entities: [{ id, name, type: 'place' as const, mentions: 3 }] });
    const ministryOfHealth = (url: string, city: ReturnType<typeof inCity>) => handmade(url, 'ru', '2020-08-10', [statement({ predicate: 'casualties', text: 'Погибших нет.', polarity: 'deny', speaker: 'Министерство здравоохранения', attribution: 'indirect' })], city);
    const viasna = toll('https://be.test/viasna', 'be', '2020-08-10', {
      text: 'Праваабаронцы з «Вясны» пішуць, што падчас учорашніх пратэстаў у Мінску загінуў адзін чалавек.',
      speaker: 'Viasna', attribution: 'indirect',
    });
    expect(findContradictions(ministryOfHealth('https://ru.test/minsk', inCity('place:minsk', 'Minsk')), [viasna])).toEqual([expect.objectContaining({ kind: 'opposing_claims' })]);
    expect(findContradictions(ministryOfHealth('https://ru.test/brest', inCity('place:brest', 'Brest')), [viasna])).toEqual([]);
  });

  it('does not set it against a death in another city, nor against one in Minsk weeks later', () => {
    const brest = toll('https://ru.test/brest', 'ru', '2020-08-10', { text: 'В Бресте во время протестов погиб человек.' });
    const later = toll('https://ru.test/later', 'ru', '2020-09-20', { text: 'В Минске погиб задержанный.', date: '2020-09-19' });
    expect(findContradictions(ministry, [brest, later])).toEqual([]);
  });
});

describe('findContradictions: dismissals', () => {
  const massKillings = toll('https://uk.test/un', 'uk', '2022-04-05', {
    text: 'Масові вбивства у нашому місті Бучі – це лише один із багатьох прикладів.',
  });

  it('reads a dismissal inside a sentence that says something else too', () => {
    const lavrov = handmade('https://ru.test/lavrov', 'ru', '2022-04-05', [statement({
      text: '«Лживая провокация в Буче» направлена на срыв переговоров России и Украины.',
      speaker: 'Sergei Lavrov', attribution: 'indirect', predicate: 'negotiate', subject: 'Russia',
    })]);
    expect(findContradictions(lavrov, [massKillings])).toEqual([expect.objectContaining({ kind: 'denial_vs_report' })]);
  });

  it('places a count where the sentence says, not where a merged event put it', () => {
    const zelensky = handmade('https://uk.test/300', 'uk', '2022-04-04', [statement({
      id: 'toll', text: 'На цей час тільки в одній Бучі відомо про понад триста вбитих і закатованих людей.', predicate: 'casualties',
    })], { places: { toll: 'place:mariupol' } });
    const medvedev = handmade('https://ru.test/fake', 'ru', '2022-04-05', [statement({
      text: 'Медведев назвал ситуацию в Буче примером фейка украинской пропаганды.', speaker: 'Dmitry Medvedev', attribution: 'indirect',
    })]);
    expect(findContradictions(medvedev, [zelensky])).toHaveLength(1);
  });

  // An accusation that names no place is read where its article is: in a speech about Bucha it
  // is about Bucha (the dismissal answers it); in a report about Kharkiv it is not.
  const accusationIn = (where: Array<{ id: string; name: string; type: 'place'; mentions: number }>) => handmade('https://en.test/speech', 'en', '2022-04-05', [statement({
    text: 'There is ample evidence that Russian troops destroy peaceful cities and kill civilians.', predicate: 'casualties', subject: 'Russia',
  })], { entities: where });
  const peskov = () => handmade('https://ru.test/peskov', 'ru', '2022-04-05', [statement({
    text: 'Песков назвал обвинения в адрес РФ по ситуации в Буче срежиссированным шоу.', speaker: 'Dmitry Peskov', attribution: 'indirect',
  })]);

  it('answers an accusation that names no place when its article is about Bucha', () => {
    const found = findContradictions(peskov(), [accusationIn([{ id: 'place:bucha', name: 'Bucha', type: 'place', mentions: 4 }])]);
    expect(found.map((c) => c.kind)).toEqual(['denial_vs_report']);
  });

  it('does not answer it when its article is about another town', () => {
    const found = findContradictions(peskov(), [accusationIn([{ id: 'place:kharkiv', name: 'Kharkiv', type: 'place', mentions: 5 }, { id: 'place:bucha', name: 'Bucha', type: 'place', mentions: 1 }])]);
    expect(found).toEqual([]);
  });
});

describe('claimsOf: a capital that stands for its government is no place', () => {
  const placeOf = (text: string) => {
    const side = handmade('https://en.test/a', 'en', '2023-02-16', [statement({ text, predicate: 'control', speaker: 'Donetsk officials', attribution: 'indirect' })]);
    return claimsOf(side.article, side.analysis)[0]?.place ?? null;
  };

  it('reads "Moscow’s forces ... the roads to Bakhmut" at Bakhmut, not Moscow', () => {
    expect(placeOf('Moscow’s forces were in control of all access roads to Bakhmut.')).toBe('place:bakhmut');
  });

  it('reads "Kyiv says" and "Москва заявила" as governments, and "в Москве", "strikes on Kyiv" as cities', () => {
    expect(placeOf('Kyiv says its soldiers are holding out.')).toBeNull();
    expect(placeOf('Москва заявила, что контролирует город.')).toBeNull();
    expect(placeOf('Протест прошёл в Москве.')).toBe('place:moscow');
    expect(placeOf('The missile strikes on Kyiv continued overnight.')).toBe('place:kyiv');
  });
});
