import { describe, expect, it } from 'vitest';
import { stem } from './stem';
import { wordLanguage } from './wordLanguage';

// Forms a reader knows to be one word must share a key; different words must not.
describe('stem: the case and tense forms of one word meet, in each language', () => {
  it.each([
    ['ru', ['наступление', 'наступления', 'наступлением', 'наступлении']],
    ['ru', ['переговоры', 'переговоров', 'переговорах']],
    ['ru', ['заявил', 'заявила', 'заявили']],
    ['ru', ['украинские', 'украинских', 'украинским']],
    ['uk', ['наступ', 'наступу', 'наступом']],
    ['uk', ['переговори', 'переговорів', 'переговорах']],
    ['uk', ['звільнення', 'звільненню', 'звільненням']],
    ['uk', ['ракетний', 'ракетного', 'ракетному']],
    ['be', ['перамовы', 'перамоваў', 'перамовах']],
    ['be', ['беларускія', 'беларускіх', 'беларускім']],
    ['bg', ['преговори', 'преговорите']],
    ['bg', ['атака', 'атаката', 'атаките']],
    ['bg', ['град', 'града', 'градове']],
    ['pl', ['wojska', 'wojskach', 'wojskami']],
    ['pl', ['negocjacje', 'negocjacji', 'negocjacjach']],
    ['pl', ['Bachmut', 'Bachmutu', 'Bachmucie']],
    ['en', ['talks', 'talk']],
    ['en', ['missiles', 'missile']],
  ])('%s: %j', (lang, forms) => {
    const keys = new Set(forms.map((form) => stem(form, lang)));
    expect([...keys]).toHaveLength(1);
  });

  // Known miss: Ukrainian and Belarusian past tenses by gender ("повідомив" / "повідомила") do
  // not meet, because -ла/-ли are left on so that nouns in -л keep their root ("обстріли",
  // "генерала"). Speech verbs are stopwords; other verbs weigh little among terms.
  it.fails.each([
    ['uk', ['повідомив', 'повідомила', 'повідомили']],
    ['be', ['паведаміў', 'паведаміла', 'паведамілі']],
  ])('%s past tense by gender: %j (known miss)', (lang, forms) => {
    expect(new Set(forms.map((form) => stem(form, lang))).size).toBe(1);
  });

  it.each([
    ['uk', ['обстріли', 'обстрілів', 'обстрілами']],
    ['uk', ['генерал', 'генерала', 'генерали']],
    ['be', ['генерал', 'генерала', 'генералы']],
  ])('%s nouns in -л keep their root: %j', (lang, forms) => {
    expect(new Set(forms.map((form) => stem(form, lang))).size).toBe(1);
  });

  it.each([
    ['ru', 'наступление', 'отступление'],
    ['uk', 'наступ', 'настрій'],
    ['ru', 'война', 'воин'],
    ['pl', 'wojna', 'wojsko'],
    ['en', 'attacked', 'attack'], // English keeps tenses apart, so the terms shown stay words
  ])('%s: "%s" and "%s" stay apart', (lang, a, b) => {
    expect(stem(a, lang)).not.toBe(stem(b, lang));
  });

  it('keeps a Russian stem recognisable: Snowball cuts endings, not the root', () => {
    expect(stem('наступления', 'ru')).toBe('наступлен');
    expect(stem('переговорах', 'ru')).toBe('переговор');
  });
});

describe('wordLanguage: the letters decide when the article language is missing or wrong', () => {
  it.each([
    ['військами', 'ru', 'uk'], // і in a Russian article is a Ukrainian quote
    ['їхніх', null, 'uk'],
    ['паведаміў', 'ru', 'be'], // ў only in Belarusian
    ['сілы', 'uk', 'be'], // і with ы
    ['объявил', 'bg', 'ru'], // ъ before я is Russian
    ['също', 'ru', 'bg'], // ъ before a consonant is Bulgarian
    ['войска', null, 'ru'],
    ['войска', 'uk', 'uk'],
    ['żołnierze', 'en', 'pl'],
    ['soldiers', 'ru', 'en'],
  ])('%s in a %s article is %s', (word, articleLang, expected) => {
    expect(wordLanguage(word, articleLang)).toBe(expected);
  });

  it('stems a Ukrainian word in a Russian article by Ukrainian rules', () => {
    // Russian rules would not take "ів" off: it is no Russian ending.
    expect(stem('ударів', 'ru')).toBe(stem('удари', 'uk'));
    expect(stem('військами', 'ru')).toBe('військ');
  });
});
