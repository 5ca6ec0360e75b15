import { describe, expect, test } from 'vitest';
import { parseFeedDate } from './feedDate';
import { FeedFormatError, parseFeed } from './parseFeed';

// Written for the test, in the shape Russian and Ukrainian outlets' RSS 2.0 feeds take:
// CDATA titles, an atom:link to itself, entities, relative links, RFC 822 dates.
const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
  <title><![CDATA[Новости — Политика]]></title>
  <link>https://news.example.ru/</link>
  <atom:link href="https://news.example.ru/rss/politics" rel="self" type="application/rss+xml"/>
  <item>
    <title><![CDATA[Лукашенко и Путин провели переговоры в Минске]]></title>
    <link>/politics/2023/01/lukashenko-putin.html?utm_source=rss&amp;utm_medium=feed</link>
    <guid isPermaLink="false">news-58213</guid>
    <pubDate>Mon, 02 Jan 2023 10:15:00 +0300</pubDate>
    <description><![CDATA[<p>Президенты обсудили <b>военное</b> сотрудничество</p>]]></description>
  </item>
  <item>
    <title>Зеленський: кордон з Білоруссю посилено &amp; захищено</title>
    <link>https://news.example.ru/politics/2023/01/zelensky-border.html</link>
    <pubDate>3 Jan 23 18:00 MSK</pubDate>
  </item>
  <item>
    <title>Only a permalink guid</title>
    <guid>https://news.example.ru/politics/2023/01/guid-only.html</guid>
    <dc:date>2023-01-04T09:30:00+02:00</dc:date>
  </item>
  <item><title>No page at all</title><description>A note without a link</description></item>
</channel>
</rss>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="uk" xml:base="https://pravda.example.ua/news/">
  <title type="text">Українські новини</title>
  <id>tag:pravda.example.ua,2023:feed</id>
  <link rel="self" href="https://pravda.example.ua/atom.xml"/>
  <entry>
    <title type="html">&lt;b&gt;Вибухи&lt;/b&gt; у Києві: Повітряні сили повідомили про ракетну атаку</title>
    <link rel="edit" href="https://pravda.example.ua/api/entries/17"/>
    <link rel="alternate" type="text/html" href="2023/01/14/kyiv-explosions/"/>
    <id>tag:pravda.example.ua,2023:entry-17</id>
    <updated>2023-01-14T12:40:00Z</updated>
    <published>2023-01-14T11:05:00+02:00</published>
  </entry>
  <entry xml:base="https://pravda.example.ua/eng/">
    <title>Belarus says Russian troops arrive for drills</title>
    <link href="belarus-drills"/>
    <id>tag:pravda.example.ua,2023:entry-18</id>
    <updated>2023-01-15</updated>
  </entry>
</feed>`;

describe('reading feeds', () => {
  test('RSS 2.0: CDATA and Cyrillic titles, relative links made absolute, entities decoded, guid as key', () => {
    const feed = parseFeed(RSS, 'https://news.example.ru/rss/politics');
    expect(feed.kind).toBe('rss');
    expect(feed.title).toBe('Новости — Политика');
    expect(feed.items).toHaveLength(3); // the entry without any page is left out
    expect(feed.items[0]).toEqual({
      key: 'news-58213',
      url: 'https://news.example.ru/politics/2023/01/lukashenko-putin.html?utm_source=rss&utm_medium=feed',
      title: 'Лукашенко и Путин провели переговоры в Минске',
      publishedAt: '2023-01-02T07:15:00.000Z',
    });
    expect(feed.items[1]!.title).toBe('Зеленський: кордон з Білоруссю посилено & захищено');
    // No guid: the link identifies the entry. Moscow time is three hours ahead of UTC.
    expect(feed.items[1]!.key).toBe('https://news.example.ru/politics/2023/01/zelensky-border.html');
    expect(feed.items[1]!.publishedAt).toBe('2023-01-03T15:00:00.000Z');
    expect(feed.items[2]!.url).toBe('https://news.example.ru/politics/2023/01/guid-only.html');
    expect(feed.items[2]!.publishedAt).toBe('2023-01-04T07:30:00.000Z');
  });

  test('Atom: the alternate link, xml:base of the feed and of an entry, markup out of titles, published before updated', () => {
    const feed = parseFeed(ATOM, 'https://pravda.example.ua/atom.xml');
    expect(feed.kind).toBe('atom');
    expect(feed.title).toBe('Українські новини');
    expect(feed.items.map((item) => item.url)).toEqual([
      'https://pravda.example.ua/news/2023/01/14/kyiv-explosions/',
      'https://pravda.example.ua/eng/belarus-drills',
    ]);
    expect(feed.items[0]!.title).toBe('Вибухи у Києві: Повітряні сили повідомили про ракетну атаку');
    expect(feed.items[0]!.key).toBe('tag:pravda.example.ua,2023:entry-17');
    expect(feed.items[0]!.publishedAt).toBe('2023-01-14T09:05:00.000Z');
    expect(feed.items[1]!.publishedAt).toBe('2023-01-15T00:00:00.000Z');
  });

  test('RSS 1.0 (RDF): items beside the channel', () => {
    const rdf = `<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
      <channel rdf:about="https://naviny.example.by/"><title>Навіны Беларусі</title><link>https://naviny.example.by/</link></channel>
      <item rdf:about="https://naviny.example.by/a/1"><title>Лукашэнка сустрэўся з Пуціным</title><link>https://naviny.example.by/a/1</link><dc:date>2023-02-17T08:00:00Z</dc:date></item>
    </rdf:RDF>`;
    const feed = parseFeed(rdf, 'https://naviny.example.by/rss');
    expect(feed.kind).toBe('rdf');
    expect(feed.items).toEqual([{ key: 'https://naviny.example.by/a/1', url: 'https://naviny.example.by/a/1', title: 'Лукашэнка сустрэўся з Пуціным', publishedAt: '2023-02-17T08:00:00.000Z' }]);
  });

  test('a byte-order mark and links to other schemes: read, and the non-web link left out', () => {
    const feed = parseFeed(`\uFEFF<rss><channel><title>t</title><item><link>javascript:alert(1)</link></item><item><link>ftp://x.example/a</link></item></channel></rss>`, 'https://x.example/rss');
    expect(feed.items).toEqual([]);
  });

  test('an HTML page or broken XML given as a feed is refused with a reason', () => {
    expect(() => parseFeed('<!doctype html><html><head><title>Home</title></head><body><p>Hi</p></body></html>', 'https://x.example/')).toThrow(/not an RSS or Atom feed/);
    expect(() => parseFeed('<rss><channel><title>t</title></item></channel></rss>', 'https://x.example/')).toThrow(FeedFormatError);
    expect(() => parseFeed('', 'https://x.example/')).toThrow(FeedFormatError);
  });
});

describe('feed dates', () => {
  test('RFC 822 with offsets, named zones, two-digit years, no weekday, no seconds', () => {
    expect(parseFeedDate('Tue, 24 Feb 2022 05:30:00 GMT')).toBe('2022-02-24T05:30:00.000Z');
    expect(parseFeedDate('Thu, 24 Feb 2022 07:00:00 +0200')).toBe('2022-02-24T05:00:00.000Z');
    expect(parseFeedDate('24 Feb 22 08:30 MSK')).toBe('2022-02-24T05:30:00.000Z');
    expect(parseFeedDate('Wed, 9 Aug 2023 21:15 -0400')).toBe('2023-08-10T01:15:00.000Z');
  });
  test('ISO 8601 and garbage', () => {
    expect(parseFeedDate('2023-05-20T14:00:00+03:00')).toBe('2023-05-20T11:00:00.000Z');
    expect(parseFeedDate('2023-05-20 14:00:00Z')).toBe('2023-05-20T14:00:00.000Z');
    expect(parseFeedDate('вчера')).toBeNull();
    expect(parseFeedDate('')).toBeNull();
  });
});
