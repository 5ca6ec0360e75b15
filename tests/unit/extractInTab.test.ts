import { beforeEach, describe, expect, test, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { extractInTab } from '../../entrypoints/background/extractInTab';
import { parseHtml } from '../../src/cli/html';
import { extractArticle, readArticle } from '../../src/core/extract/extractArticle';
import { loadSeeds, seedPageHtml } from '../support/seedPages';

// The extractor injected into a tab reads the page; the background judges its language. What
// the background ends with must be what extractArticle gives for the same page.
const pages = [
  ...loadSeeds().map((seed) => ({ url: `https://news.example/${seed.file}`, html: seedPageHtml(seed, { url: `https://news.example/${seed.file}` }) })),
  {
    // Ukrainian text on a page that declares Russian: the text, not the declaration, decides.
    url: 'https://news.example/ua',
    html: `<!doctype html><html lang="ru"><head><title>Обстріл Харкова</title></head><body><article><h1>Обстріл Харкова</h1>
      <p>Уночі російські війська обстріляли Харків ракетами, повідомив голова обласної військової адміністрації Олег Синєгубов.</p>
      <p>За його словами, пошкоджено житлові будинки та обʼєкти інфраструктури, є поранені. Рятувальники працюють на місці.</p>
      <p>Це вже третій масований обстріл міста за тиждень, зазначили у міській раді. Мешканців закликали не ігнорувати сигнали тривоги.</p>
      </article></body></html>`,
  },
  {
    // Too few letters to judge: the page's declaration is the answer.
    url: 'https://news.example/short',
    html: '<!doctype html><html lang="be-BY"><head><title>Мінск</title></head><body><article><h1>Мінск</h1><p>Мінск, 12:00.</p></article></body></html>',
  },
];

describe('extractInTab', () => {
  beforeEach(() => fakeBrowser.reset());

  test.each(pages.map((page) => [page.url, page] as const))('%s: the language judged in the background, the rest as read in the page', async (_url, page) => {
    const injected = readArticle(parseHtml(page.html, page.url), page.url);
    expect(injected.lang).toBeNull();
    vi.spyOn(browser.scripting, 'executeScript').mockResolvedValue([{ frameId: 0, result: structuredClone(injected) }] as never);
    const article = await extractInTab(1);
    expect(article).toEqual(extractArticle(parseHtml(page.html, page.url), page.url));
    expect(Object.keys(article)).toEqual(Object.keys(extractArticle(parseHtml(page.html, page.url), page.url)));
    expect(article).not.toHaveProperty('declaredLang');
  });

  test('the Ukrainian page is Ukrainian, the short one what it declares', async () => {
    const langs = [];
    for (const page of pages.slice(-2)) {
      vi.spyOn(browser.scripting, 'executeScript').mockResolvedValue([{ frameId: 0, result: readArticle(parseHtml(page.html, page.url), page.url) }] as never);
      langs.push((await extractInTab(1)).lang);
    }
    expect(langs).toEqual(['uk', 'be']);
  });

  test('a result that is not the extractor\'s is refused', async () => {
    const page = pages[0]!;
    const injected = readArticle(parseHtml(page.html, page.url), page.url);
    for (const result of [{ ...injected, lang: 'en' }, { ...injected, declaredLang: 42 }, { ...injected, text: 7 }, null]) {
      vi.spyOn(browser.scripting, 'executeScript').mockResolvedValue([{ frameId: 0, result }] as never);
      await expect(extractInTab(1)).rejects.toThrow(/could not read an article/);
    }
  });

  test('the article a page sent with its verdict is used as read there, without running the extractor', async () => {
    const page = pages[0]!;
    const sent = structuredClone(readArticle(parseHtml(page.html, page.url), page.url));
    const inject = vi.spyOn(browser.scripting, 'executeScript');
    expect(await extractInTab(1, sent)).toEqual(extractArticle(parseHtml(page.html, page.url), page.url));
    expect(inject).not.toHaveBeenCalled();
  });

  test('a sent article that is not what readArticle gives is not believed: the extractor reads the page', async () => {
    const page = pages[0]!;
    const injected = readArticle(parseHtml(page.html, page.url), page.url);
    for (const sent of [{ ...injected, lang: 'en' }, { ...injected, text: 7 }, { ...injected, text: 'x'.repeat(2_000_001) }, 'text', null]) {
      const inject = vi.spyOn(browser.scripting, 'executeScript').mockResolvedValue([{ frameId: 0, result: structuredClone(injected) }] as never);
      expect(await extractInTab(1, sent)).toEqual(extractArticle(parseHtml(page.html, page.url), page.url));
      expect(inject).toHaveBeenCalledTimes(1);
      inject.mockRestore();
    }
  });
});
