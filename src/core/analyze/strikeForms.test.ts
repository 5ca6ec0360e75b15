import { describe, expect, it } from 'vitest';
import { findPredicate } from './predicates';

// How reports in each language tell that something was struck, bombed or blown up: the verb
// forms agency copy uses beside the ones the lexicon already had. Sentences written for the test.
describe('a strike told by what was hit', () => {
  it.each([
    ['en', 'Russian forces struck the railway station in Kramatorsk.'],
    ['en', 'Missiles hit a supermarket near Lviv overnight.'],
    ['en', 'The army targeted a fuel depot outside the city.'],
    ['en', 'The bridge was hit by Ukrainian missiles on Saturday.'],
    ['en', 'Russian aircraft dropped a bomb on the theatre.'],
    ['ru', 'Российская авиация сбросила бомбу на здание театра.'],
    ['ru', 'Ракета попала в жилой дом в центре города.'],
    ['uk', 'Російська авіація скинула бомбу на драмтеатр.'],
    ['uk', 'Окупанти скинули дві авіабомби на село.'],
    ['be', 'Расійскі самалёт скінуў бомбу на тэатр.'],
    ['be', 'Ракета трапіла ў жылы дом.'],
    ['bg', 'Руски самолет хвърли бомба върху театъра.'],
    ['pl', 'Rosyjski samolot zrzucił bombę na teatr.'],
  ])('%s: %s', (lang, text) => {
    expect(findPredicate(text, { lang })?.predicate).toBe('strike');
  });

  it.each([
    ['en', 'The two leaders struck a deal on grain exports.'],
    ['en', 'Sanctions hit the rouble hard this week.'],
    ['en', 'He was struck by how quiet the city had become.'],
    ['en', 'Inflation hit a record high in March.'],
    ['be', 'Калеснікава на тэрыторыю Украіны не трапіла.'],
    ['ru', 'Он попал в больницу после аварии.'],
    ['uk', 'Депутати скинули з трибуни прапор.'],
  ])('no strike: %s: %s', (lang, text) => {
    expect(findPredicate(text, { lang })?.predicate).not.toBe('strike');
  });
});

describe('sabotage of a structure is an explosion', () => {
  it.each([
    ['en', 'The Kremlin said Ukraine had sabotaged the Kakhovka dam.'],
    ['ru', 'Песков назвал разрушение Каховской ГЭС диверсией Киева.'],
    ['uk', 'Росія здійснила диверсію на Каховській ГЕС.'],
  ])('%s: %s', (lang, text) => {
    expect(findPredicate(text, { lang })?.predicate).toBe('explode');
  });

  it.each([
    ['en', 'Moscow accused Kyiv of sabotaging the peace talks.'],
    ['en', 'Putin spoke of provocations by Ukrainian sabotage groups near the plant.'],
    ['ru', 'В Брянскую область проникла диверсионная группа.'],
  ])('no explosion: %s: %s', (lang, text) => {
    expect(findPredicate(text, { lang })?.predicate).not.toBe('explode');
  });
});
