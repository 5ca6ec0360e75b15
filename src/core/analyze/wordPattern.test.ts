import { describe, expect, it } from 'vitest';
import { WordPattern } from './wordPattern';

describe('WordPattern: matches that begin a word', () => {
  const verbs = new WordPattern('(?:заявил|сказал|said)(?![\\p{L}])');

  it('finds the words themselves, never their ends inside longer words', () => {
    const text = 'Песков заявил, что «пересказал» не то; he said so, unsaid.';
    expect(verbs.all(text).map((m) => m[0])).toEqual(['заявил', 'said']);
    expect(verbs.exec('Он пересказал и сказал')?.index).toBe('Он пересказал и '.length);
    expect(verbs.test('пересказал')).toBe(false);
    expect(verbs.test('Сказал он.')).toBe(true);
  });

  it('keeps a match that starts inside a rejected one', () => {
    const names = new WordPattern('(?:ab\\s+abc|abc)(?![\\p{L}])', 'u');
    // "xab abc": the first candidate starts inside "xab"; "abc" after it is a word of its own.
    expect(names.all('xab abc').map((m) => m.index)).toEqual([4]);
  });

  it('is not confused by an earlier call on another text', () => {
    expect(verbs.exec('said')?.index).toBe(0);
    expect(verbs.exec('he said')?.index).toBe(3);
  });
});
