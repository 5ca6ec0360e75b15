import { describe, expect, test } from 'vitest';
import { parseHtml } from '../../cli/html';
import { detectPage } from '.';

/** A page as a magazine or newspaper serves it: metadata, a headline, paragraphs, chrome. */
function articlePage(options: { title: string; type: string; paragraphs: string[] }): string {
  const jsonLd = JSON.stringify({ '@context': 'https://schema.org', '@type': options.type, headline: options.title });
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>${options.title} | The Weekly Table</title>
<meta property="og:type" content="article"><meta property="og:title" content="${options.title}">
<meta property="og:site_name" content="The Weekly Table">
<script type="application/ld+json">${jsonLd}</script></head>
<body><header><nav><a href="/">Home</a><a href="/food">Food</a><a href="/drink">Drink</a></nav></header>
<main><article><h1>${options.title}</h1>
${options.paragraphs.map((text) => `<p>${text}</p>`).join('\n')}
</article></main><footer><p>© The Weekly Table. All rights reserved.</p></footer></body></html>`;
}

const TRAPS: [string, string, string, string[]][] = [
  ['a White Russian cocktail recipe', 'How to make the perfect White Russian at home', 'Recipe', [
    'The White Russian has been a bar staple since the 1960s, and it found a second life after a certain film made it the drink of choice for slackers everywhere.',
    'To make one, fill a rocks glass with ice, pour in two ounces of vodka and one ounce of coffee liqueur, then float an ounce of heavy cream on top and stir gently.',
    'Leave out the cream and you have a Black Russian, which is sharper and less sweet. Some bartenders swap the cream for oat milk, which works better than you might expect.',
    'If coffee is not your thing, a Moscow Mule is the other vodka classic worth knowing: vodka, lime and ginger beer, served in a copper mug over plenty of crushed ice.',
    'Whatever you choose, use good ice and fresh cream. A White Russian made with cream that has been open for a week is a sad drink, however good the vodka.',
  ]],
  ['a Sonoma wine piece on the Russian River', 'Why Russian River Valley pinot noir keeps getting better', 'BlogPosting', [
    'The fog rolls in from the Pacific most mornings, and that is the secret of the Russian River Valley: long cool nights that let pinot noir ripen slowly and keep its acidity.',
    'Growers along the Russian River have spent two decades replanting on better rootstock, and the wines from the last five vintages show it, with more depth and less jammy fruit.',
    'At a tasting in Healdsburg last week, the best bottles came from small producers farming hillside blocks above the river, where the soils drain quickly after winter rain.',
    'Prices have climbed, but a good Russian River pinot still costs less than its Burgundian cousins, and it pairs beautifully with salmon, mushrooms or a simple roast chicken.',
    'Visitors should book ahead: most of the small wineries open only by appointment, and the river road gets crowded on summer weekends when the canoe rentals are busy.',
  ]],
  ['a Chicago restaurant review in Ukrainian Village', 'A cozy pierogi spot is the best new table in Ukrainian Village', 'Review', [
    'On a quiet corner of Ukrainian Village, a tiny dining room with twelve tables has become the hardest reservation in the neighborhood since it opened in the spring.',
    'The menu is short and changes weekly. The potato and cheese pierogi are pan-fried until crisp and served with caramelized onions, sour cream and a sharp dill pickle.',
    'The chef learned to cook from her grandmother, who brought the dumpling recipes from Ukraine decades ago, and she still rolls the dough by hand every afternoon.',
    'Save room for dessert: the honey cake is layered with sour cream frosting and arrives in a generous slab that easily feeds two people after a heavy meal.',
    'Ukrainian Village has no shortage of good places to eat, but none feels as personal as this one. Dinner for two with drinks comes to about ninety dollars.',
  ]],
  ['a tennis result naming a player\'s country in passing', 'Sinner beats Medvedev in three sets to win Vienna title', 'NewsArticle', [
    'Jannik Sinner came from a set down to beat Daniil Medvedev 7-6, 4-6, 6-3 in the Vienna final on Sunday, his fourth title of the season and his third win over Medvedev this year.',
    'The Italian saved two break points early in the deciding set and then broke for a 4-2 lead with a forehand winner down the line that drew a roar from the crowd.',
    'Medvedev, the world number three from Russia, served well in the first two sets but his first-serve percentage dropped sharply as the match went past two hours.',
    'Sinner will now rest before the tour finals in Turin, where he is expected to be seeded second behind Novak Djokovic and is one of the favourites for the title.',
    'Medvedev said he was proud of his week but tired after a long season, and that he would decide in the coming days whether to play in Paris next week.',
  ]],
];

describe('detectPage stays quiet on pages where a topic name means something else', () => {
  test.each(TRAPS)('%s', (_what, title, type, paragraphs) => {
    const url = 'https://weeklytable.example/story';
    const detection = detectPage(parseHtml(articlePage({ title, type, paragraphs }), url), url);
    expect(detection.isArticle).toBe(true);
    expect(detection.relevant).toBe(false);
    expect(detection.countries).toEqual([]);
  });
});

describe('detectPage on a section front full of topical headlines', () => {
  const teasers = [
    ['Kyiv hit by overnight drone attack', 'Air defences shot down most of the drones over Kyiv overnight, officials said, but falling debris damaged several homes and injured two people.'],
    ['Lukashenko hosts Putin in Minsk', 'The two leaders discussed the union state, energy prices and military cooperation at a meeting outside Minsk on Monday, the Kremlin said.'],
    ['Ukraine grain exports rise', 'Shipments from the ports of Odesa rose for a third month in a row despite the war, traders and port officials in Ukraine said on Tuesday.'],
    ['Russia expels diplomats', 'Moscow ordered four European diplomats to leave Russia within a week in what officials described as a response to expulsions last month.'],
    ['Belarus opposition leader speaks in Vilnius', 'Tsikhanouskaya urged European leaders to keep up the pressure on Minsk and to help the families of political prisoners held in Belarus.'],
    ['Zelensky visits front line', 'The Ukrainian president met troops near Bakhmut, handed out awards and promised more air defence systems before the winter.'],
  ];
  const html = `<!doctype html><html lang="en"><head><title>Europe | Daily Wire Service</title>
<meta property="og:type" content="website">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"CollectionPage","name":"Europe"}</script></head>
<body><header><nav><a href="/">Home</a><a href="/europe">Europe</a></nav></header><main><h1>Europe</h1>
${teasers.map(([headline, teaser]) => `<article><h2><a href="/story">${headline}</a></h2><p>${teaser}</p></article>`).join('\n')}
</main></body></html>`;

  test('is not an article, so not relevant, though it names all three countries', () => {
    const url = 'https://wire.example/europe';
    const detection = detectPage(parseHtml(html, url), url);
    expect(detection.isArticle).toBe(false);
    expect(detection.relevant).toBe(false);
    expect(detection.reasons.some((reason) => reason.includes('listing'))).toBe(true);
    expect(detection.countries).toEqual(expect.arrayContaining(['RU', 'BY', 'UA']));
  });
});

describe('detectPage on a sports report whose headline names a player\'s country', () => {
  const paragraphs = [
    'Aryna Sabalenka beat Iga Swiatek 6-3, 6-4 in the semi-finals in Riyadh on Saturday, her fifth straight win over the Pole and her ninth of the season against a top-five player.',
    'The Belarusian broke serve four times and saved all three break points she faced, finishing the match with a forehand winner down the line after an hour and 28 minutes.',
    'She will play Coco Gauff in Sunday\'s final, a rematch of their three-set quarter-final at the US Open, and is already sure to end the year as world number one.',
    'Swiatek said she had struggled with the speed of the court all week. "Aryna was better in the big points, simple as that," she told reporters after the match.',
  ];
  const html = `<!doctype html><html lang="en"><head><title>Belarusian Sabalenka powers past Swiatek into WTA Finals title match</title>
<meta property="og:type" content="article"><meta property="article:section" content="Tennis"></head>
<body><article><h1>Belarusian Sabalenka powers past Swiatek into WTA Finals title match</h1>
${paragraphs.map((text) => `<p>${text}</p>`).join('\n')}</article></body></html>`;

  test('is an article but not about Belarus', () => {
    const url = 'https://scores.example/2025/11/08/sabalenka-swiatek';
    const detection = detectPage(parseHtml(html, url), url);
    expect(detection.isArticle).toBe(true);
    expect(detection.relevant).toBe(false);
    expect(detection.reasons).toContain('sports section "Tennis": countries named as a player\'s home count less');
    expect(detection.reasons).toContain('headline names Belarusian (BY)');
  });
});
