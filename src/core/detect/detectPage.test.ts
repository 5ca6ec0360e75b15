import { describe, expect, test } from 'vitest';
import { parseHtml } from '../../cli/html';
import { loadSeeds, offTopicPageHtml, seedPageHtml } from '../../../tests/support/seedPages';
import { detectPage, RELEVANCE_THRESHOLD } from '.';

const seeds = loadSeeds();

describe('detectPage on news pages made from the seed articles', () => {
  test.each(seeds.map((seed) => [seed.file, seed] as const))('%s is relevant, with BY among its countries', (_file, seed) => {
    const url = `https://news.example/world/${seed.file.slice(0, 3)}`;
    const detection = detectPage(parseHtml(seedPageHtml(seed, { url }), url), url);
    expect(detection.isArticle).toBe(true);
    expect(detection.relevant).toBe(true);
    expect(detection.score).toBeGreaterThanOrEqual(RELEVANCE_THRESHOLD);
    expect(detection.countries).toContain('BY');
    expect(detection.countries).toContain('UA');
    expect(detection.reasons).toContain('JSON-LD NewsArticle');
  });

  test('the headline decides which country comes first', () => {
    const seed = seeds.find((candidate) => /Lukashenko/u.test(candidate.title))!;
    const url = 'https://news.example/world/putin-minsk';
    const detection = detectPage(parseHtml(seedPageHtml(seed, { url }), url), url);
    expect(detection.reasons).toContain('headline names Putin, Russian (RU)');
    expect(detection.reasons).toContain('headline names Belarus, Lukashenko (BY)');
  });

  test('reading the page leaves it as it was', () => {
    const url = 'https://news.example/world/000';
    const doc = parseHtml(seedPageHtml(seeds[0]!, { url }), url);
    const before = doc.documentElement.outerHTML;
    detectPage(doc, url);
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

describe('detectPage on other pages', () => {
  test('an article on another topic is an article but not relevant', () => {
    const url = 'http://127.0.0.1/news/baking.html';
    const detection = detectPage(parseHtml(offTopicPageHtml(url), url), url);
    expect(detection.isArticle).toBe(true);
    expect(detection.relevant).toBe(false);
    expect(detection.score).toBe(0);
  });

  test('a Russian-language report on Lukashenko is relevant to Belarus', () => {
    const paragraphs = [
      'Президент Беларуси Александр Лукашенко в понедельник провёл переговоры с Владимиром Путиным в Минске, сообщает пресс-служба белорусского лидера.',
      'Стороны обсудили военное сотрудничество, поставки энергоносителей и создание региональной группировки войск Союзного государства.',
      'По словам Лукашенко, белорусская армия не собирается участвовать в войне на территории Украины, однако будет защищать свои границы.',
      'В Киеве опасаются, что российские войска могут снова использовать территорию Беларуси для наступления с севера.',
      'Песков заявил журналистам, что Кремль не ставит перед Минском задачи вступить в войну, и назвал такие сообщения домыслами.',
      'Оппозиция в эмиграции призвала европейских политиков не признавать никаких соглашений, подписанных Лукашенко после выборов 2020 года.',
    ];
    const html = `<!doctype html><html lang="ru"><head><title>Лукашенко и Путин провели переговоры в Минске</title>
      <meta property="og:type" content="article"></head><body><article><h1>Лукашенко и Путин провели переговоры в Минске</h1>
      ${paragraphs.map((text) => `<p>${text}</p>`).join('\n')}</article></body></html>`;
    const url = 'https://news.example/ru/minsk-talks';
    const detection = detectPage(parseHtml(html, url), url);
    expect(detection.relevant).toBe(true);
    expect(detection.countries[0]).toBe('BY');
    expect(detection.countries).toContain('RU');
  });
});
