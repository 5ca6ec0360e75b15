import { describe, expect, it } from 'vitest';
import { findEntities } from '../entities';

const idsOf = (text: string) => findEntities(text, '2023-06-01').entities.map((e) => e.id);

// A power plant named after a city is a place of its own: a report on shelling at the
// Zaporizhzhia nuclear plant (in Enerhodar) is not a report on the city of Zaporizhzhia.
describe('the Zaporizhzhia nuclear power plant as a place', () => {
  it.each([
    ['en', 'Shelling cut power to the Zaporizhzhia Nuclear Power Plant overnight.'],
    ['en', 'IAEA inspectors returned to the Zaporizhzhya nuclear power station.'],
    ['en', 'Drones struck near the Zaporizhzhia NPP, Kyiv said.'],
    ['ru', 'Обстрел Запорожской атомной электростанции продолжается.'],
    ['ru', 'На Запорожской АЭС снова отключили внешнее питание.'],
    ['ru', 'МАГАТЭ сообщило о взрывах у ЗАЭС.'],
    ['uk', 'Росія знову обстріляла Запорізьку атомну станцію.'],
    ['uk', 'Запорізька АЕС утретє за рік знеструмлена.'],
    ['uk', 'Окупанти мінують територію ЗАЕС.'],
    ['be', 'Расійскія вайскоўцы абстралялі Запарожскую атамную электрастанцыю.'],
    ['be', 'На Запарожскай АЭС зноў адключылі сілкаванне.'],
  ])('%s: %s', (_lang, text) => {
    const ids = idsOf(text);
    expect(ids).toContain('place:zaporizhzhia-npp');
    expect(ids).not.toContain('place:zaporizhzhia');
  });

  it.each([
    ['en', 'A missile hit an apartment block in Zaporizhzhia.'],
    ['ru', 'Ракета попала в жилой дом в Запорожье.'],
    ['uk', 'Ракета влучила в житловий будинок у Запоріжжі.'],
    ['be', 'Ракета трапіла ў жылы дом у Запарожжы.'],
  ])('%s: the city alone is still the city: %s', (_lang, text) => {
    const ids = idsOf(text);
    expect(ids).toContain('place:zaporizhzhia');
    expect(ids).not.toContain('place:zaporizhzhia-npp');
  });
});
