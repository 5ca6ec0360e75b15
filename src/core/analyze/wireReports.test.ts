import { describe, expect, it } from 'vitest';
import { analyzeArticle } from './analyzeArticle';
import { findPredicate } from './predicates';

// How wire copy in each language of the mission reports a strike and who told of it. Sentences
// written for the test, after the common wording of agency reports.
const statementsOf = (lang: string, text: string) => analyzeArticle({
  url: 'https://wire.test/report', title: '', byline: null, siteName: null, publishedAt: '2024-02-01', lang, text,
}).statements;

describe('a speaker named only by office, where the language has no article', () => {
  it.each([
    ['ru', 'Во время удара по Харькову погибли три человека, сообщил губернатор.', 'губернатор'],
    ['uk', 'Під час удару по Харкову загинули троє людей, повідомив губернатор.', 'губернатор'],
    ['be', 'Падчас удару па Харкаве загінулі тры чалавекі, паведаміў губернатар.', 'губернатар'],
    ['bg', 'При удара по Харков загинаха трима души, съобщи губернаторът.', 'губернаторът'],
    ['pl', 'W ataku na Charków zginęły trzy osoby, poinformował gubernator.', 'gubernator'],
  ])('%s: %s', (lang, text, speaker) => {
    const [statement] = statementsOf(lang, text);
    expect(statement?.speaker).toBe(speaker);
    expect(statement?.text).not.toContain(speaker);
  });

  it('still reads no speaker in a lone word that names no one', () => {
    expect(statementsOf('ru', 'Во время удара по Харькову погибли три человека, сообщил вчера.')[0]?.speaker ?? null).toBeNull();
  });
});

describe('a strike told as a noun in English', () => {
  it.each([
    'The Kremlin denied responsibility for the strike on Kramatorsk.',
    'Russia denied it had carried out the strike.',
    'Ukraine said strikes against the city continued overnight.',
  ])('%s', (text) => {
    expect(findPredicate(text, { lang: 'en' })?.predicate).toBe('strike');
  });

  it.each([
    'Dock workers went on strike on Monday.',
    'Unions called a general strike against the pension reform.',
  ])('not a strike of weapons: %s', (text) => {
    expect(findPredicate(text, { lang: 'en' })?.predicate).not.toBe('strike');
  });
});

describe('a harm told by an official of the country it fell on', () => {
  it.each([
    ['ru', 'Во время удара по Харькову погибли три человека, сообщил глава области Олег Синегубов.'],
    ['uk', 'Унаслідок удару по Харкову загинули троє людей, повідомив голова ОВА Олег Синєгубов.'],
    ['en', 'Three people were killed in a strike on Kharkiv, regional governor Oleh Syniehubov said.'],
  ])('names no one as its author, not his own country: %s', (lang, text) => {
    expect(statementsOf(lang, text)[0]?.subject ?? null).toBeNull();
  });

  it('keeps the author the report names', () => {
    expect(statementsOf('ru', 'Удар по Харькову нанесли российские войска, сообщил Синегубов.')[0]?.subject).toBe('Russia');
  });

  it("keeps the speaker's country for its own strikes abroad", () => {
    expect(statementsOf('uk', 'Генштаб ЗСУ повідомив, що удар по Бєлгороду завдали українські ракетники.')[0]?.subject).toBe('Ukraine');
  });
});
