import { describe, expect, it } from 'vitest';
import { BACKGROUND } from './claimPlaces';
import { NEGATION, FUTURE, saysFuture } from './claimLexicon';
import { LeadScan } from './leadScan';
import { CALLED_A_LIE_EN, DENIAL_VERBS } from './speechVerbs';
import { CALLED_A_LIE } from './speechVerbsSlavic';
import { ACCORDING_SLAVIC } from './attributionSlavic';
import { seedArticle } from './testing/seedArticles';

const TEXTS = [
  ...['000', '001', '002', '003', '004'].map((seed) => seedArticle(seed).text),
  'Российские войска, по данным Минобороны, потеряли около 300 человек на фоне наступления; НА ФОНЕ этого не было. Несмотря на, Пo данным.',
  'Україна не визнає; жодних втрат. Він не сказав, що нападатиме. Не менее 2 500 человек, двух ракет, сотни и тысячи, 1,5 тыс.',
  'He did not say it (really) amid fears; AMID the fears, despite all. Ukraine isn’t there; they can’t. 9,000 servicemen, twenty tanks.',
  'Surrogates 😀 amid 𝐀mid and не 😀не; 300😀 людей; Ամид.',
  'Peskov called the reports a lie. Amid NATO talks, the Kremlin dismissed the claims as fake, and Kyiv denied it.',
  'ПО ДАННЫМ ГЕНШТАБА, 20 АТАК ОТБИТЫ. по словам Пескова, «это фейк». Песков назвал сообщения фейком.',
];

/** What the regex itself finds: every match (matchAll), or the first (exec from the start). */
function regexAll(regex: RegExp, text: string) {
  return [...text.matchAll(new RegExp(regex.source, regex.flags.includes('g') ? regex.flags : `${regex.flags}g`))];
}
const shape = (matches: RegExpExecArray[]) => matches.map((m) => [m.index, ...m]);

describe('LeadScan: a regex read only where a match can begin', () => {
  const QUANTITY_LIKE = /(?<![\p{L}\d,.])(?:(\d{1,3}(?:[\u00a0\u202f ]\d{3})+(?!\d)|\d+(?:[.,]\d+)?|двух|сотни|тысячи|twenty)(?![\p{L}\d]))(?=((?:\s+[\p{L}-]+\.?){0,4}))/giu;
  const regexes = { QUANTITY_LIKE, BACKGROUND, NEGATION, FUTURE, CALLED_A_LIE_EN, DENIAL_VERBS, CALLED_A_LIE, ACCORDING_SLAVIC, CASED: /(?<![\p{L}])(?:Amid|NATO)(?![\p{L}])/u };

  it.each(Object.entries(regexes))('%s: the same matches, groups and offsets as the regex', (_, regex) => {
    const scan = new LeadScan(regex);
    let found = 0;
    for (const text of TEXTS) {
      const all = regexAll(regex, text);
      found += all.length;
      expect(shape(scan.all(text))).toEqual(shape(all));
      expect(scan.exec(text)?.index).toBe(all[0]?.index);
      expect(scan.test(text)).toBe(all.length > 0);
    }
    expect(found).toBeGreaterThan(0);
  });

  it('reads the beginnings of patterns with literal starts, not of those that may start anywhere', () => {
    expect(new LeadScan(QUANTITY_LIKE).anchored).toBe(true);
    expect(new LeadScan(NEGATION).anchored).toBe(true);
    expect(new LeadScan(BACKGROUND).anchored).toBe(true);
    expect(new LeadScan(FUTURE).anchored).toBe(false); // "\p{L}+тиме"
    expect(new LeadScan(/(a)\1b/u).anchored).toBe(false); // a backreference is no literal
  });

  it('keeps a regex in its flags: case folded only with i', () => {
    const cased = new LeadScan(/(?<![\p{L}])(?:Amid)(?![\p{L}])/gu);
    expect(cased.all('amid Amid AMID').map((m) => m.index)).toEqual([5]);
    const folded = new LeadScan(/(?<![\p{L}])(?:amid|на фоне)(?![\p{L}])/giu);
    expect(folded.all('AMID Amid НА ФОНЕ').map((m) => m.index)).toEqual([0, 5, 10]);
  });

  it('saysFuture answers as FUTURE.test, the synthetic future tried only with "тим"', () => {
    const texts = [...TEXTS, ...TEXTS.flatMap((t) => t.split(/(?<=[.;])\s+/u)), 'Росія нападатиме.', 'Вони НАПАДАТИМУТЬ', 'Тимур прийде.', "We'll see", 'It will.'];
    let future = 0;
    for (const text of texts) {
      expect(saysFuture(text), text).toBe(FUTURE.test(text));
      if (saysFuture(text)) future++;
    }
    expect(future).toBeGreaterThan(3);
  });
});
