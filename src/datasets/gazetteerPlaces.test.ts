import { describe, expect, it } from 'vitest';
import { regionPlaceId, townPlaceId } from './gazetteerPlaces';

describe('dataset place names joined to the gazetteer', () => {
  it('finds a town however a dataset or a reader spells it', () => {
    for (const name of ['Soledar', 'Соледар', 'Саледар', 'Soledar town']) expect(townPlaceId(name, null, 'UA')).toBe('place:soledar');
    for (const name of ['Bakhmut', 'Artemovsk', 'Бахмут']) expect(townPlaceId(name, null, 'UA')).toBe('place:bakhmut');
    expect(townPlaceId("Kramators'k", null, 'UA')).toBe('place:kramatorsk'); // GDELT's apostrophe
  });

  it('reads an admin-1 name as the region, except where the dataset says city', () => {
    expect(regionPlaceId('Donetsk', 'UA')).toBe('place:donetsk-region');
    expect(regionPlaceId("Donets'k", 'UA')).toBe('place:donetsk-region');
    expect(regionPlaceId('Donetsk oblast', 'UA')).toBe('place:donetsk-region');
    expect(regionPlaceId('Kyiv City', 'UA')).toBe('place:kyiv');
    expect(regionPlaceId('Belgorod', 'RU')).toBe('place:belgorod-region');
    expect(regionPlaceId('Gomel', 'BY')).toBe('place:gomel-region');
  });

  it('leaves a name it does not know unjoined rather than guess', () => {
    expect(townPlaceId('Timbuktu', null, null)).toBeNull();
    expect(townPlaceId('Warszawa', null, null)).toBe('place:warsaw'); // known, outside the three countries
    expect(townPlaceId('Springfield', null, 'UA')).toBeNull();
  });
});
