import { describe, expect, it } from 'vitest';
import { analyzeArticle } from './analyzeArticle';

// A speaker from outside the war (a US, French or Chinese official, a Western ministry) quoted on
// what was done in it speaks of others' acts: his country is not the doer of a shelling, a strike,
// a withdrawal or a crossing he reports. The speaker's country stands for the doer only where the
// sentence names none and the act is one his side could do: a side's own acts of war, anyone's
// weapons sent or sanctions imposed. Sentences written for the test in the wording of news reports.
const claimOf = (lang: string, text: string) => {
  const statement = analyzeArticle({
    url: 'https://wire.test/report', title: '', byline: null, siteName: null, publishedAt: '2022-04-08', lang, text,
  }).statements.find((s) => s.predicate !== null && !s.predicate.startsWith('verb:'));
  return { predicate: statement?.predicate ?? null, subject: statement?.subject ?? null, speaker: statement?.speaker ?? null };
};

describe('a third country quoted on acts of war is not their doer', () => {
  it.each([
    ['en', 'A senior US defense official said the shelling of Kharkiv continued overnight.', 'United States'],
    ['en', 'French President Emmanuel Macron said the strike on the railway station was a war crime.', 'France'],
    ['en', 'China’s foreign ministry said the attack on the nuclear plant must be investigated.', 'China'],
    ['en', 'Blinken said the troops had crossed the border into Ukraine before dawn.', 'United States'],
    ['en', 'US Secretary of State Antony Blinken said Moscow had launched missiles at Kyiv.', 'United States'],
    ['en', 'Macron said the troops had withdrawn from the area around Kyiv.', 'France'],
    ['ru', 'В Госдепе США заявили, что удар по вокзалу был военным преступлением.', 'United States'],
    ['ru', 'Макрон заявил, что войска отступили от Киева.', 'France'],
    ['uk', 'У Пентагоні заявили, що війська відступили з-під Києва.', 'United States'],
    ['uk', 'Макрон заявив, що удар по вокзалу був воєнним злочином.', 'France'],
    ['be', 'Макрон заявіў, што ўдар па вакзале быў ваенным злачынствам.', 'France'],
  ])('%s: %s', (lang, text, country) => {
    const claim = claimOf(lang, text);
    expect(claim.predicate).not.toBeNull();
    expect(claim.speaker).not.toBeNull();
    expect(claim.subject).not.toBe(country);
  });

  it.each([
    ['en', 'A US official said Russian forces shelled the town overnight.'],
    ['ru', 'Представитель Пентагона заявил, что российские войска обстреляли город.'],
    ['en', 'The Pentagon said Russian troops had withdrawn from the area around Kyiv.'],
  ])('the doer the sentence names: %s: %s', (lang, text) => {
    expect(claimOf(lang, text).subject).toBe('Russia');
  });
});

describe('a side of the war is not its enemy’s supplier', () => {
  it.each([
    ['en', 'Peskov said Washington had supplied more weapons to Kyiv.'],
    ['ru', 'Песков заявил, что Вашингтон поставил Киеву новое оружие.'],
  ])('%s: %s', (lang, text) => {
    const claim = claimOf(lang, text);
    expect(claim.predicate).toBe('supply_weapons');
    expect(claim.subject).not.toBe('Russia');
  });
});

describe('the speaker’s country where the act is his side’s', () => {
  it.each([
    ['en', 'Russia’s defence ministry said the strikes hit military targets in Kharkiv.', 'Russia'],
    ['ru', 'Минобороны России заявило, что удары нанесены по военным объектам в Харькове.', 'Russia'],
    ['uk', 'Генштаб ЗСУ повідомив, що війська відбили атаки біля Бахмута.', 'Ukraine'],
    ['ru', 'В Пентагоне заявили, что новые поставки оружия начнутся в марте.', 'United States'],
    ['en', 'Ukraine denied shelling the prison in Olenivka.', 'Ukraine'],
  ])('%s: %s', (lang, text, country) => {
    expect(claimOf(lang, text).subject).toBe(country);
  });
});
