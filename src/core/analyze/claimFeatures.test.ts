import { describe, expect, it } from 'vitest';
import { claimModality, claimPolarity } from './claimFeatures';
import { findPredicate } from './predicates';

// Polarity and modality of claims without a predicate class: a negation anywhere denies, unless
// it is one that denies nothing ("не только", "не менее 50", "не исключено").
describe('claimPolarity', () => {
  it.each([
    ['ru', 'Россия не собирается нападать на Украину', 'deny'],
    ['ru', 'Белоруссия ни при каких обстоятельствах не вступит в войну', 'deny'],
    ['ru', 'у России нет планов нападать на Белоруссию', 'deny'],
    ['ru', 'не только Россия, но и Белоруссия проводит учения', 'affirm'],
    ['ru', 'не менее 50 танков прибыли в Гомель', 'affirm'],
    ['ru', 'не исключено, что Белоруссия вступит в войну', 'affirm'],
    ['uk', 'Україна не має наміру вести переговори', 'deny'],
    ['uk', 'Росія ніколи не визнає цих кордонів', 'deny'],
    ['be', 'Беларусь ніколі не нападзе на суседзяў', 'deny'],
    ['bg', 'Русия няма да нападне Беларус', 'deny'],
    ['pl', 'Rosja nigdy nie zaatakuje Polski', 'deny'],
    ['pl', 'nie tylko Rosja prowadzi ćwiczenia', 'affirm'],
    ['ru', 'кто бы ни победил, Белоруссия останется союзником России', 'affirm'],
    ['uk', 'невідомо, залишаться російські війська в Білорусі чи ні', 'affirm'],
  ])('%s: %s -> %s', (_lang, claim, expected) => {
    expect(claimPolarity(claim, null, null)).toBe(expected);
  });

  it('reads a denial verb and a verdict of "fake" as denials', () => {
    expect(claimPolarity('информация о переброске войск', null, 'опроверг')).toBe('deny');
    expect(claimPolarity('інформацію про підготовку наступу', null, 'спростували')).toBe('deny');
    expect(claimPolarity('що російські війська покинули місто', null, 'zaprzeczył')).toBe('deny');
    expect(claimPolarity('сообщения о наступлении — это фейк', null, 'заявил')).toBe('deny');
    expect(claimPolarity('ці кадри є черговою провокацією', null, 'заявив')).toBe('deny');
  });

  it('does not take a verdict for a denial in narrative copy', () => {
    expect(claimPolarity('сообщения о наступлении — это фейк', null, null)).toBe('affirm');
  });
});

describe('claimModality', () => {
  it.each([
    ['Россия не собирается нападать на Украину', false, 'intention'],
    ['Белоруссия намерена провести учения', false, 'intention'],
    ['Україна планує контрнаступ', false, 'intention'],
    ['Беларусь мае намер правесці вучэнні', false, 'intention'],
    ['Polska zamierza wysłać czołgi', false, 'intention'],
    ['войска будут переброшены в январе', true, 'intention'],
    ['війська нападатимуть з півночі', true, 'intention'],
    ['Белоруссия может вступить в войну', false, 'possibility'],
    ['можливо, Білорусь вступить у війну', false, 'possibility'],
    ['не исключено, что Белоруссия вступит в войну', false, 'possibility'],
    ['Rosja może zaatakować', false, 'possibility'],
    ['войска, вероятно, останутся в Белоруссии', false, 'prediction'],
    ['очікується, що війська прибудуть у січні', false, 'prediction'],
    ['Русия вероятно ще атакува', false, 'prediction'],
  ])('%s (speaker: %s) -> %s', (claim, hasSpeaker, expected) => {
    expect(claimModality(claim, claim, hasSpeaker)).toBe(expected);
  });

  it.each([
    ['якобы российские войска покинули город'],
    ['По данным разведки, войска переброшены к границе'],
    ['Нібито росіяни перекинули техніку до кордону'],
    ['Паводле звестак праваабаронцаў, затрыманы дзясяткі людзей'],
    ['Rzekomo rosyjskie wojska opuściły miasto'],
  ])('reads %j as reported', (sentence) => {
    expect(claimModality(sentence, sentence, false)).toBe('reported');
  });

  it('reads Bulgarian "ще" as the future only in Bulgarian', () => {
    expect(claimModality('Русия ще изпрати войски', 'Русия ще изпрати войски', true, undefined, 'bg')).toBe('intention');
    expect(claimModality('зображення є ще одним фейком', 'зображення є ще одним фейком', true, undefined, 'uk')).toBe('asserted');
  });
});

// Failing at an act is not doing it; trying to take or encircle a place is not having taken it.
describe('claimPolarity of failures and attempts', () => {
  const polarityOf = (claim: string) => claimPolarity(claim, findPredicate(claim), null);
  it.each([
    ['Russian troops failed to capture the town.', 'deny'],
    ['Russian forces were failing to capture the town, Ukrainian commanders said.', 'deny'],
    ['Wagner units have been unable to encircle Bakhmut.', 'deny'],
    ['российские войска безуспешно пытались захватить Соледар', 'deny'],
    ['российским войскам не удалось окружить Авдеевку', 'deny'],
    ['російські війська намагалися захопити Соледар', 'deny'],
    ['окупантам не вдалося оточити Бахмут', 'deny'],
    ['Russian forces captured the town after trying for weeks.', 'affirm'],
    ['российские войска взяли Соледар после нескольких попыток', 'affirm'],
    // An attempted strike is still a strike launched.
    ['Russia tried to strike Kyiv with drones overnight.', 'affirm'],
  ])('%s -> %s', (claim, polarity) => {
    expect(polarityOf(claim)).toBe(polarity);
  });
});
