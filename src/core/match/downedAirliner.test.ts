import { describe, expect, it } from 'vitest';
import { findContradictions } from './contradictions';
import { writtenReport as report } from './testing';

// A downed airliner each side says the other shot down: sentences written for the test in the
// wording of such reports. The aircraft, not a place, tells that both speak of one downing.
const kinds = (a: ReturnType<typeof report>, b: ReturnType<typeof report>) => findContradictions(b, [a]).map((c) => c.kind);

describe('each side blaming the other for one downed airliner', () => {
  it.each([
    ['en', 'Kyiv said Russian-backed separatists had shot down the Malaysian airliner with a Buk missile.', 'ru', 'В Минобороны России заявили, что малайзийский Boeing сбили украинские военные.'],
    ['uk', 'Українська влада заявила, що пасажирський літак збили російські бойовики.', 'ru', 'Москва заявила, что пассажирский самолет сбила украинская ПВО.'],
  ])('%s / %s', (langA, textA, langB, textB) => {
    expect(kinds(report('https://a.test/1', langA, '2014-07-18', textA), report('https://b.test/2', langB, '2014-07-19', textB))).toEqual(['opposing_claims']);
  });

  it('leaves drones each side says it downed, and an airliner a fortnight apart', () => {
    const ukraine = report('https://a.test/1', 'en', '2024-01-10', 'Ukraine said its air defences had shot down 20 Russian drones overnight.');
    const russia = report('https://b.test/2', 'en', '2024-01-10', 'Russia said its forces had shot down 15 Ukrainian drones over the Belgorod region.');
    expect(kinds(ukraine, russia)).toEqual([]);
    const kyiv = report('https://a.test/1', 'en', '2014-07-18', 'Kyiv said Russian-backed separatists had shot down the Malaysian airliner with a Buk missile.');
    const later = report('https://b.test/2', 'ru', '2014-08-05', 'В Минобороны России заявили, что малайзийский Boeing сбили украинские военные.');
    expect(kinds(kyiv, later)).toEqual([]);
  });
});

describe('one side naming the airliner, the other only a plane', () => {
  it('is one downing', () => {
    const ukraine = report('https://a.test/1', 'uk', '2014-07-17', 'СБУ заявила, що малайзійський авіалайнер збили бойовики з російського комплексу «Бук».');
    const russia = report('https://b.test/2', 'ru', '2014-07-18', 'В Москве заявили, что самолет сбили украинские военные.');
    expect(kinds(ukraine, russia)).toEqual(['opposing_claims']);
  });

  it('but two jets, neither an airliner, are not', () => {
    const ukraine = report('https://a.test/1', 'en', '2024-02-20', 'Ukraine said Russian forces had shot down the plane over the Donetsk region.');
    const russia = report('https://b.test/2', 'en', '2024-02-20', 'Russia said Ukrainian air defences had shot down the jet.');
    expect(kinds(ukraine, russia)).toEqual([]);
  });
});
