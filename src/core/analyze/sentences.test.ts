import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences';

describe('splitSentences', () => {
  it.each([
    ['Putin met Gen. Gerasimov on Dec. 3 in Minsk. Talks followed.', ['Putin met Gen. Gerasimov on Dec. 3 in Minsk.', 'Talks followed.']],
    ['The U.S. Department of Defense said so. The U.S. agreed.', ['The U.S. Department of Defense said so.', 'The U.S. agreed.']],
    ['Its economy grew 2.2% in 2014. Mr. Smith left.', ['Its economy grew 2.2% in 2014.', 'Mr. Smith left.']],
    ['J. R. Smith wrote it. Then he left.', ['J. R. Smith wrote it.', 'Then he left.']],
    ['He said: “We are ready.” Then he left.', ['He said: “We are ready.”', 'Then he left.']],
    ['“Is it over?” he asked. Nobody knew.', ['“Is it over?” he asked.', 'Nobody knew.']],
    ['Headline without a stop\nBody sentence one. Body two.', ['Headline without a stop', 'Body sentence one.', 'Body two.']],
  ])('splits %j', (text, expected) => {
    expect(splitSentences(text).map((s) => s.text)).toEqual(expected);
  });

  it('gives offsets that point back into the text', () => {
    const text = 'First one.  Second one.\n\nThird.';
    for (const sentence of splitSentences(text)) expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
  });

  it('returns nothing for empty text', () => {
    expect(splitSentences('')).toEqual([]);
  });
});
