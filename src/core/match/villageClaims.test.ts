import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../analyze';
import type { ExtractedArticle } from '../types';
import { findContradictions } from './contradictions';

// Claims over a village no gazetteer lists, as two sides' reports of January 2023 told them
// (sentences written for the test after the wording of Russian, Ukrainian and Wagner statements).
function report(url: string, lang: string, publishedAt: string, title: string, text: string) {
  const article: ExtractedArticle = { url, title, text, lang, publishedAt, siteName: null, byline: null };
  return { article, analysis: analyzeArticle(article) };
}

const RU_CAPTURE = report('https://ria.test/blagodatnoe', 'ru', '2023-01-10', 'Минобороны сообщило о взятии Благодатного',
  'Министерство обороны России заявило во вторник, что российские войска взяли под контроль село Благодатное к северу от Артёмовска.');
const UK_HOLD = report('https://ukr.test/blahodatne', 'uk', '2023-01-10', 'ЗСУ відбили атаки біля Благодатного',
  'Генштаб ЗСУ повідомив, що українські захисники відбили атаки окупантів у районі села Благодатне та утримують позиції.');
const UK_HOLD_ELSEWHERE = report('https://ukr.test/klishchiivka', 'uk', '2023-01-10', 'ЗСУ відбили атаки біля Кліщіївки',
  'Генштаб ЗСУ повідомив, що українські захисники відбили атаки окупантів у районі села Кліщіївка та утримують позиції.');
const EN_CAPTURE = report('https://wire.test/wagner', 'en', '2023-01-08', 'Wagner claims village near Bakhmut',
  'Wagner founder Yevgeny Prigozhin said on Sunday that his fighters had taken the village of Blahodatne north of Bakhmut.');
const EN_QUOTE = report('https://wire.test/wagner-quote', 'en', '2023-01-08', 'Wagner claims village near Bakhmut',
  'Wagner forces fought north of Bakhmut, near the village of Blahodatne. "Blahodatne is under our control," Yevgeny Prigozhin said on Sunday.');
const EN_HOLD = report('https://wire.test/kyiv', 'en', '2023-01-09', 'Ukraine says it holds village near Bakhmut',
  'Ukraine’s military said on Monday that its forces had repelled attacks near the village of Blahodatne and still held their positions there.');

// The General Staff's formula names the village held and then the region around it, a quote often elided.
const EN_HOLD_LISTED = report('https://wire.test/kyiv-listed', 'en', '2023-01-09', 'Ukraine says attacks repelled',
  'The village of Blahodatne lies north of Bakhmut. Ukraine’s military said on Monday that its forces “repelled attacks near … Blahodatne” and 13 other settlements in the Donetsk region.');
const UK_HOLD_LISTED = report('https://ukr.test/blahodatne-listed', 'uk', '2023-01-10', 'Генштаб: атаки відбито',
  'Село Благодатне лежить на північ від Бахмута. Генштаб ЗСУ повідомив, що захисники відбили атаки біля Благодатного та ще 13 населених пунктів у Донецькій області.');

const EN_CAPTURE_PASSIVE = report('https://wire.test/passive', 'en', '2023-01-08', 'Russia claims village near Bakhmut',
  'The village of Blahodatne, which is about five kilometres north of Bakhmut, was captured with the help of aerial support, the Russian defence ministry said.');

describe('a place taken, told in the passive', () => {
  it.each([
    ['en', 'The village of Blahodatne, which is about five kilometres north of Bakhmut, was captured with the help of aerial support, the Russian defence ministry said.', 'Blahodatne'],
    ['ru', 'Соледар был полностью освобождён, сообщили в Минобороны России.', 'Soledar'],
    ['uk', 'Херсон нарешті повністю звільнено, заявив президент України.', 'Kherson'],
  ])('%s: %s', (lang, text, place) => {
    const { analysis } = report(`https://passive.test/${lang}`, lang, '2023-01-10', 'Заголовок', text);
    expect(analysis.statements.find((s) => s.predicate === 'occupy')?.target).toContain(place);
  });

  it('sets the capture against the other side saying it still holds the village', () => {
    const [pair] = findContradictions(EN_HOLD, [EN_CAPTURE_PASSIVE]);
    expect(pair?.kind).toBe('opposing_claims');
  });
});

describe('claims over a village outside the gazetteer', () => {
  it.each([
    ['en', EN_HOLD_LISTED, EN_CAPTURE],
    ['uk', UK_HOLD_LISTED, RU_CAPTURE],
  ])('%s: attacks repelled near the village, then a region named, still hold the village', (_lang, hold, capture) => {
    const [pair] = findContradictions(hold, [capture]);
    expect(pair?.kind).toBe('opposing_claims');
  });

  it('sets a Russian report of its capture against a Ukrainian report that it is held', () => {
    const found = findContradictions(UK_HOLD, [RU_CAPTURE]);
    expect(found).toEqual([expect.objectContaining({
      kind: 'opposing_claims',
      statement: expect.objectContaining({ text: expect.stringContaining('Благодатне') }),
      other: expect.objectContaining({ text: expect.stringContaining('Благодатное') }),
    })]);
  });

  it('names the village, not the town the article is about, in the explanation', () => {
    const [pair] = findContradictions(EN_HOLD, [EN_CAPTURE]);
    expect(pair?.explanation).toContain('has taken Blahodatne');
    expect(pair?.explanation).not.toContain('Bakhmut');
  });

  it('reads the village a claim names without a preposition ("Blahodatne is under our control")', () => {
    const [pair] = findContradictions(EN_HOLD, [EN_QUOTE]);
    expect(pair?.other.text).toContain('Blahodatne is under our control');
    expect(pair?.explanation).toContain('has taken Blahodatne');
  });

  it('does not set a capture of one village against the defence of another on the same day', () => {
    expect(findContradictions(UK_HOLD_ELSEWHERE, [RU_CAPTURE])).toEqual([]);
  });
});

// Headlines and wire leads name a front-line village without "село": only the capture told as a
// noun says it is a place ("о взятии Синьковки"). Sentences written for the test.
describe('a village named only by its capture', () => {
  const RU_CLAIM = report('https://ria.test/synkivka', 'ru', '2024-02-01', 'Минобороны заявило о взятии Синьковки',
    'Минобороны России заявило о взятии Синьковки.');
  const UK_DENIAL = report('https://ukr.test/synkivka', 'uk', '2024-02-01', 'Генштаб спростував',
    'Генштаб ЗСУ спростував інформацію про захоплення Синьківки.');
  const BE_CLAIM = report('https://by.test/synkivka', 'be', '2024-02-01', 'Захоп', 'Міністэрства абароны Расіі заявіла пра захоп Сінькаўкі.');
  const BG_DENIAL = report('https://bg.test/synkivka', 'bg', '2024-02-01', 'Отрицание',
    'Генералният щаб на ВСУ отрече информацията за превземането на Синковка.');
  const EN_CLAIM = report('https://wire.test/synkivka', 'en', '2024-02-01', 'Russia claims village', "Russia's defence ministry claimed the capture of Synkivka.");

  const villageOf = (analysis: ReturnType<typeof analyzeArticle>) => analysis.entities.find((e) => e.id.startsWith('place:~'))?.id;

  it('gives the village one id in five languages', () => {
    const ids = [RU_CLAIM, UK_DENIAL, BE_CLAIM, BG_DENIAL, EN_CLAIM].map(({ analysis }) => villageOf(analysis));
    expect(ids[0]).toMatch(/^place:~/);
    for (const id of ids) expect(id).toBe(ids[0]);
  });

  it("reads Belarusian 'Міністэрства абароны Расіі' as Russia's ministry, not Belarus's", () => {
    expect(BE_CLAIM.analysis.statements[0]?.speaker).toBe('Russian Defence Ministry');
  });

  it('sets the claimed capture against its denial', () => {
    expect(findContradictions(UK_DENIAL, [RU_CLAIM])[0]?.kind).toBe('opposing_claims');
    expect(findContradictions(BG_DENIAL, [EN_CLAIM])[0]?.kind).toBe('opposing_claims');
  });

  it('reads no village in a release, a landmark or a person', () => {
    for (const text of [
      'Суд постановил освобождение Иванова из-под стражи.',
      'Demonstrators marched to the outskirts of the Palace of Independence.',
      'Протестующие собрались возле Национального художественного музея.',
    ]) expect(villageOf(report('https://x.test/none', 'ru', '2024-02-01', 'Заголовок', text).analysis)).toBeUndefined();
  });
});
