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
