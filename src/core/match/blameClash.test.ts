import { describe, expect, it } from 'vitest';
import type { Statement } from '../types';
import { findContradictions } from './contradictions';
import { handmade, statement } from './testing';

// Each side blames the other for one incident: the shelling of the Zaporizhzhia plant, told by
// Energoatom and by Russia's ministry the same day, each naming the other side as the doer.
const shelling = (url: string, lang: string, date: string, fields: Partial<Statement> & { text: string }) =>
  handmade(url, lang, date, [statement({ predicate: 'strike_infrastructure', attribution: 'indirect', ...fields })], {
    entities: [{ id: 'place:zaporizhzhia-npp', name: 'Zaporizhzhia nuclear power plant', type: 'place', mentions: 1 }],
  });

describe('findContradictions: each side blames the other', () => {
  const energoatom = shelling('https://uk.test/energoatom', 'uk', '2022-08-06', {
    text: 'Російські військові обстріляли Запорізьку АЕС у суботу.', speaker: 'Energoatom', subject: 'Russia',
  });
  const ministry = shelling('https://ru.test/mo', 'ru', '2022-08-06', {
    text: 'Украинские войска обстреляли Запорожскую АЭС в субботу.', speaker: 'Russian Defence Ministry', subject: 'Ukraine',
  });

  it('sets the two accounts against each other, and says who blames whom', () => {
    const found = findContradictions(ministry, [energoatom]);
    expect(found).toEqual([expect.objectContaining({ kind: 'opposing_claims' })]);
    expect(found[0]!.explanation).toBe('Russian Defence Ministry says Ukraine fired on Zaporizhzhia nuclear power plant; Energoatom says Russia did.');
  });

  it('leaves two accounts that blame the same side, or another place, or another week, alone', () => {
    const iaea = shelling('https://en.test/ua-agrees', 'en', '2022-08-06', { text: 'Russian forces shelled the Zaporizhzhia nuclear plant.', speaker: 'Ukrainian officials', subject: 'Russia' });
    expect(findContradictions(energoatom, [iaea])).toEqual([]);
    const elsewhere = handmade('https://ru.test/kherson', 'ru', '2022-08-06', [statement({
      text: 'Украинские войска обстреляли Херсон.', speaker: 'Russian Defence Ministry', subject: 'Ukraine', predicate: 'strike', attribution: 'indirect',
    })]);
    expect(findContradictions(energoatom, [elsewhere])).toEqual([]);
    const later = shelling('https://ru.test/later', 'ru', '2022-08-25', { text: 'Украинские войска обстреляли Запорожскую АЭС.', speaker: 'Russian Defence Ministry', subject: 'Ukraine' });
    expect(findContradictions(energoatom, [later])).toEqual([]);
  });
});
