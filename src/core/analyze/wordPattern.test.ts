import { describe, expect, it } from 'vitest';
import { SPEECH_VERB, SPEECH_VERBS_IN } from './speechVerbs';
import { seedArticle } from './testing/seedArticles';
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

  // A long body (the speech verbs) is tried only at word starts that can begin it: the same
  // matches as the unanchored scan and as the lookbehind regex, on the seeds and in six languages.
  it('tried at word starts only, a long pattern finds what the unanchored scan finds', () => {
    const texts = [
      ...['000', '001', '002', '003', '004'].map((seed) => seedArticle(seed).text),
      'Песков заявил, что «пересказал» не то; he said so, unsaid. Зеленський заявив: «Ні». Лукашэнка заявіў, што не.',
      'The United States said; the Kremlin rejected the claims and disputed that it had. Він сказав 🙂 заявив. Z😀said said',
      'Powiedział, że; mówią. Той каза, че отрече. SAID and Said, ЗАЯВИЛ и Заявил.',
    ];
    const scan = (pattern: WordPattern, text: string) => (pattern as unknown as { scanAll(t: string, n: number): RegExpExecArray[] }).scanAll(text, Infinity);
    let found = 0;
    for (const text of texts) {
      const fast = SPEECH_VERBS_IN.all(text);
      found += fast.length;
      expect(fast.map((m) => [m.index, m[0]])).toEqual(scan(SPEECH_VERBS_IN, text).map((m) => [m.index, m[0]]));
      expect(fast.map((m) => [m.index, m[0]])).toEqual([...text.matchAll(SPEECH_VERB)].map((m) => [m.index, m[0]]));
      expect(SPEECH_VERBS_IN.exec(text)?.index).toBe(fast[0]?.index);
    }
    expect(found).toBeGreaterThan(80);
  });
});
