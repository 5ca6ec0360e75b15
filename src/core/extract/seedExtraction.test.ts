import { describe, expect, test } from 'vitest';
import { parseHtml } from '../../cli/html';
import { loadSeeds, seedPageHtml } from '../../../tests/support/seedPages';
import { seedGold, seedRaw } from '../../../tests/support/seeds';
import { articleFromPlainText, extractArticle } from '.';

/**
 * The five seed articles come with what real copies carry: inserts pointing to other stories,
 * a sign-up notice, photo credits, comment prompts and, in 001 and 003, the blog's and the
 * site's lists of other stories. Each kind must go, on both roads into Backstory (a pasted or
 * imported text, and a news page built from the seed), and nothing of the reporting may.
 */

const seeds = loadSeeds();
const gold = seedGold();

function goldQuotes(file: string): string[] {
  const quotes = [
    ...gold.contradictions.flatMap(({ a, b }) => [a, b]).filter((side) => side.page === file).map((side) => side.quote),
    ...gold.insideOneArticle.filter((pair) => pair.page === file).flatMap((pair) => [pair.a.quote, pair.b.quote]),
  ];
  return [...new Set(quotes)];
}

/** What each seed's copy carries that is not its article, by kind. */
const INSERTS: Record<string, [kind: string, text: string][]> = {
  '000': [
    ['READ MORE insert', 'READ MORE'],
    ['DON’T MISS insert', 'DON’T MISS'],
    ['DON’T MISS headlines', 'new Chechen warrior regiment prepares assault'],
    ['sign-up notice', 'We use your sign-up'],
  ],
  '001': [
    ['skip link', 'Skip to main content'],
    ['comment prompt', 'Comments'],
    ['celebrity tail', 'Prince Harry'],
    ['celebrity tail', 'Meghan Markle'],
    ['celebrity tail', 'Popular posts'],
  ],
  '002': [
    ['ALSO READ insert', 'ALSO READ'],
    ['ALSO READ headline', 'North Korean Kim'],
  ],
  '003': [
    ['photo credit', 'Photo: Collected'],
    ['photo credit', 'Photo: Courtesy'],
    ['comment moderation notice', 'moderation decisions are subjective'],
    ['listing of other stories', 'Duolingo'],
    ['listing of other stories', 'Can the World Cup winner reap economic dividends?'],
    ['date stamp', 'Last modified:'],
  ],
  '004': [
    ['photo caption with credit', '(Sputnik/Reuters)'],
    ['Keep reading insert', 'Keep reading'],
  ],
};

/** Sentences from the start, the middle and the end of each article: the reporting that must stay. */
const KEPT: Record<string, string[]> = {
  '000': [
    'The Russian President on Friday said political pressure from the West was pushing Russia',
    'Putin has also promised Lukashenko new missiles capable of carrying nuclear warheads.',
  ],
  '001': [
    'Russian President Vladimir Putin is sending as many as 9,000 servicemen to Belarus',
    'this force grouping is supposed to carry out purely defensive tasks',
  ],
  '002': [
    'Russia’s closest ally, Belarus, could formally join the war in Ukraine in the coming days',
    'Turning to Gerasimov can also be a sign of desperation.',
  ],
  '003': [
    'Kremlin leader Vladimir Putin flies to Belarus on Monday',
    'Ahead of the talks, Kremlin spokesman Dmitry Peskov told journalists the two leaders would discuss integration',
  ],
  '004': [
    'Vladimir Putin traveled this monday to belarus',
    'Lukashenko has stated on several occasions that he does not contemplate sending Belarusian',
  ],
};

const flat = (text: string): string => text.replace(/\s+/gu, ' ');

const roads = seeds.flatMap((seed) => {
  const slug = seed.file.slice(0, 3);
  const raw = seedRaw(seed.file);
  const url = `https://news.example/world/${slug}`;
  const page = seedPageHtml(seed, { url });
  return [
    { slug, road: 'plain text', input: raw, text: flat(articleFromPlainText(raw, { url }).text), file: seed.file },
    { slug, road: 'news page', input: page, text: flat(extractArticle(parseHtml(page, url), url).text), file: seed.file },
  ];
});

describe.each(roads)('seed $slug as $road', ({ slug, input, text, file }) => {
  // Only the inserts this input really carries: the news page starts at the headline, so
  // chrome above it in the copy (a skip link) is not there to remove.
  const carried = INSERTS[slug]!.filter(([, insert]) => flat(input).includes(insert));
  test.each(carried)('the %s is gone ("%s")', (_kind, insert) => {
    expect(text).not.toContain(insert);
  });

  test('the reporting is all there: key sentences and every gold quote', () => {
    for (const sentence of [...KEPT[slug]!, ...goldQuotes(file)]) expect(text).toContain(flat(sentence));
  });
});
