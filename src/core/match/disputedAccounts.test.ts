import { describe, expect, it } from 'vitest';
import { writtenReport } from './testing';
import { findContradictions } from './contradictions';

// One side's account against the other's, in the wording of wire reports on a seized ship, a
// besieged plant and a prison blast. Sentences written for the test.
const report = writtenReport;
const kinds = (a: [string, string, string], b: [string, string, string]) =>
  findContradictions(report('https://b.test/2', ...b), [report('https://a.test/1', ...a)]).map((c) => c.kind);

describe('what a side denies doing is its own act', () => {
  it('sets a denial of shelling against the other side blaming it for the shelling', () => {
    expect(kinds(
      ['en', '2022-07-29', 'Ukraine denied shelling the prison in Olenivka.'],
      ['ru', '2022-07-29', 'Минобороны России заявило, что украинские войска нанесли удар по колонии в Еленовке.'],
    )).toEqual(['opposing_claims']);
  });

  it('reads the border a navy denies crossing as the other country\'s, not as who crossed it', () => {
    expect(kinds(
      ['en', '2018-11-25', 'Russia’s FSB said the Ukrainian ships illegally entered Russian waters.'],
      ['uk', '2018-11-25', 'ВМС України заявили, що кораблі не порушували кордону Росії.'],
    )).toEqual(['opposing_claims']);
  });

  it('leaves a denial of deaths in a strike on the speaker\'s own city without an author', () => {
    const analysis = report('https://a.test/1', 'ru', '2022-05-01', 'Синегубов опроверг, что при ударе по Харькову кто-то погиб.').analysis;
    expect(analysis.statements[0]?.subject ?? null).toBeNull();
  });
});

describe('a defence that goes on against a claim of capture', () => {
  it.each([
    ['uk', 'Командир полку «Азов» заявив, що оборона Азовсталі триває.'],
    ['ru', 'Командир полка «Азов» заявил, что оборона Азовстали продолжается.'],
    ['be', 'Камандзір палка «Азоў» заявіў, што абарона Азоўсталі працягваецца.'],
  ])('%s: %s', (lang, text) => {
    expect(kinds(
      ['en', '2022-05-20', 'Russia’s defence ministry said it had taken full control of the Azovstal steel plant.'],
      [lang, '2022-05-19', text],
    )).toEqual(['opposing_claims']);
  });

  it('a defence budget that goes on is no defence of a place', () => {
    expect(kinds(
      ['en', '2022-05-20', 'Russia’s defence ministry said it had taken full control of the Azovstal steel plant.'],
      ['ru', '2022-05-19', 'Министр заявил, что оборона в Европе требует денег, и расходы продолжают расти.'],
    )).toEqual([]);
  });
});

describe('blame, a dismissal and a change of mind, in everyday wording', () => {
  it('reads "blamed X for the blast" as the blamer saying X did it', () => {
    expect(kinds(
      ['en', '2022-10-08', 'Russia blamed Ukraine’s intelligence services for the blast on the Crimean bridge.'],
      ['uk', '2022-10-08', 'Українські посадовці заперечили причетність України до вибуху на Кримському мосту.'],
    )).toEqual(['opposing_claims']);
  });

  it('sets a dismissal of the killings against the bodies found there', () => {
    expect(kinds(
      ['en', '2022-04-04', 'Bodies of civilians were found in the streets of Bucha after Russian troops withdrew.'],
      ['ru', '2022-04-05', 'Захарова назвала фейком сообщения о массовых убийствах в Буче.'],
    )).toEqual(['denial_vs_report']);
  });

  it('reads a leader who denied and then confirmed his army\'s part in the operation', () => {
    expect(kinds(
      ['ru', '2022-02-20', 'Лукашенко заявил, что белорусская армия не будет участвовать в войне против Украины.'],
      ['ru', '2022-03-01', 'Лукашенко заявил, что белорусские войска участвуют в операции на Украине.'],
    )).toEqual(['changed_position']);
  });
});
