import { describe, expect, it } from 'vitest';
import { analyzeArticle } from './analyzeArticle';

// An act named by its noun with what it falls on: "the invasion of Iraq", "вторжение в Ирак",
// "вторгнення в Україну", "напад на Україну", "the attack on Ukraine". The country after "of",
// "в", "на" is the act's target, never its doer; the doer is the one the phrase names before the
// noun ("the US invasion", "Russia's invasion", "вторгнення Росії") or, failing that, nobody.
// Sentences written for the test in the wording of news reports.
const claimOf = (lang: string, text: string) => {
  const statement = analyzeArticle({
    url: 'https://wire.test/report', title: '', byline: null, siteName: null, publishedAt: '2023-02-24', lang, text,
  }).statements.find((s) => s.predicate === 'invade' || s.predicate === 'attack' || s.predicate === 'strike');
  return { predicate: statement?.predicate ?? null, subject: statement?.subject ?? null, target: statement?.target ?? null };
};

describe('the doer named before the act noun', () => {
  it.each([
    ['en', 'The US invasion of Iraq in 2003 was a mistake, the senator said.', 'United States', 'Iraq'],
    ['en', 'Russia’s invasion of Ukraine began on February 24, 2022.', 'Russia', 'Ukraine'],
    ['en', 'The Russian attack on Ukraine was condemned at the summit, Zelensky said.', 'Russia', 'Ukraine'],
    ['ru', 'Российское вторжение в Украину началось 24 февраля.', 'Russia', 'Ukraine'],
    ['uk', 'Повномасштабне вторгнення Росії в Україну почалося 24 лютого.', 'Russia', 'Ukraine'],
    ['ru', 'Вторжение России в Украину началось на рассвете.', 'Russia', 'Ukraine'],
  ])('%s: %s', (lang, text, subject, target) => {
    expect(claimOf(lang, text)).toMatchObject({ subject, target });
  });
});

describe('the country an act falls on is not its doer', () => {
  it.each([
    ['en', 'The invasion of Iraq was a mistake, the senator said.', 'Iraq'],
    ['en', 'The invasion of Ukraine has reshaped European security, the analyst wrote.', 'Ukraine'],
    ['en', 'Zelensky said the attack on Ukraine had united the country.', 'Ukraine'],
    ['ru', 'Вторжение в Ирак в 2003 году стало ошибкой, заявил Лавров.', 'Iraq'],
    ['ru', 'Нападение на Украину стало преступлением, заявил Кулеба.', 'Ukraine'],
    ['uk', 'Вторгнення в Україну почалося 24 лютого, заявив Зеленський.', 'Ukraine'],
    ['uk', 'Напад на Україну став злочином проти всієї Європи, заявив Кулеба.', 'Ukraine'],
    ['be', 'Уварванне ва Украіну пачалося 24 лютага, заявіў Зяленскі.', 'Ukraine'],
  ])('%s: %s', (lang, text, target) => {
    const claim = claimOf(lang, text);
    expect(claim.predicate).not.toBeNull();
    expect(claim.target).toBe(target);
    // Nobody is named as the doer: not the country invaded, not the speaker's own.
    expect(claim.subject).toBeNull();
  });
});
