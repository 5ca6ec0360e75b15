import { describe, expect, it } from 'vitest';
import { findContradictions } from './contradictions';
import { handmade, statement } from './testing';

// Where two statements of one family still answer different questions. Written by hand with
// the fields a reader fills in from each sentence.
describe('findContradictions: one family, different questions', () => {
  it('does not set a denied detention against one whose detainee is not named', () => {
    const unnamed = handmade('https://en.test/office', 'en', '2020-09-08', [statement({
      text: 'Belarusian security forces took an opposition politician from his office.', predicate: 'detain', subject: 'Belarus',
    })]);
    const denial = handmade('https://ru.test/mvd', 'ru', '2020-09-09', [statement({
      text: 'МВД заявило, что Максима Знака не задерживали.', speaker: 'Belarus', attribution: 'indirect',
      polarity: 'deny', predicate: 'detain', subject: 'Belarus', target: 'Maxim Znak',
    })]);
    expect(findContradictions(denial, [unnamed])).toEqual([]);
  });

  it('does not answer a denial of one strike with what is said of the war at large', () => {
    const noStrike = handmade('https://ru.test/mod', 'ru', '2023-01-09', [statement({
      text: 'В Минобороны опровергли информацию об ударе по лагерю ЧВК «Вагнер».', speaker: 'Russian Defence Ministry', attribution: 'indirect',
      polarity: 'deny', predicate: 'strike', subject: 'Russia',
    })]);
    const war = handmade('https://en.test/zelensky', 'en', '2023-01-09', [statement({
      text: 'Russia wants the war to drag on and exhaust our forces.', speaker: 'Volodymyr Zelensky', attribution: 'indirect',
      predicate: 'join_war', subject: 'Russia',
    })]);
    expect(findContradictions(noStrike, [war])).toEqual([]);
  });

  it('does not take one speaker\'s words on two acts of a family for a change of mind', () => {
    const february = handmade('https://en.test/feb', 'en', '2023-02-10', [statement({
      text: 'Lukashenko said Belarus will not deploy troops to the border.', speaker: 'Alexander Lukashenko', attribution: 'indirect',
      polarity: 'deny', modality: 'intention', predicate: 'deploy', subject: 'Belarus',
    })]);
    const march = handmade('https://en.test/mar', 'en', '2023-03-28', [statement({
      text: 'Lukashenko said Belarus hosts Russian tactical nuclear weapons on its territory.', speaker: 'Alexander Lukashenko', attribution: 'indirect',
      predicate: 'station_nuclear', subject: 'Belarus',
    })]);
    expect(findContradictions(march, [february])).toEqual([]);
  });
});

// A claim whose verb is in no claim class is kept as `verb:<stem>` (subject, verb, object). Such
// a verb says little by itself: "continued" in "Wagner continued to rely on convicts" and in
// "Russia was continuing to face stiff resistance" are two different things. Two of them answer
// one question only when they name the same object.
describe('findContradictions: claims of a verb outside the claim classes', () => {
  const kirby = handmade('https://en.test/kirby', 'en', '2023-02-17', [statement({
    text: 'Wagner continued to rely heavily on convicts, who were sent to war without training or equipment.', speaker: 'John Kirby',
    attribution: 'indirect', predicate: 'verb:continu', polarity: 'deny', subject: 'Wagner Group',
  })]);
  const prigozhin = handmade('https://en.test/prigozhin', 'en', '2023-02-15', [statement({
    text: 'Russia was continuing to face stiff resistance in Bakhmut itself.', speaker: 'Yevgeny Prigozhin',
    attribution: 'indirect', predicate: 'verb:continu', subject: 'Russia',
  })]);

  it('does not pair two uses of one light verb that name no common object', () => {
    expect(findContradictions(kirby, [prigozhin])).toEqual([]);
  });

  it('pairs a denial and a claim of one verb about the same named object, from two sides', () => {
    const recruits = handmade('https://en.test/recruits', 'en', '2023-02-10', [statement({
      text: 'Russia recruits prisoners for the Wagner Group in its penal colonies.', speaker: 'Ukraine', attribution: 'indirect',
      predicate: 'verb:recruit', subject: 'Russia', target: 'Wagner Group',
    })]);
    const denies = handmade('https://ru.test/denies', 'ru', '2023-02-12', [statement({
      text: 'Россия больше не набирает заключённых в группу Вагнера.', speaker: 'Yevgeny Prigozhin', attribution: 'indirect',
      predicate: 'verb:recruit', polarity: 'deny', subject: 'Russia', target: 'Wagner Group',
    })]);
    expect(findContradictions(denies, [recruits]).map((c) => c.kind)).toEqual(['opposing_claims']);
  });
});
