import { describe, expect, test } from 'vitest';
import { sameSite, siteKey } from './siteKey';

// Issue 12, item 5: shared hosts counted as one site, so a page at attacker.livejournal.com
// with a canonical link to another blog was stored under the victim's address.
describe('one site or two', () => {
  test.each([
    ['https://www.reuters.com/world/a', 'https://reuters.com/world/b', true],
    ['https://www.bbc.co.uk/news/a', 'https://bbc.co.uk/russian/b', true],
    ['https://news.example.com/a', 'https://amp.example.com/a', true],
    ['https://www.pravda.com.ua/news/1', 'https://m.pravda.com.ua/news/1', true],
    // Other people's blogs on one host.
    ['https://attacker.livejournal.com/1.html', 'https://victim.livejournal.com/2.html', false],
    ['https://attacker.substack.com/p/x', 'https://victim.substack.com/p/y', false],
    ['https://a.blogspot.com/x', 'https://b.blogspot.com/y', false],
    // Different registrants under a public suffix.
    ['https://news.kyiv.ua/a', 'https://other.kyiv.ua/b', false],
    ['https://site.com.ua/a', 'https://other.com.ua/a', false],
    // Every page on telegra.ph is someone else's.
    ['https://telegra.ph/Attacker-page-10-20', 'https://telegra.ph/Victim-report-10-19', false],
    ['https://telegra.ph/Victim-report-10-19?x=1', 'https://telegra.ph/Victim-report-10-19', true],
    ['https://t.me/attacker/12', 'https://t.me/victim/12', false],
    ['https://t.me/channel/12', 'https://t.me/channel/13', true],
    ['not a url', 'https://reuters.com/', false],
  ])('%s and %s: %s', (a, b, expected) => {
    expect(sameSite(a, b)).toBe(expected);
  });

  test('a blog on a shared host is its own site; www and m do not make one', () => {
    expect(siteKey('https://Victim.LiveJournal.com/2.html')).toBe('victim.livejournal.com');
    expect(siteKey('https://www.livejournal.com/media/')).toBe('livejournal.com');
    expect(siteKey('https://m.reuters.com/x')).toBe('reuters.com');
  });
});
