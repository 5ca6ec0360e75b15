import { describe, expect, it } from 'vitest';
import { findDirectQuotes } from './quotes';

const quoted = (text: string) => findDirectQuotes(text).map((q) => text.slice(q.start, q.end));

describe('findDirectQuotes', () => {
  it.each([
    ['curly quotes', '“We will not attack anyone,” he said.', ['We will not attack anyone,']],
    ['guillemets', '«Мы не собираемся нападать на Украину», — заявил Лукашенко.', ['Мы не собираемся нападать на Украину']],
    ['guillemets nested in guillemets', '«Решение «Газпрома» не имеет отношения к политике», — сказал Песков.', ['Решение «Газпрома» не имеет отношения к политике']],
    ['low-9 quotes nested in guillemets', '«Сказано „нет“, и это окончательное решение», — заявил он.', ['Сказано „нет“, и это окончательное решение']],
    ['low-9 quotes, Ukrainian and Polish style', '„Ми не маємо наміру нападати“, — заявив Лукашенко.', ['Ми не маємо наміру нападати']],
    ['straight quotes', '"Росія не планує наступу з Білорусі", - сказав Резніков.', ['Росія не планує наступу з Білорусі']],
  ])('%s', (_name, text, expected) => {
    expect(quoted(text)).toEqual(expected);
  });

  it('reads dialogue set off by dashes as quotes, resumed after the attribution', () => {
    const text = 'Лукашенко выступил в Минске.\n— Мы не собираемся ни на кого нападать, — заявил Лукашенко. — Это не наша война.';
    expect(quoted(text)).toEqual(['Мы не собираемся ни на кого нападать', 'Это не наша война.']);
    expect(findDirectQuotes(text).every((q) => q.dash)).toBe(true);
  });

  it('leaves a dash inside a sentence alone', () => {
    expect(quoted('Россия — крупнейший союзник Белоруссии, говорят эксперты.')).toEqual([]);
  });

  it('leaves short quoted words to the sentence around them', () => {
    expect(quoted('Песков назвал эти сообщения «фейком».')).toEqual([]);
  });
});
