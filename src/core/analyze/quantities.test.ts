import { describe, expect, it } from 'vitest';
import { findQuantities } from './quantities';

// Units are keys shared by every language ("troops" for servicemen, военнослужащие, військові,
// żołnierze), so that the numbers of a Russian and an English report compare.
describe('findQuantities', () => {
  it.each([
    ['Russia is sending as many as 9,000 servicemen to Belarus', { min: null, max: 9000, unit: 'troops' }],
    ['Russia was preparing 200,000 fresh troops for a major offensive', { min: 200000, max: 200000, unit: 'troops' }],
    ['approximately 170 tanks', { min: 170, max: 170, unit: 'tanks' }],
    ['more than three hundred people killed and tortured in Bucha', { min: 300, max: null }],
    ['up to 200 armored combat vehicles', { min: null, max: 200, unit: 'vehicles' }],
    ['up to 200 armored vehicles', { min: null, max: 200, unit: 'vehicles' }],
    ['at least 30 drones were shot down', { min: 30, max: null, unit: 'drones' }],
    ['more than 4,000 troops crossed the border', { min: 4000, max: null, unit: 'troops' }],
    ['Three Russian warplanes were deployed', { min: 3, max: 3, unit: 'aircraft' }],
    ['thousands of Russian servicemen were sent', { min: 2000, max: null, unit: 'troops' }],
    ['at least 12 people were killed in the strike', { min: 12, max: null, unit: 'killed' }],
    ['nearly 40 civilians were wounded', { min: null, max: 40, unit: 'wounded' }],
    ['between 300 and 400 troops', { min: 300, max: 400, unit: 'troops' }],
    ['some 1.5 million people fled', { min: 1500000, max: 1500000, unit: 'people' }],
    ['guns of more than 100 mm', { min: 100, max: null, unit: 'mm' }],
  ])('reads %j', (text, expected) => {
    expect(findQuantities(text)[0]).toMatchObject(expected);
  });

  // One and a half, the hundreds in the genitive, and "сотни"/"тысячи" after a bound, where they are
  // one hundred or one thousand rather than "hundreds" or "thousands".
  it.each([
    ['В акции приняли участие около двухсот тысяч человек.', { min: 200000, max: 200000 }],
    ['Задержаны более полутора тысяч человек.', { min: 1500, max: null, unit: 'people' }],
    ['Понад півтори тисячі людей затримано.', { min: 1500, max: null, unit: 'people' }],
    ['Затрыманыя больш за паўтары тысячы чалавек.', { min: 1500, max: null, unit: 'people' }],
    ['Погибли свыше сотни военных.', { min: 100, max: null, unit: 'killed' }],
    ['Задержаны более тысячи человек.', { min: 1000, max: null, unit: 'people' }],
    ['Задержаны не более сотни человек.', { min: null, max: 100, unit: 'people' }],
    ['Затримано понад тисячу людей.', { min: 1000, max: null, unit: 'people' }],
    ['Погибли около пятисот человек.', { min: 500, max: 500, unit: 'killed' }],
    ['Загинули сотні людей.', { min: 200, max: 999, unit: 'killed' }],
    ['Задержаны тысячи человек.', { min: 2000, max: null, unit: 'people' }],
  ])('reads %j', (text, expected) => {
    expect(findQuantities(text)[0]).toMatchObject(expected);
  });

  it('reads a calibre as a measure, not as a number of guns', () => {
    const quantities = findQuantities('up to 100 guns and mortars with a caliber of more than 100 mm');
    expect(quantities.map((q) => [q.min, q.max, q.unit])).toEqual([[null, 100, 'guns'], [100, null, 'mm']]);
    expect(findQuantities('the army fired 152 mm howitzers').filter((q) => q.unit === 'howitzers' || q.unit === 'guns')).toEqual([]);
  });

  it('ignores numbers without a countable unit (years, dates, percentages)', () => {
    expect(findQuantities('In 2019, on Dec. 3, growth was 2.2% and 10 months passed')).toEqual([]);
  });
});

describe('findQuantities in Russian, Ukrainian, Belarusian, Bulgarian and Polish', () => {
  it.each([
    ['около 400 военных прибыли в Гомель', { min: 400, max: 400, unit: 'troops' }],
    ['погибли более 600 человек', { min: 600, max: null, unit: 'killed' }],
    ['в результате удара погибли 5 человек', { min: 5, max: 5, unit: 'killed' }],
    ['понад 600 загиблих', { min: 600, max: null, unit: 'killed' }],
    ['щонайменше 12 загиблих', { min: 12, max: null, unit: 'killed' }],
    ['ще 30 людей отримали поранення', { min: 30, max: 30, unit: 'wounded' }],
    ['ранены не менее 20 мирных жителей', { min: 20, max: null, unit: 'wounded' }],
    ['тысячи российских военнослужащих', { min: 2000, max: null, unit: 'troops' }],
    ['десятки беспилотников', { min: 20, max: 99, unit: 'drones' }],
    ['сотні дронів атакували місто', { min: 200, max: 999, unit: 'drones' }],
    ['2,5 тыс. военнослужащих', { min: 2500, max: 2500, unit: 'troops' }],
    ['9 000 военнослужащих', { min: 9000, max: 9000, unit: 'troops' }],
    ['1,2 млн беженцев', { min: 1200000, max: 1200000, unit: 'refugees' }],
    ['від 300 до 400 військових', { min: 300, max: 400, unit: 'troops' }],
    ['300–400 танков', { min: 300, max: 400, unit: 'tanks' }],
    ['не менее 50 танков', { min: 50, max: null, unit: 'tanks' }],
    ['не более 1500 военных', { min: null, max: 1500, unit: 'troops' }],
    ['почти 400 погибших', { min: null, max: 400, unit: 'killed' }],
    ['запустила двух ракет', { min: 2, max: 2, unit: 'missiles' }],
    ['10 военных самолетов', { min: 10, max: 10, unit: 'aircraft' }],
    ['200 единиц бронетехники', { min: 200, max: 200, unit: 'vehicles' }],
    ['каля 2 тысяч вайскоўцаў', { min: 2000, max: 2000, unit: 'troops' }],
    ['над 300 войници', { min: 300, max: null, unit: 'troops' }],
    ['co najmniej 20 rakiet', { min: 20, max: null, unit: 'missiles' }],
    ['zginęło 12 osób', { min: 12, max: 12, unit: 'killed' }],
  ])('reads %j', (text, expected) => {
    expect(findQuantities(text)[0]).toMatchObject(expected);
  });

  it('gives the killed one key in every language', () => {
    const units = ['12 people were killed', 'погибли 12 человек', 'загинули 12 людей', 'загінулі 12 чалавек', 'zginęło 12 osób', 'загинаха 12 души']
      .map((text) => findQuantities(text)[0]?.unit);
    expect(units).toEqual(['killed', 'killed', 'killed', 'killed', 'killed', 'killed']);
  });

  it('ignores years, dates and percentages', () => {
    expect(findQuantities('В 2022 году, 19 декабря, рост составил 2,2% за 10 месяцев')).toEqual([]);
  });
});

// A count of the people at a protest is one thing in every language, whether the noun comes after
// the number ("31 thousand protesters"), before it ("число участников составило около 31 тысячи")
// or as a verb of taking part ("31 тысяча чалавек удзельнічала").
describe('findQuantities: the participants of a protest', () => {
  it.each([
    ['en', 'Police said about 31 thousand protesters marched in the capital.', 31000],
    ['en', 'The number of participants reached some 31,000, the ministry said.', 31000],
    ['en', 'Around 31,000 people took part in the rallies.', 31000],
    ['ru', 'По данным МВД, число участников акций составило около 31 тысячи.', 31000],
    ['ru', 'Протестующих в МВД насчитали около 31 тысячи человек.', 31000],
    ['ru', 'В акциях приняли участие около 31 тысячи человек.', 31000],
    ['uk', 'Кількість учасників протестів склала близько 31 тисячі.', 31000],
    ['uk', 'У мітингах взяли участь 31 тисяча людей.', 31000],
    ['be', 'Колькасць удзельнікаў акцый склала каля 31 тысячы.', 31000],
    ['be', 'У пратэстах удзельнічала 31 тысяча чалавек.', 31000],
    ['ru', 'В воскресенье на улицы Минска вышли 100 тысяч человек.', 100000],
    ['uk', 'На мітинг вийшли 5 тисяч людей.', 5000],
    ['be', 'На марш выйшлі 100 тысяч чалавек.', 100000],
    ['en', 'Some 100,000 people took to the streets of Minsk.', 100000],
    // A march that gathered them, with the masculine past of each language.
    ['uk', 'Недільний марш зібрав 100 тисяч людей.', 100000],
    ['be', 'Марш адзінства сабраў 100 тысяч чалавек.', 100000],
    // Belarusian writes у as ў after a vowel: "акцыях ўдзельнічала" takes part as "удзельнічала" does.
    ['be', 'МУС абвясціў, што ў пратэстных акцыях 6 верасня ўдзельнічала 31 тысяча чалавек.', 31000],
    ['be', 'Паводле праваабаронцаў, у маршы бралі ўдзел 100 тысяч чалавек.', 100000],
  ])('%s: %s', (_lang, text, value) => {
    expect(findQuantities(text)).toContainEqual(expect.objectContaining({ min: value, max: value, unit: 'participants' }));
  });

  it('leaves other counts of people and dates alone', () => {
    expect(findQuantities('В воскресенье по стране задержаны 633 человека.')[0]?.unit).toBe('people');
    expect(findQuantities('В ходе протестных акций задержаны 633 человека.')[0]?.unit).toBe('people');
    expect(findQuantities('Участники акции 6 сентября прошли по проспекту.')).toEqual([]);
    expect(findQuantities('Протестувальники зібралися 2020.')).toEqual([]);
  });
});

// An exact count given as thousands and the rest: "171 тысячу 618" is 171,618, not 618.
describe('findQuantities: thousands and the rest', () => {
  it.each([
    ['be', 'Платформа "Голас" налічыла 171 тысячу 618 чалавек з беларускімі нумарамі тэлефонаў.', 171618, 'people'],
    ['ru', 'Всего за сутки задержаны 1 тысяча 200 человек.', 1200, 'people'],
    ['uk', 'За добу до лікарень звернулися 2 тисячі 340 людей.', 2340, 'people'],
  ])('%s: %s', (_lang, text, value, unit) => {
    expect(findQuantities(text)).toContainEqual(expect.objectContaining({ min: value, max: value, unit }));
  });

  it('does not add a day of the month to a count', () => {
    expect(findQuantities('Около 30 тысяч человек вышли на улицы 6 сентября.')).toContainEqual(expect.objectContaining({ min: 30000 }));
    expect(findQuantities('Сообщалось о 30 тысячах 6 сентября.')).not.toContainEqual(expect.objectContaining({ min: 30006 }));
  });
});

// A toll named before its figure, and a toll that rose to a figure (which is that figure).
describe('findQuantities: tolls', () => {
  it.each([
    ['ru', 'Число погибших в результате удара по жилому дому в Днепре выросло до 30 человек.', 30, 30],
    ['uk', 'Кількість загиблих зросла до 45 людей.', 45, 45],
    ['en', 'The death toll rose to 40 people.', 40, 40],
    ['ru', 'В результате удара погибли до 30 человек.', null, 30],
  ])('%s: %s', (_lang, text, min, max) => {
    expect(findQuantities(text)).toContainEqual(expect.objectContaining({ min, max, unit: 'killed' }));
  });
});

// One, and the collective numerals Slavic news uses for small tolls ("трое людей", "двоє
// дітей"), are counts; "no one" and "one of" are not a count of one.
describe('findQuantities: one, and collective numerals', () => {
  it.each([
    ['ru', 'В Минске погиб один человек.', 1, 'killed'],
    ['uk', 'Загинула одна людина, ще троє поранені.', 1, 'killed'],
    ['be', 'Падчас пратэстаў у Мінску загінуў адзін чалавек.', 1, 'killed'],
    ['uk', 'У Харкові внаслідок удару загинули троє людей.', 3, 'killed'],
    ['ru', 'В результате обстрела погибли трое мирных жителей.', 3, 'killed'],
    ['ru', 'Погибли пятеро военных.', 5, 'killed'],
    ['uk', 'Загинули двоє дітей.', 2, 'killed'],
    ['be', 'Загінулі трое чалавек.', 3, 'killed'],
  ])('%s: %s', (_lang, text, value, unit) => {
    expect(findQuantities(text)).toContainEqual(expect.objectContaining({ min: value, max: value, unit }));
  });

  it.each([
    'The ministry said no one was killed in the strike.',
    'Nobody was killed, not one person was hurt.',
    'One of the dead was a child.',
    'Один из погибших был ребёнком.',
    'Ни один человек не погиб.',
    'Жодна людина не загинула.',
  ])('reads no count of one in %j', (text) => {
    expect(findQuantities(text).filter((q) => q.min === 1 || q.max === 1)).toEqual([]);
  });
});
