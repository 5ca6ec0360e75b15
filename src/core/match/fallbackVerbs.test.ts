import { describe, expect, it } from 'vitest';
import { findContradictions } from './contradictions';
import { handmade, statement } from './testing';

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
