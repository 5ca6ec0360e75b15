import { describe, expect, it } from 'vitest';
import { corpusStatsFrom } from './corpusStats';
import { rankRelated } from './rankRelated';
import { handmade, statement } from './testing';
import type { Entity } from '../types';

// Reports written by hand, as in rankRelated.test.ts: what tells the reports of one story from
// reports that only share a name: spellings across languages, regions, the story's other
// reports, what a long report is about, and padding.
const entity = (id: string, name: string, type: Entity['type'], mentions = 2): Entity => ({ id, name, type, mentions });
const RU = entity('country:RU', 'Russia', 'country', 5);
const UA = entity('country:UA', 'Ukraine', 'country', 5);

describe('rankRelated on people the gazetteer does not know', () => {
  const person = (id: string, name: string) => entity(id, name, 'person', 2);
  const post = handmade('https://be.test/tsygankov', 'be', '2020-08-12', [statement({
    text: 'Жорстка затрыманы і зьбіты палітычны аналітык Віталь Цыганкоў і доктар Вольга Цыганкова.', predicate: 'detain',
  })], { entities: [person('person:cihank', 'Віталь Цыганкоў')], terms: ['затрыман', 'аналітык', 'жонк'] });
  const tsygankov = handmade('https://ru.test/tsygankov', 'ru', '2020-08-12', [statement({
    text: 'Милиция прокомментировала задержание журналиста Виталия Цыганкова и его жены.', predicate: 'detain',
  })], { entities: [person('person:cihankov', 'Виталий Цыганков')], terms: ['задержан', 'журналист', 'жен'] });
  const spokeswoman = handmade('https://ru.test/chemodanova', 'ru', '2020-08-12', [statement({
    text: 'Пресс-секретарь МВД Ольга Чемоданова сообщила о задержании журналистов.', predicate: 'detain',
  })], { entities: [person('person:chemodanov', 'Ольга Чемоданова')], terms: ['задержан', 'журналист', 'пресс-секретар'] });
  const stats = corpusStatsFrom([post, tsygankov, spokeswoman].map((c) => c.analysis));

  it('takes the Belarusian and the Russian spelling of one surname for one man', () => {
    const related = rankRelated(post, [spokeswoman, tsygankov], stats);
    expect(related[0]?.url).toBe('https://ru.test/tsygankov');
    expect(related[0]?.reasons).toEqual(expect.arrayContaining([expect.stringMatching(/^shares Віталь Цыганкоў|^shares Виталий Цыганков/)]));
  });
});

describe('rankRelated on a known person spelt as the gazetteer does not', () => {
  it('takes Колесникова, discovered as a new person, for Maria Kalesnikava', () => {
    const person = (id: string, name: string) => entity(id, name, 'person', 2);
    const ru = handmade('https://ru.test/kolesnikova', 'ru', '2020-09-07', [statement({
      text: 'Колесникову похитили неизвестные сегодня утром в центре Минска.', predicate: 'detain',
    })], { entities: [person('person:kolesnikov', 'Мария Колесникова')], terms: ['похит', 'неизвестн'] });
    const en = handmade('https://en.test/kalesnikava', 'en', '2020-09-07', [statement({
      text: 'Maria Kalesnikava was bundled into a minibus by masked men in central Minsk.', predicate: 'detain',
    })], { entities: [person('person:kalesnikava', 'Maria Kalesnikava')], terms: ['minibus', 'masked'] });
    const other = handmade('https://en.test/tsikhanouskaya', 'en', '2020-09-07', [statement({
      text: 'Sviatlana Tsikhanouskaya called for new protests.', predicate: null,
    })], { entities: [person('person:tsikhanouskaya', 'Sviatlana Tsikhanouskaya')], terms: ['protest'] });
    const related = rankRelated(ru, [other, en], corpusStatsFrom([ru, en, other].map((c) => c.analysis)));
    expect(related.map((r) => r.url)).toEqual(['https://en.test/kalesnikava']);
  });
});

describe('rankRelated on places within one region', () => {
  const place = (id: string, name: string, mentions = 2) => entity(id, name, 'place', mentions);
  const bucha = handmade('https://en.test/bucha', 'en', '2022-04-03', [statement({
    text: 'After the occupiers were expelled from Bucha, Irpin and Hostomel, hundreds of killed civilians were found.', predicate: 'casualties',
  })], { entities: [UA, RU, place('place:bucha', 'Bucha', 4), place('place:irpin', 'Irpin', 1), place('place:hostomel', 'Hostomel', 1)], terms: ['occupier', 'civilian', 'war crime', 'war'] });
  const curfew = handmade('https://uk.test/curfew', 'uk', '2022-04-02', [statement({
    text: 'У Броварському, Вишгородському та Бучанському районах Київської області, звільнених від окупантів, запровадять посилену комендантську годину.',
  })], { entities: [UA, RU, place('place:brovary', 'Brovary'), place('place:kyiv-region', 'Kyiv Region')], terms: ['комендантськ', 'окупант', 'район'] });
  const kharkiv = handmade('https://en.test/kharkiv', 'en', '2022-04-02', [statement({
    text: 'The occupiers shelled Kharkiv again overnight; civilians were killed in the war.', predicate: 'strike',
  })], { entities: [UA, RU, place('place:kharkiv', 'Kharkiv', 3)], terms: ['occupier', 'civilian', 'war', 'shelled'] });
  // An archive where war, occupiers and civilians are in most English reports, as they are.
  const background = [1, 2, 3, 4, 5].map((n) => handmade(`https://en.test/war-${n}`, 'en', '2022-03-20', [], { entities: [UA, RU], terms: ['war', 'occupier', 'civilian'] }));
  const stats = corpusStatsFrom([bucha, curfew, kharkiv, ...background].map((c) => c.analysis));

  it('puts a Ukrainian curfew notice for the liberated districts of Kyiv Region above an English report on Kharkiv for a report on Bucha', () => {
    const related = rankRelated(bucha, [kharkiv, curfew], stats);
    expect(related[0]?.url).toBe('https://uk.test/curfew');
    expect(related[0]?.reasons).toEqual(expect.arrayContaining(['shares Kyiv Region']));
  });
});

describe('rankRelated on the reports of one story', () => {
  const person = (id: string, name: string, mentions = 1) => entity(id, name, 'person', mentions);
  const minsk = entity('place:minsk', 'Minsk', 'place', 2);
  const kalesnikava = person('person:kalesnikava', 'Maria Kalesnikava', 3);
  const query = handmade('https://en.test/kalesnikava', 'en', '2020-09-08', [statement({
    text: 'Maria Kalesnikava tore up her passport at the border to stop her deportation, her allies said.', predicate: 'detain',
  })], { entities: [kalesnikava, minsk], terms: ['passport', 'deportation', 'border'] });
  const ruBorder = handmade('https://ru.test/border', 'ru', '2020-09-08', [statement({
    text: 'Пропавшие члены КС Антон Родненков и Иван Кравцов пересекли границу, Колесникова задержана.', predicate: 'detain',
  })], { entities: [kalesnikava, person('person:rodnenkov', 'Антон Родненков'), person('person:kravcov', 'Иван Кравцов'), minsk], terms: ['границ', 'задержа'] });
  const beBorder = handmade('https://be.test/border', 'be', '2020-09-08', [statement({
    text: 'Антон Радзьненкаў і Іван Краўцоў ужо ў Кіеве, пацвердзіла памежная служба Украіны.',
  })], { entities: [person('person:radniank', 'Антон Радзьненкаў'), person('person:krauc', 'Іван Краўцоў')], terms: ['памежн', 'служб', 'кіев'] });
  const beWeather = handmade('https://be.test/weather', 'be', '2020-09-08', [statement({
    text: 'У Мінску заўтра пахаладае да плюс дзесяці.',
  })], { entities: [entity('place:minsk', 'Minsk', 'place', 1)], terms: ['пахаладае', 'надвор'] });
  const stats = corpusStatsFrom([query, ruBorder, beBorder, beWeather].map((c) => c.analysis));

  it('lists a post about two men who crossed the border with her, though it names neither her nor Minsk', () => {
    const urls = rankRelated(query, [beBorder, ruBorder], stats).map((r) => r.url);
    expect(urls).toEqual(['https://ru.test/border', 'https://be.test/border']);
  });

  // A known miss: a short note that names only Minsk matches a report centred on Minsk almost
  // as well as a report of the story does (its one entity is one the query weighs most), and
  // with no words in common across languages nothing tells it apart.
  it.fails('puts that post above a weather note from Minsk', () => {
    const urls = rankRelated(query, [beWeather, beBorder, ruBorder], stats).map((r) => r.url);
    expect(urls.slice(0, 2)).toEqual(['https://ru.test/border', 'https://be.test/border']);
  });
});

describe('rankRelated on what a long report is about', () => {
  const place = (id: string, name: string, mentions: number) => entity(id, name, 'place', mentions);
  const zelensky = (mentions: number) => entity('person:zelensky', 'Volodymyr Zelensky', 'person', mentions);
  const address = handmade('https://uk.test/address', 'uk', '2022-03-20', [statement({
    text: 'Маріуполь тримається. Ми робимо все, щоб урятувати людей у Маріуполі.',
  })], { entities: [UA, RU, place('place:mariupol', 'Mariupol', 20), place('place:kharkiv', 'Kharkiv', 6), place('place:kyiv', 'Kyiv', 6), zelensky(6)], terms: ['маріупол', 'блокад', 'евакуац'] });
  const mariupol = handmade('https://en.test/mariupol', 'en', '2022-03-20', [statement({
    text: 'Thousands of civilians remain trapped in besieged Mariupol.',
  })], { entities: [UA, RU, place('place:mariupol', 'Mariupol', 6)], terms: ['besieged', 'civilian', 'trapped'] });
  const kharkiv = handmade('https://en.test/kharkiv', 'en', '2022-03-20', [statement({
    text: 'Zelensky visited troops near Kharkiv, then returned to Kyiv.',
  })], { entities: [UA, RU, place('place:kharkiv', 'Kharkiv', 3), place('place:kyiv', 'Kyiv', 2), zelensky(2)], terms: ['visited', 'troop'] });
  const background = [1, 2, 3, 4].map((n) => handmade(`https://en.test/war-${n}`, 'en', '2022-03-10', [], {
    entities: [UA, RU, place('place:kyiv', 'Kyiv', 2), place('place:kharkiv', 'Kharkiv', 1), place('place:mariupol', 'Mariupol', 1), zelensky(1)],
  }));
  const stats = corpusStatsFrom([address, mariupol, kharkiv, ...background].map((c) => c.analysis));

  it('relates an address that names Mariupol twenty times, Kharkiv, Kyiv and Zelensky six times each, first to the report on Mariupol', () => {
    expect(rankRelated(address, [kharkiv, mariupol], stats)[0]?.url).toBe('https://en.test/mariupol');
  });
});

describe('rankRelated padding', () => {
  const medvedev = entity('person:medvedev', 'Dmitry Medvedev', 'person', 1);
  const bridge = entity('place:crimean-bridge', 'Crimean Bridge', 'place', 1);
  const call = handmade('https://ru.test/medvedev-bridge', 'ru', '2022-10-10', [statement({
    text: 'Медведев призвал ответить на взрыв на Крымском мосту «прямым уничтожением террористов».', speaker: 'Medvedev',
  })], { entities: [medvedev, bridge], terms: ['взрыв', 'мост', 'уничтожен', 'террорист'] });
  const blast = handmade('https://ru.test/blast', 'ru', '2022-10-08', [statement({
    text: 'Взрыв на Крымском мосту: что о нем говорят в России и Украине.',
  })], { entities: [bridge, RU, UA], terms: ['взрыв', 'мост'] });
  const bucha = handmade('https://ru.test/medvedev-bucha', 'ru', '2022-04-05', [statement({
    text: 'Медведев считает ситуацию в Буче примером фейка украинской пропаганды.', speaker: 'Medvedev',
  })], { entities: [medvedev, entity('place:bucha', 'Bucha', 'place', 1)], terms: ['фейк', 'пропаганд', 'ситуац'] });
  const background = [1, 2, 3, 4].map((n) => handmade(`https://ru.test/war-${n}`, 'ru', '2022-09-01', [], { entities: [RU, UA], terms: ['войн', 'удар'] }));
  const stats = corpusStatsFrom([call, blast, bucha, ...background].map((c) => c.analysis));

  it('does not pad the reports of the bridge blast with a remark by the same man on Bucha half a year before', () => {
    expect(rankRelated(call, [bucha, blast], stats).map((r) => r.url)).toEqual(['https://ru.test/blast']);
  });
});
