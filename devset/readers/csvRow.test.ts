// The CSV reader on a hand-made scrape in the shape of the Russian news dumps it serves: quoted
// fields holding commas, doubled quotes and line breaks; rows found by position or by a key.
import { describe, expect, it } from 'vitest';
import { parseCsv, read, restoreParagraphs } from './csvRow';

const csv = Buffer.from(
  [
    '\uFEFFurl,title,text,date',
    'https://example.org/1,"Песков: ""Мы не участвуем""","Песков заявил, что Россия ""не участвует"" в конфликте.',
    'Во втором абзаце — подробности.",2014-03-18',
    'https://example.org/2,Shelling in Donetsk,"Menu Home Politics TEXT: Donetsk was shelled overnight.Two people died. Read also: other news",2014-08-01',
  ].join('\r\n'),
);

describe('csvRow', () => {
  it('keeps commas, doubled quotes and line breaks inside a quoted field', () => {
    expect(parseCsv('a,"b, ""c""\nd",e\n1,2,3')).toEqual([
      ['a', 'b, "c"\nd', 'e'],
      ['1', '2', '3'],
    ]);
  });

  it('reads a row by position, title from its column, across the byte-order mark and CRLF', () => {
    const article = read(csv, { row: 0, titleColumn: 'title', text: 'text' });
    expect(article.title).toBe('Песков: "Мы не участвуем"');
    expect(article.text).toBe('Песков заявил, что Россия "не участвует" в конфликте.\r\nВо втором абзаце — подробности.');
  });

  it('finds a row by its key column and cuts the article out of the page around it', () => {
    const article = read(csv, {
      match: { column: 'url', value: 'https://example.org/2' },
      title: 'Donetsk shelled overnight (headline from the page)',
      text: 'text',
      after: 'TEXT: ',
      before: ' Read also',
      restoreParagraphs: true,
    });
    expect(article.title).toBe('Donetsk shelled overnight (headline from the page)');
    expect(article.text).toBe('Donetsk was shelled overnight.\n\nTwo people died.');
  });

  it('gives back paragraph breaks a scrape glued together, not breaks inside abbreviations or numbers', () => {
    expect(restoreParagraphs('He said so on Tuesday.There was no reply.')).toBe('He said so on Tuesday.\n\nThere was no reply.');
    expect(restoreParagraphs('Losses of 3.5 million U.S. dollars')).toBe('Losses of 3.5 million U.S. dollars');
  });

  // Known miss: the letter before the full stop must be Latin (`[a-z0-9)\]]`) and a closing «»
  // is not a quote mark to it, so a glued Cyrillic scrape keeps its sentences run together.
  // Only English parts ask for restoreParagraphs today (a fix must recheck their hashes).
  it.fails('gives back glued paragraph breaks in Cyrillic text too', () => {
    expect(restoreParagraphs('Ночью обстреляли Донецк.Погибли двое.')).toBe('Ночью обстреляли Донецк.\n\nПогибли двое.');
    expect(restoreParagraphs('Сказал «нет».Потом ушёл.')).toBe('Сказал «нет».\n\nПотом ушёл.');
  });

  it('says which row, column or title is missing', () => {
    expect(() => read(csv, { row: 9, titleColumn: 'title', text: 'text' })).toThrow(/csvRow: no row for 9/);
    expect(() => read(csv, { match: { column: 'url', value: 'https://nowhere' }, title: 't', text: 'text' })).toThrow(/no row for/);
    expect(() => read(csv, { row: 0, titleColumn: 'headline', text: 'text' })).toThrow(/no column headline/);
    expect(() => read(csv, { row: 0, text: 'text' })).toThrow(/neither title nor titleColumn/);
    expect(() => read(csv, { row: 1, title: 't', text: 'text', after: 'НЕТ ТАКОГО' })).toThrow(/not in the text/);
  });
});
