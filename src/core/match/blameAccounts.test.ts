import { describe, expect, it } from 'vitest';
import { writtenReport } from './testing';
import { findContradictions } from './contradictions';

// Who destroyed it: one side's account of an incident against the other's, as agency copy and
// outlets tell them. Sentences written for the test, after the common wording of such reports.
const report = writtenReport;
const kinds = (a: ReturnType<typeof report>, b: ReturnType<typeof report>) => findContradictions(b, [a]).map((c) => c.kind);

describe('a report naming the doer against the doer\'s side blaming the other', () => {
  it.each([
    ['uk', 'Російська авіація скинула бомбу на драмтеатр у Маріуполі, де ховалися сотні людей.', 'ru', 'Минобороны России заявило, что здание драмтеатра в Мариуполе взорвали боевики «Азова».'],
    ['en', 'Russian forces struck the railway station in Kramatorsk, killing dozens of civilians.', 'ru', 'Минобороны России заявило, что удар по вокзалу Краматорска нанесли украинские войска.'],
    ['ru', 'Российские войска обстреляли Запорожскую АЭС в субботу.', 'en', 'Russia’s defence ministry said Ukrainian forces had shelled the Zaporizhzhia nuclear power plant.'],
  ])('%s report / %s account', (langA, textA, langB, textB) => {
    const found = findContradictions(report('https://b.test/2', langB, '2022-04-09', textB), [report('https://a.test/1', langA, '2022-04-08', textA)]);
    expect(found.map((c) => c.kind)).toEqual(['opposing_claims']);
    expect(found[0]!.explanation).toMatch(/says .+; .+ says .+ did\./u);
  });

  it('leaves a report that names the side the official blames too', () => {
    const narrated = report('https://a.test/1', 'en', '2022-04-08', 'Ukrainian forces shelled the railway station in Kramatorsk.');
    const ministry = report('https://b.test/2', 'ru', '2022-04-08', 'Минобороны России заявило, что удар по вокзалу Краматорска нанесли украинские войска.');
    expect(kinds(narrated, ministry)).toEqual([]);
  });

  it('leaves another town, another fortnight, and fighting that goes on for weeks', () => {
    const ministry = report('https://b.test/2', 'ru', '2022-04-08', 'Минобороны России заявило, что удар по вокзалу Краматорска нанесли украинские войска.');
    expect(kinds(report('https://a.test/1', 'en', '2022-04-08', 'Russian forces struck the railway station in Sloviansk.'), ministry)).toEqual([]);
    expect(kinds(report('https://a.test/1', 'en', '2022-03-20', 'Russian forces struck the railway station in Kramatorsk.'), ministry)).toEqual([]);
    const front = report('https://a.test/1', 'uk', '2023-02-10', 'Росіяни щодня здійснюють до 50 атак під Бахмутом.');
    const blame = report('https://b.test/2', 'ru', '2023-02-10', 'Минобороны России заявило, что украинские войска атаковали позиции под Бахмутом.');
    expect(kinds(front, blame)).toEqual([]);
  });
});

describe('a strike against a blast: one incident whose doer the sides dispute', () => {
  it('sets a strike blamed on one side against a blast blamed on the other', () => {
    const russia = report('https://a.test/1', 'en', '2022-07-29', 'Russia said a Ukrainian HIMARS strike on the prison in Olenivka killed 40 prisoners of war.');
    const ukraine = report('https://b.test/2', 'uk', '2022-07-29', 'Генштаб ЗСУ заявив, що окупанти самі підірвали барак в Оленівці, щоб приховати катування.');
    expect(kinds(russia, ukraine)).toEqual(['opposing_claims']);
  });

  it('reads sabotage of a dam as its blowing up', () => {
    const ukraine = report('https://a.test/1', 'en', '2023-06-06', 'Ukraine accused Russian forces of blowing up the Kakhovka dam.');
    const kremlin = report('https://b.test/2', 'en', '2023-06-06', 'The Kremlin said Ukraine had sabotaged the Kakhovka dam.');
    expect(kinds(ukraine, kremlin)).toEqual(['opposing_claims']);
  });
});
