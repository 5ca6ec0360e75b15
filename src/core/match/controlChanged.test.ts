import { describe, expect, it } from 'vitest';
import { findContradictions } from './contradictions';
import { writtenReport as report } from './testing';

// A side that says it holds a town and, days or weeks later, that it has left it: sentences
// written for the test in the wording of such reports.
const kinds = (a: ReturnType<typeof report>, b: ReturnType<typeof report>) => findContradictions(b, [a]).map((c) => c.kind);

describe('one side held a town, then left it', () => {
  it.each([
    ['en', '2023-01-12', "Ukraine's military said its forces were still holding Soledar.", 'en', '2023-01-25', "Ukraine's military acknowledged that its troops had withdrawn from Soledar."],
    ['ru', '2022-10-20', 'Шойгу заявил, что российские войска удерживают Херсон.', 'ru', '2022-11-09', 'Шойгу объявил об отводе российских войск из Херсона.'],
    ['uk', '2024-02-10', 'Генштаб ЗСУ заявив, що українські війська утримують Авдіївку.', 'uk', '2024-02-17', 'Сирський заявив, що українські війська вийшли з Авдіївки.'],
    ['en', '2024-02-08', 'Ukrainian commanders said Russian forces were failing to capture Avdiivka.', 'uk', '2024-02-17', 'Сирський заявив, що українські війська вийшли з Авдіївки.'],
  ])('%s then %s', (langA, dateA, textA, langB, dateB, textB) => {
    expect(kinds(report('https://a.test/1', langA, dateA, textA), report('https://b.test/2', langB, dateB, textB))).toEqual(['changed_position']);
  });

  it('a pledge never to leave, then the withdrawal from the region the town is in', () => {
    const pledge = report('https://a.test/1', 'ru', '2022-09-30', 'Путин заявил, что Россия никогда не уйдёт из Херсона.');
    const withdrawal = report('https://b.test/2', 'en', '2022-11-09', 'Russia announced the withdrawal of its troops from the right bank of the Dnipro, including Kherson.');
    const [found] = findContradictions(withdrawal, [pledge]);
    expect(found?.kind).toBe('changed_position');
    expect(found?.explanation).toBe("On 2022-09-30 Vladimir Putin said Russia would never leave Kherson; on 2022-11-09 Russia said Russia's forces had left it.");
    // Another side's pledge is not Russia's word.
    const other = report('https://a.test/1', 'uk', '2022-09-30', 'Зеленський заявив, що Україна ніколи не піде з Херсона.');
    expect(kinds(other, withdrawal)).toEqual([]);
  });

  it('says when each was said and what', () => {
    const held = report('https://a.test/1', 'en', '2023-01-12', "Ukraine's military said its forces were still holding Soledar.");
    const left = report('https://b.test/2', 'uk', '2023-01-25', 'Сирський заявив, що українські війська вийшли з Соледара.');
    const [found] = findContradictions(left, [held]);
    expect(found?.explanation).toMatch(/^On 2023-01-12 .+ said Ukraine's forces held Soledar; on 2023-01-25 Oleksandr Syrskyi said Ukraine's forces had left it\.$/);
  });

  it('leaves a withdrawal before the claim to hold, another town, and months apart', () => {
    const hold = (date: string, town: string) => report('https://a.test/1', 'en', date, `Ukraine's military said its forces were still holding ${town}.`);
    const left = (date: string) => report('https://b.test/2', 'en', date, "Ukraine's military acknowledged that its troops had withdrawn from Soledar.");
    expect(kinds(left('2023-01-12'), hold('2023-01-25', 'Soledar'))).not.toContain('changed_position');
    expect(kinds(hold('2023-01-12', 'Bakhmut'), left('2023-01-25'))).toEqual([]);
    expect(kinds(hold('2022-09-01', 'Soledar'), left('2023-01-25'))).toEqual([]);
    expect(kinds(hold('2023-01-24', 'Soledar'), left('2023-01-25'))).toEqual([]);
  });

  it('leaves the other side telling of the withdrawal (that is two sides, not a change)', () => {
    const ukraine = report('https://a.test/1', 'en', '2023-01-12', "Ukraine's military said its forces were still holding Soledar.");
    const russia = report('https://b.test/2', 'en', '2023-01-25', 'Russia said Ukrainian troops had withdrawn from Soledar.');
    expect(kinds(ukraine, russia)).not.toContain('changed_position');
  });
});
