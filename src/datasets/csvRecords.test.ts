import { describe, expect, it } from 'vitest';
import { delimitedRecords } from './csvRecords';

async function records(text: string, chunkSize: number, quotes = true) {
  async function* chunks() {
    for (let i = 0; i < text.length; i += chunkSize) yield text.slice(i, i + chunkSize);
  }
  const out = [];
  for await (const record of delimitedRecords(chunks(), { delimiter: quotes ? ',' : '\t', quotes })) out.push(record);
  return out;
}

describe('delimitedRecords', () => {
  const csv = 'id,notes,fatalities\r\nUKR1,"Shelling of Kherson, city centre; ""heavy"" damage",3\r\n\r\nUKR2,"First line\nsecond line",0\r\nUKR3,plain,1';

  it('reads quoted commas, doubled quotes, newlines in quotes and CR LF, wherever the chunks split', async () => {
    for (const size of [1, 2, 3, 7, 1000]) {
      const got = await records(csv, size);
      expect(got.map((r) => r.fields)).toEqual([
        ['id', 'notes', 'fatalities'],
        ['UKR1', 'Shelling of Kherson, city centre; "heavy" damage', '3'],
        ['UKR2', 'First line\nsecond line', '0'],
        ['UKR3', 'plain', '1'],
      ]);
      // A record spanning two lines is numbered by its first; the blank line counts too.
      expect(got.map((r) => r.line)).toEqual([1, 2, 4, 6]);
    }
  });

  it('leaves quotes alone in a tab-separated file, so a stray one does not swallow the next line', async () => {
    const tsv = '1\tthe "Azov\tx\n2\tnext\ty\n';
    expect((await records(tsv, 4, false)).map((r) => r.fields)).toEqual([['1', 'the "Azov', 'x'], ['2', 'next', 'y']]);
  });

  it('marks a quote left open to the end of the file', async () => {
    const got = await records('a,b\n1,"never closed\n2,3\n', 5);
    expect(got[1]).toMatchObject({ line: 2, unterminated: true });
  });
});
