import { francAll } from 'franc-min';
import { describe, expect, it } from 'vitest';
import { loadSeeds } from '../../../tests/support/seedPages';
import { rankLanguages } from './rankLanguages';

// rankLanguages is franc-min's francAll made cheaper: the ranking and every score must be the
// library's own, or a page's language (and with it the whole analysis) could change.
const SENTENCES = [
  'Ukrainian forces said on Tuesday they had pushed Russian troops back from the outskirts of Kupiansk.',
  'Министерство обороны России заявило, что войска заняли село под Авдеевкой.',
  'Міністерство оборони України повідомило, що сили оборони відбили атаку біля Авдіївки.',
  'Міністэрства абароны Беларусі паведаміла пра пачатак вучэнняў каля мяжы з Украінай.',
  'Министерството на отбраната на Русия съобщи, че войските са превзели селото.',
  'Ministerstwo Obrony Ukrainy poinformowało, że siły rosyjskie ostrzelały Charków w nocy.',
  'Das ukrainische Verteidigungsministerium meldete am Dienstag schwere Kämpfe bei Bachmut.',
  'Le ministère ukrainien de la Défense a annoncé mardi de violents combats près de Bakhmout.',
  'وقالت وزارة الدفاع الأوكرانية إن القوات الروسية قصفت خاركيف ليلا',
  '乌克兰国防部周二表示，俄罗斯军队夜间炮击了哈尔科夫。',
  '12 345 — 2024-01-12 !!! ???',
  'Sport: Shakhtar 2-1 Dynamo, İstanbul\'da ÇOK güzel bir maç; ΑΘΗΝΑ ΣΤΗΝ ΚΟΡΥΦΗ',
  'short',
  '',
];

describe('rankLanguages', () => {
  it.each(SENTENCES)('ranks %j exactly as franc does', (text) => {
    expect(rankLanguages(text)).toEqual(francAll(text));
  });

  it('ranks every seed article, whole and cut at several lengths, exactly as franc does', () => {
    for (const seed of loadSeeds()) {
      const text = `${seed.title}\n${seed.body}`;
      for (const length of [40, 300, 2047, 2048, 3000, text.length]) {
        const sample = text.slice(0, length);
        expect(rankLanguages(sample)).toEqual(francAll(sample));
      }
    }
  });

});
