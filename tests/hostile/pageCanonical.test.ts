import { describe, expect, test } from 'vitest';
import { parseHtml } from '../../src/cli/html';
import { pageCanonicalUrl } from '../../src/core/extract/readMetadata';
import { sameSite } from '../../src/core/extract/siteKey';

// Issue 12, item 5, in the extractor as the command line runs it: the canonical link is judged
// by the public suffix list. (In a page the extractor leaves the check to the background, which
// makes it against the address the browser reports: tests/hostile/canonicalTrust.test.ts.)
const withCanonical = (href: string, url: string) =>
  parseHtml(`<html><head><link rel="canonical" href="${href}"></head><body><p>Text.</p></body></html>`, url);

describe('the canonical address a page may give itself', () => {
  test.each([
    // Another person's blog, another registrant, another page on a shared host: not believed.
    ['https://attacker.livejournal.com/1.html', 'https://victim.livejournal.com/77.html', 'https://attacker.livejournal.com/1.html'],
    ['https://news.kyiv.ua/a', 'https://victim.kyiv.ua/a', 'https://news.kyiv.ua/a'],
    ['https://a.blogspot.com/2024/03/x.html', 'https://b.blogspot.com/2024/03/y.html', 'https://a.blogspot.com/2024/03/x.html'],
    ['https://telegra.ph/Attacker-03-20', 'https://telegra.ph/Victim-report-03-19', 'https://telegra.ph/Attacker-03-20'],
    ['https://evil.example/reuters-copy', 'https://www.reuters.com/world/minsk', 'https://evil.example/reuters-copy'],
    // The site's own canonical, across its hosts: followed.
    ['https://m.pravda.com.ua/news/1?utm_source=x', 'https://www.pravda.com.ua/news/1', 'https://www.pravda.com.ua/news/1'],
    ['https://www.bbc.co.uk/russian/a?at_medium=x', 'https://www.bbc.co.uk/russian/a', 'https://www.bbc.co.uk/russian/a'],
    ['https://victim.livejournal.com/77.html?page=2', '/77.html', 'https://victim.livejournal.com/77.html'],
  ])('%s naming %s: %s', (url, canonical, expected) => {
    expect(pageCanonicalUrl(withCanonical(canonical, url), url, sameSite)).toBe(expected);
  });

  test('a saved copy (file:) keeps the address it names, whatever the site', () => {
    const url = 'file:///home/reader/saved/minsk.html';
    expect(pageCanonicalUrl(withCanonical('https://www.reuters.com/world/minsk', url), url, sameSite)).toBe('https://www.reuters.com/world/minsk');
  });
});
