import { describe, expect, it } from 'vitest';
import { ABOUT_THIS_FIRST } from './attributionSlavic';
import { invertedSpeech } from './attributionSlavic';
import { ONE_PATH } from './onePath';

describe('ONE_PATH', () => {
  it('changes no match and no group of the patterns it stands in', () => {
    const without = new RegExp(ABOUT_THIS_FIRST.source.replace(ONE_PATH, ''), ABOUT_THIS_FIRST.flags);
    expect(without.source).not.toContain(ONE_PATH);
    for (const sentence of ['Об этом сообщил Генштаб.', 'Про це також повідомив Зеленський.', 'Об этом говорится в заявлении МИД.', 'O tym poinformował MON.', 'Об этом сказал.', 'ОБ ЭТОМ ЗАЯВИЛ ПЕСКОВ']) {
      expect(ABOUT_THIS_FIRST.exec(sentence)).toEqual(without.exec(sentence));
    }
    expect(invertedSpeech('Войска отведены, — заявил Лукашенко.')).toMatchObject({ verb: 'заявил', phrase: 'Лукашенко' });
  });
});
