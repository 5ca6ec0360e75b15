import { describe, expect, test } from 'vitest';
import { countTopicNames } from './countTopicNames';

function labels(text: string): Record<string, number> {
  return Object.fromEntries([...countTopicNames(text)].map(([name, count]) => [name.label, count]));
}

describe('countTopicNames', () => {
  test.each([
    ['Russia and Russian troops; the Russians', { Russia: 1, Russian: 2 }],
    ["Belarus's leader and Belarusian forces", { Belarus: 1, Belarusian: 1 }],
    ['Україна, українські військові, Білорусь і білоруська армія', { Ukraine: 1, Ukrainian: 1, Belarus: 1, Belarusian: 1 }],
    ['Россия и российские войска', { Russia: 1, Russian: 1 }],
    ['Dmitry Medvedev warned Kyiv; Дмитрий Медведев заявил', { Medvedev: 2, Kyiv: 1 }],
    ['Fighters of the Wagner Group and ЧВК «Вагнер»', { 'Wagner Group': 2 }],
    ['Президент России прибыл в Беларусь', { Russia: 1, Belarus: 1 }],
    ['Путіна зустріли у Мінську, а Лукашенко мовчав', { Putin: 1, Minsk: 1, Lukashenko: 1 }],
    ['Лукашэнка і Расія', { Lukashenko: 1, Russia: 1 }],
    ['Wizyta w Moskwie: Łukaszenka i Rosja', { Moscow: 1, Lukashenko: 1, Russia: 1 }],
    ['Selenskyj reist nach Kyjiw; die Ukraine und Weißrussland', { Zelensky: 1, Kyiv: 1, Ukraine: 1, Belarus: 1 }],
    ['Biélorussie, Moscou et la Russie', { Belarus: 1, Moscow: 1, Russia: 1 }],
    ['Kiev, Kyiv, Київ and Киев', { Kyiv: 4 }],
    ['Русия и Украйна: руските войски напуснаха Херсон, съобщи Кремъл', { Russia: 1, Ukraine: 1, Russian: 1, Kherson: 1, Kremlin: 1 }],
    ['Рускія войскі ў Беларусі', { Russian: 1, Belarus: 1 }],
  ])('%s', (text, expected) => {
    expect(labels(text)).toEqual(expected);
  });

  test.each([
    'Kurt Russell and Jane Russell starred in the film.',
    'Order a White Russian or a Black Russian at the bar.',
    'Pinot noir from the Russian River Valley.',
    'Dinner in Ukrainian Village, Chicago.',
    'A Moscow Mule in a copper mug, then chicken Kiev.',
    'Atlanta, Georgia, and the criminal court.',
    'Daniil Medvedev beat Richard Wagner; Richard Wagner wrote operas.',
    'Dynamo Kyiv drew with Shakhtar Donetsk; Динамо Киев сыграл вничью.',
  ])('stays quiet on "%s"', (text) => {
    expect(labels(text)).toEqual({});
  });
});
