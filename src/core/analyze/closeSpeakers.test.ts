import { describe, expect, it } from 'vitest';
import { analyzeArticle } from './analyzeArticle';

// Those close to a person speak for themselves: an ally, a lawyer or a widow of a named man is
// not that man. Sentences written for the test, in the wording of reports on a death in custody.
const speakerOf = (lang: string, text: string) => analyzeArticle({
  url: 'https://wire.test/report', title: '', byline: null, siteName: null, publishedAt: '2024-02-17', lang, text,
}).statements[0]?.speaker ?? null;

describe('kin, allies and lawyers of a named person', () => {
  it.each([
    ['ru', 'Соратники Навального заявили, что его убили по приказу Кремля.'],
    ['uk', 'Адвокат Навального заявив, що тіло не віддають родині.'],
    ['be', 'Паплечнікі Навальнага заявілі, што яго забілі ў калоніі.'],
    ['en', 'Navalny’s allies said he had been killed on Kremlin orders.'],
    ['en', 'Allies of Navalny said he had been killed on Kremlin orders.'],
  ])('%s: %s', (lang, text) => {
    const speaker = speakerOf(lang, text);
    expect(speaker).not.toBeNull();
    expect(speaker).not.toBe('Alexei Navalny');
  });

  it('reads the named ally or widow when the phrase names her', () => {
    expect(speakerOf('ru', 'Жена Навального Юлия Навальная заявила, что его убил Путин.')).toBe('Yulia Navalnaya');
  });

  it('keeps the person for his own spokesman or office', () => {
    expect(speakerOf('en', 'Zelensky’s office said the talks would not resume.')).toBe('Volodymyr Zelensky');
    expect(speakerOf('ru', 'Навальный заявил, что его отравили по приказу Кремля.')).toBe('Alexei Navalny');
  });
});

describe('words that only look like a toll', () => {
  it('an injured voice is no casualty', () => {
    const statements = analyzeArticle({
      url: 'https://wire.test/report', title: '', byline: null, siteName: null, publishedAt: '2022-04-12', lang: 'en',
      text: 'Lukashenko said in an injured voice that he had asked Putin to promote him to colonel.',
    }).statements;
    expect(statements.map((s) => s.predicate)).not.toContain('casualties');
  });
});
