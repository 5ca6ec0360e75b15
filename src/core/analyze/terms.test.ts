import { describe, expect, it } from 'vitest';
import { findEntities } from './entities';
import { stem } from './stem';
import { extractTerms, extractTermsWithForms } from './terms';

const termsOf = (text: string, lang: string | null) => extractTerms(text, findEntities(text, '2023-06-01').mentions, 40, lang);

// Short reports written for the test, each about one thing said twice in different forms.
// [language, text, the word for its subject, function words that must not be terms]
const REPORTS: Array<[string, string, string, string[]]> = [
  ['ru', 'Российские войска продолжают наступление на Авдеевку. Наступление сопровождается обстрелами, сообщил в понедельник представитель штаба. По его словам, обстрелы не прекращаются уже неделю.',
    'наступление', ['в', 'на', 'по', 'его', 'сообщил', 'уже']],
  ['uk', 'Російські війська продовжують наступ на Авдіївку. Наступ супроводжується обстрілами, повідомив у понеділок речник штабу. За його словами, обстріли не припиняються вже тиждень.',
    'наступ', ['у', 'на', 'за', 'його', 'повідомив', 'вже']],
  ['be', 'Расійскія войскі працягваюць наступ на Аўдзееўку. Наступ суправаджаецца абстрэламі, паведаміў у панядзелак прадстаўнік штаба. Паводле яго слоў, абстрэлы не спыняюцца ўжо тыдзень.',
    'наступ', ['у', 'на', 'яго', 'паведаміў', 'ўжо']],
  ['bg', 'Руските войски продължават настъплението към Авдеевка. Настъплението е съпроводено с обстрели, съобщи в понеделник говорител на щаба. Според него обстрелите не спират вече седмица.',
    'настъпление', ['в', 'към', 'с', 'според', 'съобщи', 'вече']],
  ['pl', 'Rosyjskie wojska kontynuują ofensywę na Awdijiwkę. Ofensywie towarzyszą ostrzały, poinformował w poniedziałek rzecznik sztabu. Według niego ostrzały nie ustają od tygodnia.',
    'ofensywa', ['w', 'na', 'od', 'według', 'poinformował', 'nie']],
  ['en', 'Russian troops continue their offensive on Avdiivka. The offensive comes with shelling, a staff spokesman said on Monday. He said the shelling has not stopped for a week.',
    'offensive', ['on', 'the', 'said', 'has', 'for']],
];

describe('extractTerms: stems of the article language, without its stopwords', () => {
  it.each(REPORTS)('%s: the repeated subject leads, function words are gone', (lang, text, subject, stopwords) => {
    const terms = termsOf(text, lang);
    expect(terms.slice(0, 3)).toContain(stem(subject, lang));
    for (const word of stopwords) expect(terms).not.toContain(stem(word, lang));
  });

  it.each(REPORTS.filter(([lang]) => lang !== 'en'))('%s: the repeated "shelling" in two case forms is one term', (lang, text) => {
    const shelling = { ru: 'обстрел', uk: 'обстріл', be: 'абстрэл', bg: 'обстрел', pl: 'ostrzał' }[lang] as string;
    const terms = termsOf(text, lang);
    expect(terms.filter((term) => !term.includes(' ') && term.startsWith(shelling.slice(0, 5)))).toHaveLength(1);
  });

  it('reads a Russian report the same when its language is not known', () => {
    const [, text] = REPORTS[0] as (typeof REPORTS)[number];
    expect(termsOf(text, null)).toEqual(termsOf(text, 'ru'));
  });

  it('does not count the newsroom verbs of any form ("заявил", "заявила", "заявили")', () => {
    const text = 'Песков заявил о переговорах. Захарова заявила о переговорах. Они заявили, что переговоры продолжатся.';
    const terms = termsOf(text, 'ru');
    expect(terms).toContain('переговор');
    expect(terms.some((term) => term.startsWith('заяв'))).toBe(false);
  });

  it('keeps a readable word beside each stem for the reasons shown to readers', () => {
    const text = 'Наступление продолжается. Наступление захлебнулось под Авдеевкой, а наступления на юге нет.';
    const forms = extractTermsWithForms(text, [], 5, 'ru');
    expect(forms[0]).toEqual({ term: 'наступлен', form: 'наступление' });
  });

  // Words of degree, number, time and possession ("дуже", "багато", "одній", "падчас", "two"):
  // in a report's reasons ("common terms: одн") they told a reader nothing.
  it.each([
    ['uk', 'Мої знайомі дуже шоковані. В одній лише Бучі багато вбитих, хоча їхні тіла ще шукають. Потім прийшли журналісти, і кожен бачив тіла.', 'тіл', ['дуже', 'одній', 'багато', 'хоча', 'їхні', 'потім', 'кожен', 'мої']],
    ['be', 'Падчас пратэстаў у Мінску затрымалі некалькі чалавек. Яшчэ адзін пратэстоўца трапіў у шпіталь паміж пратэстамі, тады пратэсты спыніліся.', 'пратэст', ['падчас', 'некалькі', 'яшчэ', 'адзін', 'паміж', 'тады']],
    ['ru', 'В ходе обстрела погибли двое. В частности, пострадали жилые дома, очень много домов осталось без света; обстрел продолжался несколько часов.', 'обстрел', ['ходе', 'частности', 'очень', 'много', 'несколько']],
    ['en', 'Image caption: two missiles hit the plant. Three more missiles were pictured in the air before the plant was hit.', 'missile', ['two', 'three', 'caption', 'pictured']],
  ])('%s: words of degree, number and time are not terms', (lang, text, subject, stopwords) => {
    const terms = termsOf(text, lang);
    expect(terms.slice(0, 3)).toContain(stem(subject, lang));
    for (const word of stopwords) expect(terms).not.toContain(stem(word, lang));
  });
});
