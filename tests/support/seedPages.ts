import { articleFromPlainText } from '../../src/core/extract';
import { seedIndex, seedRaw, type SeedEntry } from './seeds';

/**
 * The five seed articles (../shared/seeds) and realistic news pages made from them, for the
 * demo (`npm start`) and the end-to-end tests. The texts stay their publishers' copyright:
 * they are read from shared/ at run time and never copied into the extension.
 */

export interface Seed extends SeedEntry {
  title: string;
  /** The text after the title line, as handed over (noise included). */
  body: string;
}

export function loadSeeds(): Seed[] {
  return seedIndex().map((entry) => {
    const raw = seedRaw(entry.file);
    // The copies start with page chrome in places ("Skip to main content", a date stamp):
    // the plain-text reader knows where the headline is.
    const title = articleFromPlainText(raw, { url: `file:///${entry.file}` }).title;
    const lines = raw.split('\n');
    const titleAt = lines.findIndex((line) => line.includes(title));
    return { ...entry, title, body: lines.slice(titleAt + 1).join('\n').trim() };
  });
}

/** The slug a seed is served under: "003" for 003_a5b2a6d156f426f8.txt. */
export function seedSlug(seed: Seed): string {
  return seed.file.slice(0, 3);
}

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** Paragraphs as the copy carries them: blank-line separated, single newlines kept as breaks. */
function paragraphs(body: string): string[] {
  return body
    .split(/\n\s*\n/)
    .map((block) => block.replace(/\s*\n\s*/g, ' ').trim())
    .filter(Boolean);
}

/**
 * A news page as an outlet would serve it: JSON-LD NewsArticle, OpenGraph, a dated byline,
 * the article in <article>, and the chrome around it (navigation, a related-links sidebar, a
 * footer) that extraction has to leave out.
 */
export function seedPageHtml(seed: Seed, opts: { url?: string } = {}): string {
  const url = opts.url ?? `http://127.0.0.1/news/${seedSlug(seed)}.html`;
  const jsonLd = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: seed.title,
    datePublished: seed.publishedAt,
    inLanguage: seed.lang,
    mainEntityOfPage: url,
    publisher: { '@type': 'Organization', name: seed.outlet },
  };
  const body = paragraphs(seed.body)
    .map((text) => `      <p>${escapeHtml(text)}</p>`)
    .join('\n');
  return `<!doctype html>
<html lang="${escapeHtml(seed.lang)}">
<head>
  <meta charset="utf-8">
  <title>${escapeHtml(seed.title)} | ${escapeHtml(seed.outlet)}</title>
  <link rel="canonical" href="${escapeHtml(url)}">
  <meta property="og:type" content="article">
  <meta property="og:title" content="${escapeHtml(seed.title)}">
  <meta property="og:site_name" content="${escapeHtml(seed.outlet)}">
  <meta property="og:url" content="${escapeHtml(url)}">
  <meta property="article:published_time" content="${escapeHtml(seed.publishedAt)}">
  <script type="application/ld+json">${JSON.stringify(jsonLd).replace(/</g, '\\u003c')}</script>
  <style>
    body { font: 18px/1.6 Georgia, serif; margin: 0; color: #1d1d1f; }
    header, footer { background: #14213d; color: #fff; padding: 12px 24px; font-family: sans-serif; }
    header a { color: #fff; margin-right: 16px; text-decoration: none; }
    main { display: flex; gap: 32px; max-width: 1100px; margin: 24px auto; padding: 0 24px; }
    article { flex: 3; } aside { flex: 1; font: 14px/1.4 sans-serif; }
    .dateline { color: #666; font: 14px sans-serif; }
  </style>
</head>
<body>
  <header>
    <strong>${escapeHtml(seed.outlet)}</strong>
    <nav><a href="/">Home</a><a href="/world">World</a><a href="/europe">Europe</a><a href="/opinion">Opinion</a></nav>
  </header>
  <main>
    <article>
      <h1>${escapeHtml(seed.title)}</h1>
      <p class="dateline">By ${escapeHtml(seed.outlet)} staff · <time datetime="${escapeHtml(seed.publishedAt)}">${escapeHtml(seed.publishedAt)}</time></p>
${body}
    </article>
    <aside>
      <h2>Most read</h2>
      <ul>
        <li><a href="/markets">Markets close higher as investors weigh rate outlook</a></li>
        <li><a href="/weather">Storm warning issued for the weekend</a></li>
        <li><a href="/sport">Cup final ends in penalty shoot-out</a></li>
      </ul>
    </aside>
  </main>
  <footer>© ${escapeHtml(seed.outlet)} · Terms · Privacy · Contact</footer>
</body>
</html>
`;
}

/** An ordinary article on another topic: the side panel must stay quiet on it. */
export function offTopicPageHtml(url = 'http://127.0.0.1/news/baking.html'): string {
  const paragraphsText = [
    'The county fair crowned a new sourdough champion on Saturday after a tense final round in which three bakers presented loaves judged on crust, crumb and flavour.',
    'Maria Alvarez, a retired schoolteacher, won with a rye loaf she has been perfecting for eleven years. She said the secret was patience and a starter she keeps in a cool cellar.',
    'The judges praised the open crumb and the deep caramelised crust. Second place went to a father-and-son team who baked a spelt loaf with toasted seeds.',
    'Organisers said entries were up by a third on last year, and that next summer the fair will add a category for gluten-free bread after requests from visitors.',
    'The winning recipe will be printed in the fair programme, and Alvarez said she would teach a free class at the town library in the autumn.',
  ];
  const jsonLd = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: 'Retired teacher wins county fair sourdough contest',
    datePublished: '2022-08-14',
  };
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>Retired teacher wins county fair sourdough contest</title>
<link rel="canonical" href="${url}">
<meta property="og:type" content="article">
<script type="application/ld+json">${JSON.stringify(jsonLd)}</script>
</head><body><article><h1>Retired teacher wins county fair sourdough contest</h1>
${paragraphsText.map((p) => `<p>${p}</p>`).join('\n')}
</article></body></html>
`;
}
