import { describe, expect, test } from 'vitest';
import { outletHost } from './outletHost';

// Issue 12, item 5: og:site_name was trusted, so any site could appear as "Reuters".
describe('the real host beside a claimed outlet name that does not match it', () => {
  test.each([
    ['Reuters', 'https://www.reuters.com/world/europe/x'],
    ['BBC News', 'https://www.bbc.co.uk/news/world-europe-1'],
    ['BBC News Русская служба', 'https://www.bbc.com/russian/articles/x'],
    ['The Kyiv Independent', 'https://kyivindependent.com/x'],
    ['Meduza', 'https://meduza.io/en/news/x'],
    ['Новая газета', 'https://novayagazeta.ru/articles/x'],
    ['Українська правда', 'https://www.pravda.com.ua/news/x'],
    ['РИА Новости', 'https://ria.ru/20221020/x.html'],
    ['Radio Free Europe/Radio Liberty', 'https://www.rferl.org/a/x.html'],
    ['Deutsche Welle', 'https://www.dw.com/en/x'],
    ['Наша Ніва', 'https://nashaniva.com/x'],
  ])('%s at its own address: no host shown', (name, url) => {
    expect(outletHost(name, url)).toBeNull();
  });

  test.each([
    ['Reuters', 'https://reuters-world.news.example/x', 'news.example'],
    ['Reuters', 'https://reuters.com.attacker.ru/x', 'attacker.ru'],
    ['Reuters', 'https://attacker.livejournal.com/1.html', 'attacker.livejournal.com'],
    ['BBC News', 'https://telegra.ph/BBC-News-10-20', 'telegra.ph'],
    ['Meduza', 'https://news.kyiv.ua/x', 'news.kyiv.ua'],
  ])('%s at %s shows %s', (name, url, host) => {
    expect(outletHost(name, url)).toBe(host);
  });

  test('no claimed name, or no address to compare: nothing to show', () => {
    expect(outletHost(null, 'https://reuters.com/x')).toBeNull();
    expect(outletHost('  ', 'https://reuters.com/x')).toBeNull();
    expect(outletHost('Reuters', 'file:///home/reader/page.html')).toBeNull();
  });

  test("a page the reader's own machine serves is like a file: no host shown", () => {
    expect(outletHost('The Business Standard', 'http://127.0.0.1:4173/news/003.html')).toBeNull();
    expect(outletHost('Reuters', 'http://localhost:8080/saved/reuters.html')).toBeNull();
    expect(outletHost('Reuters', 'http://[::1]/x')).toBeNull();
    // A public address written as numbers is still someone else's.
    expect(outletHost('Reuters', 'http://203.0.113.7/x')).toBe('203.0.113.7');
  });
});
