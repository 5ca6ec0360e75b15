import { describe, expect, it } from 'vitest';
import { findEntities } from './entities';

const idsOf = (text: string, publishedAt: string | null = '2022-12-19') => findEntities(text, publishedAt).entities.map((e) => e.id);

describe('findEntities', () => {
  it('matches Cyrillic names in any inflection', () => {
    const ids = idsOf('Лукашенко встретился с Путиным в Минске. Лукашэнка сустрэўся з Пуціным у Мінску.');
    expect(ids).toEqual(expect.arrayContaining(['person:lukashenko', 'person:putin', 'place:minsk']));
    expect(findEntities('Лукашенко встретился с Путиным. Лукашэнка.', null).entities[0]).toMatchObject({ id: 'person:lukashenko', mentions: 2 });
  });

  it('counts possessives and surnames after the full name as the same person', () => {
    const { entities } = findEntities("Vladimir Putin arrived. Putin's visit was short; Putin left.", null);
    expect(entities.find((e) => e.id === 'person:putin')?.mentions).toBe(3);
  });

  it('reads an office title as its holder at the time of publication', () => {
    expect(idsOf('The Russian Defence Minister arrived in Minsk.', '2023-03-01')).toContain('person:shoigu');
    expect(idsOf('The Russian Defence Minister arrived in Minsk.', '2024-09-01')).not.toContain('person:shoigu');
  });

  it('does not take an ambiguous short name before the full name', () => {
    expect(idsOf('Johnson said it was over.')).not.toContain('person:johnson');
    expect(idsOf('Boris Johnson spoke. Later Johnson said it was over.')).toContain('person:johnson');
  });

  it('finds people outside the gazetteer by a title or a speech verb, and their surname later', () => {
    const { entities } = findEntities('Colonel Roman Kostenko said the threat was real. Kostenko added that drills went on.', null);
    expect(entities).toContainEqual({ id: 'person:kostenko', name: 'Roman Kostenko', type: 'person', mentions: 2 });
  });

  it('lets the longest name win: a ministry is not a mention of its country', () => {
    const ids = idsOf('The Russian Defence Ministry said so.');
    expect(ids).toEqual(['org:ru-defence-ministry']);
  });

  it('does not see a country in lower-case words that merely contain it', () => {
    expect(idsOf('Prussian history and a white russianite cocktail')).toEqual([]);
  });
});
