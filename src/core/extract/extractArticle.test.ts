import { describe, expect, test } from 'vitest';
import { parseHtml } from '../../cli/html';
import { loadSeeds, seedPageHtml } from '../../../tests/support/seedPages';
import { extractArticle } from '.';
import { sameSite } from './siteKey';

const seeds = loadSeeds();

describe('extractArticle on news pages made from the seed articles', () => {
  test.each(seeds.map((seed) => [seed.file, seed] as const))('%s', (_file, seed) => {
    const url = `https://news.example/world/${seed.file.slice(0, 3)}?utm_source=feed`;
    const canonical = `https://news.example/world/${seed.file.slice(0, 3)}`;
    const doc = parseHtml(seedPageHtml(seed, { url: canonical }), url);
    const before = doc.documentElement.outerHTML;
    const article = extractArticle(doc, url);
    expect(doc.documentElement.outerHTML).toBe(before);
    expect(article.url).toBe(canonical);
    expect(article.siteName).toBe(seed.outlet);
    expect(article.publishedAt).toBe(seed.publishedAt);
    expect(article.lang).toBe('en');
    expect(article.text).toMatch(/Belarus/u);
    // the sidebar and footer around the article stay out
    expect(article.text).not.toContain('Markets close higher');
    expect(article.text).not.toContain('Terms · Privacy');
    expect(article.text).not.toMatch(/^(?:READ MORE|ALSO READ|DON.T MISS)/mu);
    expect(article.text.split('\n\n').length).toBeGreaterThan(8);
  });

  test('the title is the headline, without the " | Outlet" suffix of <title>', () => {
    const seed = seeds.find((candidate) => candidate.title.startsWith('Putin arrived in Belarus'))!;
    const url = 'https://news.example/world/004';
    const article = extractArticle(parseHtml(seedPageHtml(seed, { url }), url), url);
    expect(article.title).toBe(seed.title);
    expect(article.text).toContain('Vladimir Putin traveled this monday to belarus');
    expect(article.text).not.toContain('(Sputnik/Reuters)');
  });
});

const WIRE_PAGE = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8">
<title>Kremlin denies plan to send troops to Belarus | Baltic Wire</title>
<meta property="og:site_name" content="Baltic Wire">
<meta property="og:title" content="Kremlin denies plan to send troops to Belarus | Baltic Wire">
<link rel="canonical" href="/2023/04/14/kremlin-denies-troops">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[
  {"@type":"WebSite","@id":"https://balticwire.example/#site","name":"Baltic Wire"},
  {"@type":"NewsArticle","headline":"Kremlin denies plan to send troops to Belarus","datePublished":"2023-04-14T09:30:00+03:00",
   "author":{"@id":"https://balticwire.example/#/person/1"},"publisher":{"@id":"https://balticwire.example/#site"}},
  {"@type":"Person","@id":"https://balticwire.example/#/person/1","name":"Anna Kovalenko"}]}</script>
</head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Kremlin denies plan to send troops to Belarus</h1>
<p class="byline">By Anna Kovalenko</p>
<p>MOSCOW, April 14 (Baltic Wire) - The Kremlin on Friday denied reports that it planned to send thousands of additional troops to Belarus, calling them "pure speculation" spread by Western media.</p>
<figure><img src="/photo.jpg" alt=""><figcaption>Dmitry Peskov speaks to reporters in Moscow. (Getty Images)</figcaption></figure>
<p>"There are no such plans," Kremlin spokesman Dmitry Peskov told reporters, adding that military cooperation with Minsk was proceeding "as agreed".</p>
<p>READ MORE: Lukashenko says Belarus will not join the war</p>
<h2>Fears in Kyiv</h2>
<p>Ukrainian officials have warned for months that Russia could use Belarusian territory for a new offensive from the north, as it did in February last year.</p>
<blockquote><p>"We see the build-up and we are ready," a Ukrainian border guard spokesman said.</p></blockquote>
<p>Analysts listed three signs to watch:</p>
<ul><li>rail traffic towards the border near Gomel and Brest;</li><li>new field hospitals in the south of Belarus;</li><li>the call-up of reservists announced by Minsk.</li></ul>
<p>Sign up for our daily briefing newsletter. You can unsubscribe at any time.</p>
<p>Belarus has hosted Russian troops since before the invasion, and the two countries have held a series of joint exercises since then, most recently in March.</p>
</article><footer>© Baltic Wire 2023</footer></body></html>`;

describe('extractArticle on a wire story with a JSON-LD graph', () => {
  const url = 'https://www.balticwire.example/2023/04/14/kremlin-denies-troops?ref=home';
  const article = extractArticle(parseHtml(WIRE_PAGE, url), url);

  test('reads the metadata', () => {
    expect(article).toMatchObject({
      url: 'https://www.balticwire.example/2023/04/14/kremlin-denies-troops',
      title: 'Kremlin denies plan to send troops to Belarus',
      byline: 'Anna Kovalenko',
      siteName: 'Baltic Wire',
      publishedAt: '2023-04-14T09:30:00+03:00',
      lang: 'en',
    });
  });

  test('keeps paragraphs, subheadings, quotes and list items as separate paragraphs', () => {
    const paragraphs = article.text.split('\n\n');
    expect(paragraphs[0]).toMatch(/^MOSCOW, April 14 \(Baltic Wire\) - The Kremlin on Friday denied/u);
    expect(paragraphs).toContain('Fears in Kyiv');
    expect(paragraphs).toContain('"We see the build-up and we are ready," a Ukrainian border guard spokesman said.');
    expect(paragraphs).toContain('rail traffic towards the border near Gomel and Brest;');
    expect(paragraphs.at(-1)).toMatch(/most recently in March\.$/u);
  });

  test('drops the caption credit, the READ MORE insert and the sign-up notice', () => {
    expect(article.text).not.toContain('Getty Images');
    expect(article.text).not.toContain('READ MORE');
    expect(article.text).not.toContain('newsletter');
    expect(article.text).not.toContain('Home');
  });
});

describe('extractArticle without structured metadata', () => {
  const paragraphs = [
    'KYIV, December 19, 2022 (Reuters) - Ukraine reinforced its northern border on Monday as Russian President Vladimir Putin flew to Minsk for talks with Alexander Lukashenko.',
    'Officials in Kyiv said they saw no sign yet of an imminent attack from Belarus, but that troops and fortifications had been moved north as a precaution.',
    'Putin last visited Minsk in 2019. The talks were expected to cover energy, integration within the union state and the training of Belarusian units by Russian officers.',
    'Lukashenko has repeatedly said Belarus will not send its army into Ukraine, though he let Russian forces launch their assault on Kyiv from Belarusian territory in February.',
  ];
  const html = `<html><head><title>Ukraine reinforces northern border - kyivpost.example</title></head><body>
<div class="page"><h1>Ukraine reinforces northern border</h1><div class="story">${paragraphs.map((text) => `<p>${text}</p>`).join('')}</div></div></body></html>`;
  const url = 'https://www.kyivpost.example/ukraine/border';
  const article = extractArticle(parseHtml(html, url), url);

  test('takes the date from the dateline, the site from the address, the title from the headline', () => {
    expect(article.publishedAt).toBe('2022-12-19');
    expect(article.siteName).toBe('kyivpost.example');
    expect(article.url).toBe(url);
    expect(article.title).toBe('Ukraine reinforces northern border');
    expect(article.byline).toBeNull();
    expect(article.text.split('\n\n')).toEqual(paragraphs);
  });

  test('leaves the date null when the page prints none', () => {
    const undated = html.replace('KYIV, December 19, 2022 (Reuters) - ', '');
    expect(extractArticle(parseHtml(undated, url), url).publishedAt).toBeNull();
  });
});

describe('the canonical address a page gives itself, judged by the public suffix list (as the command line reads pages)', () => {
  const seed = seeds[3]!;
  test.each([
    ['another host of the same site', 'https://amp.news.example/world/003', 'https://amp.news.example/world/003'],
    ['a British site under co.uk', 'https://www.example.co.uk/news/003', 'https://www.example.co.uk/news/003'],
    ['another outlet: not believed, the page keeps its own address', 'https://www.reuters.com/world/putin-minsk', 'PAGE'],
  ])('%s', (_label, canonical, expected) => {
    const url = canonical.includes('co.uk') ? 'https://example.co.uk/news/003?ref=home' : 'https://news.example/world/003?ref=home';
    const article = extractArticle(parseHtml(seedPageHtml(seed, { url: canonical }), url), url, { sameSite });
    expect(article.url).toBe(expected === 'PAGE' ? url : expected);
  });

  test('in a page, without the list, any web address is handed on for the background to check', () => {
    const url = 'https://news.example/world/003';
    const article = extractArticle(parseHtml(seedPageHtml(seed, { url: 'https://www.reuters.com/world/putin-minsk' }), url), url);
    expect(article.url).toBe('https://www.reuters.com/world/putin-minsk');
  });

  test('a saved copy on disk takes the canonical it names', () => {
    const url = 'file:///home/reader/saved/putin-minsk.html';
    const article = extractArticle(parseHtml(seedPageHtml(seed, { url: 'https://www.tbsnews.net/world/putin-heads-belarus' }), url), url);
    expect(article.url).toBe('https://www.tbsnews.net/world/putin-heads-belarus');
  });
});
