import { describe, expect, it } from 'vitest';
import { findContradictions } from './contradictions';
import { handmade, statement } from './testing';

// Two sides' claims to one town on the same days. Statements written by hand with the fields a
// reader fills in; the town is named by the statement or, as in "its soldiers are holding out",
// only by the article around it.
const soledar = [{ id: 'place:soledar', name: 'Soledar', type: 'place' as const, mentions: 5 }];

const ministry = (date: string) => handmade('https://ru.test/mod', 'ru', date, [statement({
  text: 'Минобороны РФ сообщило о полном освобождении Соледара.', speaker: 'Russian Defence Ministry', attribution: 'indirect',
  predicate: 'occupy', subject: 'Russia', target: 'Soledar',
})], { entities: soledar });

const kyiv = (date: string, fields: Partial<Parameters<typeof statement>[0]> = {}) => handmade('https://en.test/kyiv', 'en', date, [statement({
  text: 'its soldiers are holding out.', speaker: 'Ukraine', attribution: 'indirect', predicate: 'hold', subject: 'Ukraine', ...fields,
})], { entities: soledar });

describe('findContradictions: two sides claim one town', () => {
  it('sets "Soledar is liberated" against "Kyiv says its soldiers are holding out" the same week', () => {
    const found = findContradictions(ministry('2023-01-13'), [kyiv('2023-01-12')]);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ kind: 'opposing_claims', other: { text: 'its soldiers are holding out.' } });
    expect(found[0]!.explanation).toBe('Russian Defence Ministry says Russia has taken Soledar; Ukraine says its forces still hold it or have beaten the assault back.');
  });

  it('does not set them against each other a month apart: the front has moved', () => {
    expect(findContradictions(ministry('2023-02-15'), [kyiv('2023-01-12')])).toEqual([]);
  });

  it('does not read a third party on the capture as either side\'s claim', () => {
    const analyst = handmade('https://ru.test/analyst', 'ru', '2023-01-13', [statement({
      text: 'взятие Россией Соледара не окажет стратегического влияния на ход войны.', speaker: 'Institute for the Study of War', attribution: 'indirect',
      predicate: 'occupy', subject: 'Russia', target: 'Soledar',
    })], { entities: soledar });
    expect(findContradictions(analyst, [kyiv('2023-01-12')])).toEqual([]);
  });

  it('does not read narration of the fighting as a claim', () => {
    expect(findContradictions(ministry('2023-01-13'), [kyiv('2023-01-12', { speaker: null, attribution: 'narrative', text: 'Ukrainian forces are holding out in the town.' })])).toEqual([]);
  });
});

describe('findContradictions: one side says the other has left a town it says it holds', () => {
  it('sets "Ukrainian troops fled Soledar", said in Moscow, against Kyiv\'s "its soldiers are holding out"', () => {
    const fled = handmade('https://ru.test/fled', 'ru', '2023-01-11', [statement({
      text: 'Украинские военные покинули Соледар, заявили в Минобороны России.', speaker: 'Russian Defence Ministry', attribution: 'indirect',
      predicate: 'withdraw', subject: 'Ukraine',
    })], { entities: soledar });
    const found = findContradictions(fled, [kyiv('2023-01-12')]);
    expect(found.map((c) => c.kind)).toEqual(['opposing_claims']);
    expect(found[0]!.explanation).toBe('Russian Defence Ministry says Ukraine has left Soledar; Ukraine says its forces still hold it or have beaten the assault back.');
  });

  it('does not set Kyiv\'s own "we stepped back" against its earlier "we hold": one side\'s account as the front moves', () => {
    const steppedBack = handmade('https://en.test/back', 'en', '2023-01-18', [statement({
      text: 'Ukrainian forces have acknowledged stepping back from the town.', speaker: 'Ukraine', attribution: 'indirect', predicate: 'withdraw', subject: 'Ukraine',
    })], { entities: soledar });
    expect(findContradictions(steppedBack, [kyiv('2023-01-12')])).toEqual([]);
  });
  it('does not read a retreat that names no town as leaving the town its article is about', () => {
    const bakhmut = [{ id: 'place:bakhmut', name: 'Bakhmut', type: 'place' as const, mentions: 6 }];
    const retreated = handmade('https://en.test/retreat', 'en', '2023-02-16', [statement({
      text: 'During the offensive, Ukrainian troops randomly retreated to a distance of up to 3 km', speaker: 'Russian Defence Ministry',
      attribution: 'direct', predicate: 'withdraw', subject: 'Ukraine',
    })], { entities: bakhmut });
    const holding = handmade('https://uk.test/hold', 'uk', '2023-02-17', [statement({
      text: 'Попри постійний тиск ворога, ми продовжуємо утримувати під контролем Бахмут.', speaker: 'Valerii Zaluzhnyi',
      attribution: 'direct', predicate: 'hold', subject: 'Ukraine', target: 'Bakhmut',
    })], { entities: bakhmut });
    expect(findContradictions(holding, [retreated])).toEqual([]);
    // The same retreat from Bakhmut by name is Moscow's word against Kyiv's.
    const fromBakhmut = handmade('https://en.test/retreat-named', 'en', '2023-02-16', [statement({
      text: 'Ukrainian troops retreated from Bakhmut, the Russian defence ministry said.', speaker: 'Russian Defence Ministry',
      attribution: 'indirect', predicate: 'withdraw', subject: 'Ukraine', target: 'Bakhmut',
    })], { entities: bakhmut });
    expect(findContradictions(holding, [fromBakhmut]).map((c) => c.kind)).toEqual(['opposing_claims']);
  });
});

// The defenders' "fighting goes on there" is their claim that the town is still theirs.
describe('findContradictions: fighting goes on in a town the other side says it has taken', () => {
  const fighting = (date: string, fields: Partial<Parameters<typeof statement>[0]> = {}) => handmade('https://en.test/fighting', 'en', date, [statement({
    text: 'Heavy fighting continues in Soledar, and Wagner forces have had no success in breaking through.', speaker: 'Ukrainian Defence Ministry', attribution: 'indirect',
    predicate: 'attack', subject: 'Wagner Group', target: 'Soledar', ...fields,
  })], { entities: [...soledar, { id: 'org:wagner', name: 'Wagner Group', type: 'organization' as const, mentions: 2 }, { id: 'org:ua-defence-ministry', name: 'Ukrainian Defence Ministry', type: 'organization' as const, mentions: 1 }] });

  it('sets "Soledar is liberated" against Kyiv\'s "heavy fighting continues in Soledar" the same week', () => {
    const found = findContradictions(ministry('2023-01-13'), [fighting('2023-01-12')]);
    expect(found.map((c) => c.kind)).toEqual(['opposing_claims']);
  });

  it('does not set a village taken near a town against fighting in that town', () => {
    const village = handmade('https://ru.test/village', 'en', '2023-01-13', [statement({
      text: 'Russian forces captured a village on the northern outskirts of Soledar, the defence ministry said.', speaker: 'Russian Defence Ministry', attribution: 'indirect',
      predicate: 'occupy', subject: 'Russia', target: null,
    })], { entities: soledar });
    expect(findContradictions(village, [fighting('2023-01-12')])).toEqual([]);
  });

  it('does not read fighting the defenders report as their loss of the town a month later', () => {
    expect(findContradictions(ministry('2023-02-20'), [fighting('2023-01-12')])).toEqual([]);
  });
});
