import { describe, expect, it } from 'vitest';
import { introLine } from './introLine';

const at = (text: string, next: string) => text.indexOf(next);

describe('introLine: a line ending with a colon before a paragraph', () => {
  it('reads the line that introduces the quote, in any language', () => {
    const text = 'Первый абзац.\nЛукашенко заявил:\n«Мы ни на кого не собираемся нападать».';
    expect(introLine(text, at(text, '«'))).toEqual({ start: at(text, 'Лукашенко'), text: 'Лукашенко заявил:' });
    const en = 'Peskov told reporters:\n\n  "There is no such plan."';
    expect(introLine(en, at(en, '"'))?.text).toBe('Peskov told reporters:');
  });

  it('says nothing when the line before ends otherwise, or the colon is on the same line', () => {
    const text = 'Лукашенко заявил о мире.\n«Мы ни на кого не собираемся нападать».';
    expect(introLine(text, at(text, '«'))).toBeNull();
    const same = 'He said: "no".';
    expect(introLine(same, at(same, '"'))).toBeNull();
    expect(introLine('«Нет».', 0)).toBeNull();
  });

  it('reads no further back than 300 characters', () => {
    const text = `${'с'.repeat(400)} заявил:\n«Нет».`;
    const found = introLine(text, at(text, '«'));
    expect(found?.start).toBe(at(text, '«') - 300);
    expect(found?.text.endsWith('заявил:')).toBe(true);
  });
});
