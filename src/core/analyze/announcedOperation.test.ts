import { describe, expect, it } from 'vitest';
import { analyzeArticle } from './analyzeArticle';

// "Announced a special military operation" is the invasion in the Kremlin's words, said by the
// one who launched it: read as the speech verb's object, the operation alone was no claim. What is
// announced with a verb that takes a thing (announce, объявить, оголосити, абвясціць) is read with
// that verb. Sentences written for the test in the wording of news reports.
const statementsOf = (lang: string, text: string) => analyzeArticle({
  url: 'https://wire.test/report', title: '', byline: null, siteName: null, publishedAt: '2022-02-24', lang, text,
}).statements;

describe('the launch of the operation announced', () => {
  it.each([
    ['en', 'Putin announced a special military operation in Ukraine early on Thursday.'],
    ['en', 'In a televised address before dawn, Vladimir Putin announced a “special military operation”.'],
    ['ru', 'Владимир Путин объявил о начале специальной военной операции на Донбассе.'],
    ['ru', 'Президент России Владимир Путин объявил о начале спецоперации.'],
    ['ru', 'Путин объявил о начале так называемой «специальной военной операции».'],
    ['uk', 'Володимир Путін оголосив про початок спеціальної військової операції.'],
    ['uk', 'Путін оголосив про початок так званої «спеціальної військової операції» на Донбасі.'],
    ['be', 'Уладзімір Пуцін абвясціў пра пачатак спецыяльнай ваеннай аперацыі.'],
    ['be', 'Пуцін абвясціў аб пачатку «спецаперацыі» ва Украіне.'],
  ])('%s: %s', (lang, text) => {
    const launch = statementsOf(lang, text).find((s) => s.predicate === 'attack');
    expect(launch).toBeDefined();
    expect(launch?.speaker).toBe('Vladimir Putin');
    // The one who announces it launches it: his side.
    expect(launch?.subject).toBe('Russia');
    expect(launch?.polarity).toBe('affirm');
  });
});

describe('what only names the operation or announces something else', () => {
  it.each([
    ['en', 'Putin announced a new cabinet of ministers on Thursday.'],
    ['en', 'The governor announced that soldiers who served in the special military operation would get land.'],
    ['ru', 'Губернатор объявил о выплатах участникам специальной военной операции.'],
    ['uk', 'Міністр оголосив про допомогу учасникам спецоперації.'],
  ])('%s: %s', (lang, text) => {
    expect(statementsOf(lang, text).map((s) => s.predicate)).not.toContain('attack');
  });
});
