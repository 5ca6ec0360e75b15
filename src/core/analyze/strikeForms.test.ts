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

describe('losses counted with the words between the verb and the count', () => {
  it.each([
    ['uk', 'Генштаб ЗСУ повідомив, що Росія втратила в Україні близько 16 тисяч військових.'],
    ['ru', 'Генштаб ВСУ сообщил, что Россия потеряла в Украине около 16 тысяч военных.'],
    ['be', 'Генштаб УСУ паведаміў, што Расія страціла ва Украіне каля 16 тысяч вайскоўцаў.'],
  ])('%s: %s', (lang, text) => {
    expect(findPredicate(text, { lang })?.predicate).toBe('casualties');
  });

  it('a town lost with its people is no toll', () => {
    expect(findPredicate('Росія втратила контроль над містом, де до війни жили 10 тисяч людей.', { lang: 'uk' })?.predicate).not.toBe('casualties');
  });
});

describe('entering a country and joining any war', () => {
  it.each([
    ['ru', 'Российские войска вошли на территорию Украины из Белоруссии.', 'invade'],
    ['uk', 'Російські війська зайшли на територію України з Білорусі.', 'invade'],
    ['be', 'Расійскія войскі ўвайшлі на тэрыторыю Украіны з Беларусі.', 'invade'],
    ['en', 'Russian troops entered Ukrainian territory from Belarus.', 'invade'],
    ['en', 'Lukashenko said Belarus would not take part in any war against Ukraine.', 'join_war'],
    ['en', 'Putin announced a special military operation in Ukraine.', 'attack'],
  ])('%s: %s', (lang, text, predicate) => {
    expect(findPredicate(text, { lang })?.predicate).toBe(predicate);
  });

  it.each([
    ['ru', 'Российские войска вошли в Херсон без боя.'],
    ['en', 'Russian troops entered the city of Kherson.'],
    ['en', 'He entered the territory of the embassy at noon.'],
  ])('not an invasion of a country: %s: %s', (lang, text) => {
    expect(findPredicate(text, { lang })?.predicate).not.toBe('invade');
  });
});

describe('the dead found, a state taking part in the operation', () => {
  it.each([
    ['en', 'Bodies of civilians were found in the streets of Bucha.', 'casualties'],
    ['ru', 'В Буче обнаружены тела более 400 мирных жителей.', 'casualties'],
    ['uk', 'У Бучі знайшли тіла понад 400 цивільних.', 'casualties'],
    ['ru', 'Белорусские войска участвуют в специальной военной операции.', 'join_war'],
    ['uk', 'Білоруські війська беруть участь у спецоперації.', 'join_war'],
    ['be', 'Беларускія войскі ўдзельнічаюць у ваеннай аперацыі.', 'join_war'],
    ['ru', 'Белорусские войска участвуют в операции на Украине.', 'join_war'],
  ])('%s: %s', (lang, text, predicate) => {
    expect(findPredicate(text, { lang })?.predicate).toBe(predicate);
  });

  it.each([
    ['ru', 'Врачи участвовали в операции по спасению шахтёров.'],
    ['en', 'Investigators found the bodywork of the car damaged.'],
  ])('neither: %s: %s', (lang, text) => {
    expect(['join_war', 'casualties']).not.toContain(findPredicate(text, { lang })?.predicate);
  });
});
