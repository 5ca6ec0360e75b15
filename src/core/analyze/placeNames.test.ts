import { describe, expect, it } from 'vitest';
import { findEntities } from './entities';

const places = (text: string) => findEntities(text, '2023-01-10').entities.filter((e) => e.type === 'place');
const placeIds = (text: string) => places(text).map((e) => e.id);

// Blahodatne, a village north of Bakhmut that no gazetteer list of towns holds, as four
// languages' reports of January 2023 name it.
const BLAHODATNE: Array<[string, string]> = [
  ['en', 'Wagner said its units had seized the village of Blahodatne north of Bakhmut.'],
  ['en', 'Ukraine said it repelled attacks near Blahodatne village on Sunday.'],
  ['ru', 'Минобороны России сообщило о взятии под контроль села Благодатное к северу от Артёмовска.'],
  ['uk', 'ЗСУ відбили атаки поблизу села Благодатне на Донеччині.'],
  ['be', 'Вагнераўцы заявілі, што занялі вёску Благадатнае.'],
];

describe('settlements outside the gazetteer', () => {
  it('gives one village one id in English, Russian, Ukrainian and Belarusian reports', () => {
    const ids = BLAHODATNE.map(([, text]) => placeIds(text).filter((id) => id.startsWith('place:~')));
    for (const found of ids) expect(found).toEqual(ids[0]);
    expect(ids[0]).toHaveLength(1);
  });

  it('meets the Ukrainian -ів- of a village name and its Russian -ов- (Іванівка, Ивановка, Ivanivka)', () => {
    const ids = [
      'Бої тривають біля села Іванівка на Донеччині.',
      'Бои идут у села Ивановка в Донецкой области.',
      'Fighting continued near the village of Ivanivka.',
    ].map((text) => placeIds(text).filter((id) => id.startsWith('place:~')));
    expect(ids[1]).toEqual(ids[0]);
    expect(ids[2]).toEqual(ids[0]);
    expect(ids[0]).toHaveLength(1);
  });

  it('names the place as the report writes it and counts its later mentions in other cases', () => {
    const found = places('Бои идут за село Благодатное. Жители Благодатного покинули дома, в Благодатном нет света.')
      .find((e) => e.id.startsWith('place:~'));
    expect(found?.name).toBe('Благодатное');
    expect(found?.mentions).toBe(3);
  });

  it('keeps a two-word name that opens with an adjective, and no more than the name', () => {
    expect(places('Russian forces shelled the village of Velyka Novosilka overnight.').map((e) => e.name)).toContain('Velyka Novosilka');
    const motyzhyn = places('У селі Мотижин Ольгу Сухенко вбили разом із чоловіком і сином.').map((e) => e.name);
    expect(motyzhyn).toContain('Мотижин');
    expect(motyzhyn).not.toContain('Мотижин Ольгу');
  });

  it('leaves the places the gazetteer knows to it', () => {
    expect(placeIds('Fighting continued in the town of Soledar.')).toEqual(['place:soledar']);
    // A page that glued a caption to the name: no new place made of part of a word.
    expect(placeIds('Ukraine holds the town of SoledarBy Reality Check team.')).toEqual([]);
  });

  it('reads no name in lower-case words or pronouns after a settlement noun', () => {
    expect(placeIds('Residents of the village of their birth returned; в селе было тихо.')).toEqual([]);
  });
});
