import { describe, expect, it } from 'vitest';
import { isClauseNotSpeaker, speakerPart } from './speakerPhrase';
import { statementIn } from './testing/analyzeSnippet';

describe('the part of an attribution that can name a speaker', () => {
  it.each([
    ['Украина его', 'Украина'],
    ['Що передувало: Російські ЗМІ', 'Російські ЗМІ'],
    ['a claim which Belarus', 'Belarus'],
    ['which he', 'he'],
    ['Пра гэта Еўрарадыё', 'Еўрарадыё'],
    ['the President rightly', 'the President'],
    ['the Belarusian Defence Ministry', 'the Belarusian Defence Ministry'],
  ])('%s → %s', (phrase, part) => {
    expect(speakerPart(phrase)).toBe(part);
  });
});

describe('a clause or a fragment is no one', () => {
  it.each(['I want to', 'Now', 'we can', 'They will even', 'Crowd sizes for those protests were not immediately', 'thanked allies for their support but', 'However', 'where authorities'])('%s', (phrase) => {
    expect(isClauseNotSpeaker(phrase)).toBe(true);
  });
  it.each(['the defence ministry', 'Local media', 'Ukrainian officials', 'lawyer Maxim Znak', 'A witness'])('%s speaks', (phrase) => {
    expect(isClauseNotSpeaker(phrase)).toBe(false);
  });
});

describe('speakers in real-looking copy', () => {
  const HEADLINE = 'Wagner and the ministry argue over shells\n\n';
  it('"which he said" is the man named before, and the first "he said" keeps its claim', () => {
    const text = `${HEADLINE}Yevgeny Prigozhin complained about shortages again.\n\nOn Wednesday, he said he launched a campaign to secure artillery shells, adding Wagner had been reduced to begging for ammunition, which he said was sometimes successful.`;
    expect(statementIn(text, 'he launched a campaign')).toMatchObject({ speaker: 'Yevgeny Prigozhin', attribution: 'indirect' });
  });
  it('a passive "were not immediately reported" is nobody speaking', () => {
    const text = `${HEADLINE}Crowd sizes were not immediately reported, but Ales Bialiatski, head of the Viasna human rights organisation, said the march in Minsk attracted more than 100,000 people.`;
    expect(statementIn(text, 'attracted more than')?.speaker).not.toMatch(/crowd/i);
  });
  it('the subject before a parenthetical speaks', () => {
    const text = `${HEADLINE}The defence ministry, in a statement late on Tuesday, said such allegations were completely untrue.`;
    expect(statementIn(text, 'allegations were completely untrue')).toMatchObject({ speaker: 'the defence ministry', attribution: 'indirect' });
  });
  it('a name with two appositions speaks what follows the verb', () => {
    const text = `${HEADLINE}Renat Karchaa, an adviser to the head of Rosenergoatom, the company operating Russia’s nuclear plants, said Grossi’s comments were unfounded.`;
    expect(statementIn(text, 'comments were unfounded')).toMatchObject({ speaker: 'Renat Karchaa', attribution: 'indirect' });
  });
  it('"the United States said" is the United States', () => {
    const text = `${HEADLINE}The United States said Russia had lost thousands of Wagner fighters near Bakhmut.`;
    expect(statementIn(text, 'lost thousands')?.speaker).toBe('United States');
  });
  it('a headline "Name: claim" gives the claim to the name; a label before a colon does not', () => {
    const text = 'Захарова: фейк в Буче нацелен на срыв переговоров России и Украины\n\nОфициальный представитель МИД России выступила в эфире государственного телеканала.\n\nДеталі: российские войска обстреляли Харьков ночью из реактивных систем.';
    expect(statementIn(text, 'фейк в Буче')).toMatchObject({ speaker: 'Maria Zakharova', attribution: 'indirect' });
    expect(statementIn(text, 'обстреляли Харьков')?.speaker ?? null).toBeNull();
  });
});

describe('a paragraph that is only a quote', () => {
  it('continues the speaker of the quote in the paragraph before', () => {
    const text = 'Wagner and the ministry argue over shells\n\n“This can be equated to high treason,” Yevgeny Prigozhin said in a voice message on Tuesday.\n\n“The chief of the general staff and the defence minister are giving orders not to give Wagner ammunition.”';
    expect(statementIn(text, 'giving orders')).toMatchObject({ speaker: 'Yevgeny Prigozhin', attribution: 'direct' });
  });
  it('after a narrative paragraph it stays without a speaker', () => {
    const text = 'Shells run short near Bakhmut\n\nThe town has been shelled for months and most residents have left.\n\n“There are no whole walls left in this street.”';
    expect(statementIn(text, 'no whole walls')).toBeUndefined();
  });
});

describe('clauses with speakers of their own', () => {
  it('a semicolon ends a clause: "Минобороны РФ сообщило о ...; в США считают ..."', () => {
    const text = 'Главное за день\n\nОперативная информация о ходе боёв; Минобороны РФ сообщило о полном освобождении Соледара; в США считают, что это не изменит хода войны.';
    expect(statementIn(text, 'освобождении Соледара')).toMatchObject({ speaker: 'Russian Defence Ministry', predicate: 'occupy', target: 'Soledar' });
  });
  it('"X claims ... - but Y says ...": two speakers, and a caption is neither', () => {
    const text = 'Ukraine war: Conflicting claims over Soledar\n\nMedia caption, Russia claims control over the town of Soledar in eastern Ukraine - but Kyiv says its soldiers are holding out.';
    expect(statementIn(text, 'control over the town')).toMatchObject({ speaker: 'Russia', predicate: 'occupy' });
    expect(statementIn(text, 'soldiers are holding out')?.speaker).toBe('Ukraine');
  });
});

describe('an outlet carrying someone’s words', () => {
  it('"X заявіў, што ..., піша РБК": X speaks', () => {
    const text = 'Міністр пра зброю\n\nМіністр унутраных спраў Юрый Караеў заявіў, што сілавікі не прымянялі агнястрэльную зброю падчас пратэстаў, піша РБК.';
    expect(statementIn(text, 'не прымянялі')).toMatchObject({ speaker: 'Юрый Караеў', polarity: 'deny', predicate: 'attack' });
  });
});
