import { describe, expect, it } from 'vitest';
import { claimsOf } from './claims';
import { findContradictions } from './contradictions';
import { writtenReport as report } from './testing';

// Poisonings of opponents and defectors, and the Kremlin's denials of them: sentences written for
// the test in the common wording of such reports, not taken from any article.
const claim = (lang: string, text: string) => {
  const { article, analysis } = report(`https://${lang}.test/${encodeURIComponent(text.slice(0, 20))}`, lang, '2020-09-03', text);
  return claimsOf(article, analysis).find((c) => c.act === 'poison') ?? null;
};

describe('a poisoning is read as an act with its victim', () => {
  it.each([
    ['en', 'The German government said Navalny had been poisoned with a Novichok nerve agent.', 'affirm'],
    ['ru', 'В правительстве Германии заявили, что Навальный был отравлен боевым веществом «Новичок».', 'affirm'],
    ['uk', 'Уряд Німеччини заявив, що Навального отруїли бойовою речовиною «Новачок».', 'affirm'],
    ['be', 'Урад Германіі заявіў, што Навальнага атруцілі баявым рэчывам «Навічок».', 'affirm'],
    ['bg', 'Германското правителство заяви, че Навални е бил отровен с бойното вещество „Новичок“.', 'affirm'],
    ['pl', 'Niemiecki rząd poinformował, że Nawalny został otruty bojowym środkiem Nowiczok.', 'affirm'],
  ])('%s: the poisoned man is the victim, and no one named is the poisoner', (lang, text, polarity) => {
    const found = claim(lang, text);
    expect(found?.polarity).toBe(polarity);
    expect(found?.target?.key).toBe('person:navalny');
    // The government that tells of it did not do it, and neither did he.
    expect(found?.actor).toBeNull();
  });

  it.each([
    ['ru', 'Песков заявил, что нет оснований обвинять Россию в отравлении Навального.'],
    ['en', 'The Kremlin rejected accusations that Russia had poisoned Navalny.'],
    ['uk', 'Захарова заявила, що Росія не причетна до отруєння Навального.'],
    // The victim named after the act ("the poisoning of Navalny") is not its doer.
    ['en', 'Russia has repeatedly denied that it was behind the poisoning of Navalny.'],
    ['ru', 'Кремль отрицает причастность к отравлению Навального.'],
  ])('%s: a denial names Russia as the poisoner it denies', (lang, text) => {
    const found = claim(lang, text);
    expect(found?.polarity).toBe('deny');
    expect(found?.actor?.side).toBe('country:RU');
    expect(found?.target?.key).toBe('person:navalny');
  });

  it('leaves figures of speech and the name of a weapon alone', () => {
    expect(claim('en', 'The spy scandal poisoned relations between London and Moscow for years, the minister said.')).toBeNull();
    expect(claim('ru', 'Министр заявил, что Россия уничтожила все запасы отравляющих веществ.')).toBeNull();
  });
});

describe('a poisoning told by one side and denied by the other', () => {
  const kremlin = report('https://ru.test/peskov', 'ru', '2020-09-03', 'Песков заявил, что нет оснований обвинять Россию в отравлении Навального.');

  it.each([
    ['en', 'The German government said Navalny had been poisoned with a Novichok nerve agent.'],
    ['en', 'Western governments accused Russia of poisoning Alexei Navalny.'],
    ['uk', 'Лабораторії Франції та Швеції підтвердили, що Навального отруїли «Новачком».'],
  ])('%s: another side\'s account of the poisoning answers the denial', (lang, text) => {
    const found = findContradictions(kremlin, [report(`https://${lang}.test/report`, lang, '2020-09-02', text)]);
    expect(found.map((c) => c.kind)).toEqual(['opposing_claims']);
  });

  it('an outlet telling the poisoning in its own voice answers the denial as a report', () => {
    const told = report('https://en.test/told', 'en', '2020-09-02', 'Navalny was poisoned with a Novichok nerve agent on a flight from Tomsk to Moscow last month.');
    expect(findContradictions(kremlin, [told]).map((c) => c.kind)).toEqual(['denial_vs_report']);
  });

  it('leaves another victim, and two denials', () => {
    const skripal = report('https://en.test/skripal', 'en', '2020-08-30', 'British police said Sergei Skripal had been poisoned with a nerve agent.');
    expect(findContradictions(kremlin, [skripal])).toEqual([]);
    const lavrov = report('https://ru.test/lavrov', 'ru', '2020-09-02', 'Лавров заявил, что Россия не причастна к отравлению Навального.');
    expect(findContradictions(kremlin, [lavrov])).toEqual([]);
  });
});
