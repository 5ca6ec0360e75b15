import { describe, expect, it } from 'vitest';
import { decodeArticleText } from './decodeArticleText';
import { UnreadableFile } from './unreadableFile';

const RU = 'Лукашенко заявил, что белорусская армия не будет воевать на Украине.';
const BE = 'Лукашэнка сказаў, што беларускае войска не пойдзе ва Украіну.';
const UK = 'Зеленський заявив, що кордон з Білоруссю посилено.';

/** windows-1251, the legacy encoding of many Russian and Belarusian sites. */
function cp1251(text: string): Buffer {
  const special: Record<string, number> = { Ё: 0xa8, ё: 0xb8, Ў: 0xa1, ў: 0xa2, І: 0xb2, і: 0xb3 };
  return Buffer.from(
    [...text].map((ch) => {
      const code = ch.codePointAt(0)!;
      if (code < 0x80) return code;
      if (special[ch] !== undefined) return special[ch];
      if (code >= 0x410 && code <= 0x44f) return code - 0x410 + 0xc0;
      throw new Error(`no windows-1251 byte for ${ch}`);
    }),
  );
}

function reason(file: string, bytes: Buffer, html: boolean): string {
  try {
    decodeArticleText(file, bytes, html);
  } catch (error) {
    if (error instanceof UnreadableFile) return error.message;
    throw error;
  }
  return 'accepted';
}

describe('decodeArticleText', () => {
  it('reads UTF-8 text in Russian, Belarusian and Ukrainian as it is', () => {
    const text = `Минск\n\n${RU}\n\n${BE}\n\n${UK}\n`;
    expect(decodeArticleText('minsk.txt', Buffer.from(text), false)).toBe(text);
  });

  it('reads a page in the windows-1251 its <meta charset> declares', () => {
    const page = `<html><head><meta charset="windows-1251"><title>Минск</title></head><body><p>${RU}</p><p>${BE}</p></body></html>`;
    expect(decodeArticleText('minsk.html', cp1251(page), true)).toBe(page);
    const httpEquiv = page.replace('<meta charset="windows-1251">', '<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">');
    expect(decodeArticleText('minsk.html', cp1251(httpEquiv), true)).toContain(BE);
  });

  it('reads UTF-16 with its byte-order mark', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`Київ\n\n${UK}`, 'utf16le')]);
    expect(decodeArticleText('kyiv.txt', bytes, false)).toBe(`Київ\n\n${UK}`);
  });

  it('refuses windows-1251 text that says nothing of its encoding, rather than store garbage', () => {
    expect(reason('minsk.txt', cp1251(`Минск\n\n${RU}\n${BE}`), false)).toMatch(/^minsk\.txt: not text: \d+% of its characters are neither UTF-8/);
  });

  it('refuses empty, blank and binary files, naming the file and why', () => {
    expect(reason('empty.txt', Buffer.alloc(0), false)).toBe('empty.txt: empty file');
    expect(reason('blank.html', Buffer.from(' \n\t\n'), true)).toBe('blank.html: nothing but white space');
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    expect(reason('photo.html', png, true)).toMatch(/^photo\.html: binary file \(it contains NUL bytes\)/);
    const noise = Buffer.from(Array.from({ length: 4000 }, (_, i) => 1 + ((i * 7919) % 255)));
    expect(reason('noise.txt', noise, false)).toMatch(/^noise\.txt: not text/);
  });

  it('accepts UTF-8 text with a few broken bytes, as pages often have', () => {
    const text = Buffer.concat([Buffer.from(`Минск\n\n${RU.repeat(20)}`), Buffer.from([0xff, 0xfe, 0xc0])]);
    expect(decodeArticleText('minsk.txt', text, false)).toContain(RU);
  });
});
