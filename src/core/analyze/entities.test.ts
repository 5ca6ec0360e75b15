import { describe, expect, it } from 'vitest';
import { seedGold } from '../../../tests/support/seeds';
import { findEntities } from './entities';
import { countryIdOf, enclosingEntries } from './gazetteer';
import { seedArticle } from './testing/seedArticles';

const idsOf = (text: string, publishedAt: string | null = '2022-12-19') => findEntities(text, publishedAt).entities.map((e) => e.id);
const namesOf = (text: string, publishedAt: string | null = '2022-12-19') => findEntities(text, publishedAt).entities.map((e) => e.name);

function goldSpeakers(): Array<[string, string]> {
  const gold = seedGold();
  const sides = [
    ...gold.contradictions.flatMap((c) => [c.a, c.b]),
    ...gold.insideOneArticle.flatMap((c) => [{ ...c.a, page: c.page }, { ...c.b, page: c.page }]),
  ];
  const pairs = sides.filter((s) => s.page && s.speaker && /^\p{Lu}\S+ \p{Lu}\S+$/u.test(s.speaker)).map((s) => [(s.page as string).slice(0, 3), s.speaker as string] as [string, string]);
  return [...new Map(pairs.map((p) => [p.join('|'), p])).values()];
}

describe('findEntities on the seed articles', () => {
  it.each(goldSpeakers())('seed %s names the gold speaker %s as an entity', (seed, speaker) => {
    const article = seedArticle(seed);
    expect(namesOf(`${article.title}\n\n${article.text}`, article.publishedAt)).toContain(speaker);
  });
});

describe('findEntities in Russian, Ukrainian and Belarusian', () => {
  it.each([
    ['ru', 'Лукашенко встретился с Путиным в Минске, сообщает БелТА.', ['person:lukashenko', 'person:putin', 'place:minsk', 'org:belta']],
    ['uk', 'Зеленський заявив, що Лукашенко не наважиться напасти з боку Гомельщини.', ['person:zelensky', 'person:lukashenko', 'place:gomel-region']],
    ['be', 'Лукашэнка сустрэўся з Пуціным у Мінску; Хрэнін пра рэгіянальную групоўку войскаў.', ['person:lukashenko', 'person:putin', 'place:minsk', 'person:khrenin', 'unit:regional-grouping']],
    ['ru', 'Министр обороны Белоруссии Виктор Хренин заявил, что Минобороны Беларуси не планирует наступления.', ['person:khrenin', 'org:by-defence-ministry']],
    ['uk', 'Сили оборони звільнили Соледар і утримують Бахмут, повідомив Генштаб ЗСУ.', ['place:soledar', 'place:bakhmut', 'org:ua-general-staff']],
    ['ru', 'Шойгу и Герасимов прибыли в Ростов; Пригожин обвинил их в провале под Бахмутом.', ['person:shoigu', 'person:gerasimov', 'place:rostov', 'person:prigozhin', 'place:bakhmut']],
    ['be', 'Ціханоўская заклікала Еўрасаюз ўзмацніць санкцыі супраць Беларусі.', ['person:tsikhanouskaya', 'org:eu', 'country:BY']],
  ])('%s: %s', (_lang, text, ids) => {
    expect(idsOf(text)).toEqual(expect.arrayContaining(ids));
  });

  it('tells Tsikhanouskaya from her husband by the ending', () => {
    expect(idsOf('Тихановская рассказала о муже. Тихановского освободили.')).toEqual(['person:tsikhanouskaya', 'person:tsikhanouski']);
  });
});

describe('findEntities in headlines and wire copy', () => {
  it.each([
    ['Putin Arrives In Minsk For Talks With Lukashenko', ['person:putin', 'place:minsk', 'person:lukashenko']],
    ['Belarus Leader Says Troops Will Not Enter Ukraine', ['country:BY', 'country:UA']],
    ['Ukrainian Commander Warns Of New Offensive From Belarus', ['country:UA', 'country:BY']],
    ['Polish Border Guards Report More Migrants From Belarusian Side', ['country:PL', 'country:BY']],
    ['PUTIN ARRIVES IN MINSK FOR TALKS WITH LUKASHENKO', ['person:putin', 'place:minsk', 'person:lukashenko']],
  ])('%s: only real names', (headline, ids) => {
    expect(idsOf(headline).sort()).toEqual([...ids].sort());
  });

  it.each([
    ['BelTA quoted Khrenin as saying the drills were defensive.', ['org:belta', 'person:khrenin']],
    ["Putin's visit and Lukashenko’s reply", ['person:putin', 'person:lukashenko']],
    ["'Belarus' army won't attack,' Khrenin said, citing 'Lukashenko's orders'.", ['country:BY', 'person:khrenin', 'person:lukashenko']],
    ['"He told me \'Zelensky\'s men will hold Bakhmut\'," the officer said.', ['person:zelensky', 'place:bakhmut']],
  ])('%s', (text, ids) => {
    expect(idsOf(text)).toEqual(expect.arrayContaining(ids));
  });

  it('counts surnames after the full name as the same person', () => {
    const { entities } = findEntities('Viktor Khrenin arrived. Khrenin said the grouping was defensive; Khrenin’s deputy agreed.', null);
    expect(entities).toContainEqual({ id: 'person:khrenin', name: 'Viktor Khrenin', type: 'person', mentions: 3 });
  });
});

describe('findEntities: office titles by date', () => {
  it.each([
    ['The Russian Defence Minister arrived in Minsk.', '2023-03-01', 'person:shoigu'],
    ['The Russian Defence Minister arrived in Minsk.', '2024-09-01', 'person:belousov'],
    ['The Belarusian Foreign Minister spoke in Minsk.', '2021-05-01', 'person:makei'],
    ['The Belarusian Foreign Minister spoke in Minsk.', '2023-05-01', 'person:aleinik'],
    ["Ukraine's commander-in-chief visited the front.", '2023-05-01', 'person:zaluzhnyi'],
    ["Ukraine's commander-in-chief visited the front.", '2024-05-01', 'person:syrskyi'],
    ['The NATO Secretary General warned Minsk.', '2023-05-01', 'person:stoltenberg'],
    ['The NATO Secretary General warned Minsk.', '2025-05-01', 'person:rutte'],
  ])('%s (%s) is %s', (text, date, id) => {
    expect(idsOf(text, date)).toContain(id);
  });

  it('leaves a title to the person named right after it', () => {
    const ids = idsOf('Belarusian Foreign Minister Vladimir Makei, who died last month, had said so.', '2022-12-19');
    expect(ids).toContain('person:makei');
    expect(ids).not.toContain('person:aleinik');
  });

  it('does not give a former office to its holder of the day', () => {
    expect(idsOf('A former Russian Defence Minister spoke.', '2023-03-01')).not.toContain('person:shoigu');
  });
});

describe('findEntities: names that mean something else', () => {
  it.each([
    ['Voters in Georgia lined up in Atlanta for the Senate runoff.', 'country:GE', false],
    ['Russia invaded Georgia in 2008 and still occupies Abkhazia.', 'country:GE', true],
    ['A tech conference in Austin, Texas, drew Russian speakers.', 'person:austin', false],
    ['Lloyd Austin met Reznikov in Kyiv. Austin promised more air defence.', 'person:austin', true],
    ['The oil town of Odessa, Texas, hosted a rodeo.', 'place:odesa', false],
    ['Russian drones struck Odessa overnight, Ukraine said.', 'place:odesa', true],
    ['Johnson said the vote would pass.', 'person:johnson', false],
    ['A Wagner opera by Richard Wagner opened in Bayreuth.', 'org:wagner', false],
    ['Wagner fighters withdrew from Bakhmut.', 'org:wagner', true],
  ])('%s -> %s: %s', (text, id, expected) => {
    expect(idsOf(text).includes(id)).toBe(expected);
  });

  it('tells the river from the city', () => {
    const ids = (text: string) => idsOf(text).filter((id) => id.startsWith('place:dnipro'));
    expect(ids('Troops crossed the Dnipro near Kherson.')).toEqual(['place:dnipro-river']);
    expect(ids('A missile hit an apartment block in Dnipro.')).toEqual(['place:dnipro']);
    expect(ids('The Dnipro river rose after the dam broke.')).toEqual(['place:dnipro-river']);
  });

  it('reads Kalesnikava\'s surname alone in Russian only where Belarus is the subject', () => {
    expect(idsOf('Колесникову похитили неизвестные сегодня утром в центре Минска.')).toContain('person:kalesnikava');
    expect(idsOf('Политолог Андрей Колесников считает, что Минск не изменит курс.')).not.toContain('person:kalesnikava');
    expect(idsOf('Колесникова назначили директором завода в Самаре.')).not.toContain('person:kalesnikava');
  });

  it('does not take the river for the city in Cyrillic, where they are one word', () => {
    const ids = (text: string) => idsOf(text).filter((id) => id.startsWith('place:dnipro'));
    expect(ids('Рівень води у Каховському водосховищі знижується, хоча збільшився приплив вгорі Дніпра.')).not.toContain('place:dnipro');
    expect(ids('Российские войска пытались форсировать Днепр у Антоновского моста.')).not.toContain('place:dnipro');
    expect(ids('Ракета попала в многоэтажный дом в Днепре, погибли 30 человек.')).toEqual(['place:dnipro']);
    expect(ids('У Дніпрі після ракетного удару триває розбір завалів.')).toEqual(['place:dnipro']);
  });

  it('gives a shared short name to the one whose full name came first', () => {
    expect(idsOf('Mike Johnson blocked the aid bill. Johnson said it would wait.')).toEqual(['person:mike-johnson']);
  });
});

describe('gazetteer places: part of', () => {
  it.each([
    ['place:gomel', 'country:BY'], ['place:brest', 'country:BY'], ['place:machulishchy', 'country:BY'],
    ['place:soledar', 'country:UA'], ['place:bakhmut', 'country:UA'], ['place:sevastopol', 'country:UA'],
    ['place:belgorod-region', 'country:RU'], ['place:abkhazia', 'country:GE'], ['person:khrenin', 'country:BY'],
  ])('%s is in %s', (id, country) => {
    expect(countryIdOf(id)).toBe(country);
  });

  it('walks the chain from a town to its country', () => {
    expect(enclosingEntries('place:soledar').map((e) => e.id)).toEqual(['place:donetsk-region', 'place:donbas', 'country:UA']);
  });
});

describe('findEntities: names outside the gazetteer', () => {
  it.each([
    ['Aleksey Polishchuk, director of the Second CIS Department at the Russian Foreign Ministry, told RIA.', 'person:polishuk', 'Aleksey Polishchuk'],
    ['Colonel Roman Kostenko said the threat was real.', 'person:kostenko', 'Roman Kostenko'],
    ['Belarusian opposition analyst Artyom Shraibman said the army was small.', 'person:shraibman', 'Artyom Shraibman'],
    ['The Centre for Eastern Studies said the deployment was symbolic.', 'org:centre-for-eastern-studies', 'Centre for Eastern Studies'],
    ['The Belarusian Investigative Committee opened a case.', 'org:belarusian-investigative-committee', 'Belarusian Investigative Committee'],
    // A team, a mission or a tribunal is a body, not a person called "Team".
    ['MH17 was downed by a Buk missile, the Joint Investigation Team said.', 'org:joint-investigation-team', 'Joint Investigation Team'],
  ])('%s', (text, id, name) => {
    expect(findEntities(text, '2023-01-13').entities).toContainEqual(expect.objectContaining({ id, name }));
  });

  it('does not read a generic body as a name', () => {
    expect(idsOf('The Defence Ministry said on Monday that the drills were over.')).toEqual([]);
  });
});
