import { describe, expect, it } from 'vitest';
import type { Analysis } from '../types';
import { actorResolver } from './actors';

const resolve = actorResolver({ entities: [], terms: [], events: [], statements: [] } as Analysis);
const sideOf = (name: string) => resolve(name)?.side;

describe('actorResolver: which side a speaker speaks for', () => {
  it.each([
    ['Ukrainian officials', 'country:UA'],
    ['українська влада', 'country:UA'],
    ['российские военные', 'country:RU'],
    ['Russian-installed authorities in Donetsk', 'country:RU'],
    ['білоруські силовики', 'country:BY'],
    ['Alexander Lukashenko', 'country:BY'],
    ['Окупанти', 'country:RU'],
    ['the Russian occupiers', 'country:RU'],
    ['оккупационные власти', 'country:RU'],
  ])('%s speaks for %s', (name, side) => {
    expect(sideOf(name)).toBe(side);
  });

  it('gives those who stand against their own government, or name two countries, a voice of their own', () => {
    for (const name of ['the Belarus opposition', 'Russian human rights activists', 'Russian and Ukrainian negotiators']) {
      expect(sideOf(name)).toBe(resolve(name)?.key);
    }
    expect(sideOf('Viasna Human Rights Centre')).toBe('org:viasna');
    expect(sideOf('Alexei Navalny')).toBe('person:navalny');
    expect(sideOf('Sviatlana Tsikhanouskaya')).toBe('person:tsikhanouskaya');
  });
});
