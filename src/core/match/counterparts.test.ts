import { describe, expect, it } from 'vitest';
import { findContradictions } from './contradictions';
import type { Statement } from '../types';
import { handmade, statement } from './testing';

// Which archived statement answers which of this article's claims. Written by hand in English
// and Russian with the fields a reader fills in from each sentence.
const lukashenko = (url: string, date: string, fields: Partial<Statement> & { text: string }) => handmade(url, 'en', date, [statement({
  speaker: 'Alexander Lukashenko', attribution: 'indirect', polarity: 'deny', subject: 'Belarus', ...fields,
})]);

describe('findContradictions: counterparts', () => {
  it('lets one leader\'s denials in two archived reports each answer a different claim', () => {
    const july = lukashenko('https://en.test/july', '2022-07-02', { text: 'We categorically do not accept any war.', predicate: 'join_war' });
    const october = lukashenko('https://en.test/october', '2022-10-17', { text: 'He does not intend for Belarus to join the war.', predicate: 'join_war', modality: 'intention' });
    const query = handmade('https://en.test/january', 'en', '2022-10-20', [
      statement({ text: 'Russia has used Belarus as a launching pad for the war.', predicate: 'join_war', subject: 'Belarus' }),
      statement({ text: 'Belarus could join the war in the coming days, Polishchuk said.', speaker: 'Aleksey Polishchuk', attribution: 'indirect', predicate: 'join_war', subject: 'Belarus', modality: 'possibility' }),
    ]);
    expect(findContradictions(query, [july, october])).toHaveLength(2);
  });

  it('does not set what only could happen against the denial of a kindred act', () => {
    const khrenin = handmade('https://ru.test/khrenin', 'ru', '2022-10-17', [statement({
      text: '«Мы не собираемся ни на кого нападать», — заявил Хренин.', speaker: 'Viktor Khrenin', attribution: 'direct',
      polarity: 'deny', modality: 'intention', predicate: 'attack', subject: 'Belarus',
    })]);
    const could = (predicate: string, text: string) => handmade(`https://en.test/${predicate}`, 'en', '2022-10-18', [statement({
      text, speaker: 'Yurii Ihnat', attribution: 'indirect', predicate, subject: 'Belarus', modality: 'possibility',
    })]);
    expect(findContradictions(could('strike', 'Missile strikes could come from Belarus in the coming days, Ihnat said.'), [khrenin])).toEqual([]);
    expect(findContradictions(could('attack', 'Belarus could attack Ukraine from the north, Ihnat said.'), [khrenin])).toHaveLength(1);
  });
});
