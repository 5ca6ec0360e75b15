import { comparisonKey } from '../text';

/**
 * The article's paragraphs without what surrounds it on the page: noise lines (`isNoise`),
 * teaser links, repeats, a copy of the headline, the list of other stories below the
 * article and the writer's bio box at its foot. General rules only, each keyed to the shape of
 * such blocks, never to one outlet.
 */
import type { TextBlock } from './contentText';
import { isHeadlineLike, isNoise, wordCount } from './isNoise';
import { findDateInText } from './parseDate';

/** A heading that opens a list of other stories at the foot of a page ("Popular posts from this blog"). */
const LISTING_HEADING = new RegExp(
  '^(?:' +
    [
      'popular posts(?: from this blog)?', '(?:top|more|related|latest|recommended|trending|other|similar|editor[’\']?s picks)(?: \\p{L}+){0,3} (?:news|stories|posts|articles|videos|reads|content)',
      'top news', 'most (?:read|popular|viewed|shared|commented)', 'you (?:may|might) (?:also )?(?:like|enjoy|be interested in)', 'read next', 'up next', 'features',
      '(?:from )?around the web', 'more videos from .{1,30}', 'more from .{1,30}', 'about the authors?', 'tags?', 'topics', 'categories',
      'related topics', 'recommended for you', 'das könnte sie auch interessieren', 'meistgelesen(?:e artikel)?', 'ähnliche artikel', 'weitere artikel',
      'mehr zum thema', 'à lire aussi', 'les plus lus', 'sur le même sujet', 'artículos relacionados', 'lo más leído', 'también te puede interesar',
      'notícias relacionadas', 'mais lidas', 'articoli correlati', 'i più letti', 'czytaj także', 'najczęściej czytane',
      'самые популярные(?: \\p{L}+)?', 'популярное', 'читайте также', 'похожие (?:статьи|новости|материалы)', 'популярні новини', 'читайте також',
      'schlagwörter', 'themen', 'étiquettes', 'etiquetas',
    ].join('|') +
    ')[\\s:.…]*$',
  'iu',
);
/** Listing headings count only below this much article text, so a subheading near the top is safe. */
const MIN_PROSE_BEFORE_LISTING = 3;
const PROSE_WORDS = 15;
/** Article sentences among the three blocks after a box of links, for the article to go on below it. */
const MIN_PROSE_AFTER_BOX = 2;
const SENTENCE_WORDS = 10;
/** A section label above the headline: "World+Biz", "Politics". */
const LABEL_WORDS = 2;
/** Prose is mostly lower-case words; a headline in Title Case is not. */
const MIN_LOWER_CASE_SHARE = 0.4;
/** A block that is nearly all link text and short is a teaser for another page. */
const TEASER_LINK_SHARE = 0.8;
const TEASER_MAX_WORDS = 30;
/** How far from the end a writer's box may start, and the verbs a bio opens with. */
const AUTHOR_BOX_BLOCKS = 5;
const BIO_VERB = /^(?:is|was|joined|has|covers|writes|reports|ist|schreibt|est|es|è)\b/u;

const blockOf = (block: TextBlock | string): TextBlock => (typeof block === 'string' ? { text: block, linkShare: 0 } : block);
const keyOf = comparisonKey;

/**
 * A sentence of the article, as opposed to a teaser: a teaser's headline has no final stop, is
 * in Title Case or is repeated by its blurb just below, and the blurb starts with the headline.
 */
function isSentence(blocks: TextBlock[], index: number): boolean {
  const { text, linkShare } = blocks[index]!;
  if (wordCount(text) < SENTENCE_WORDS || linkShare >= 0.5 || !/[.!?"”»)]$/u.test(text)) return false;
  const cased = text.match(/(?<![\p{L}\p{N}])[\p{Lu}\p{Ll}]/gu) ?? [];
  const lower = cased.filter((letter) => letter !== letter.toUpperCase()).length;
  if (cased.length > 0 && lower / cased.length < MIN_LOWER_CASE_SHARE) return false;
  const previous = blocks[index - 1]?.text ?? '';
  const next = blocks[index + 1]?.text ?? '';
  return !(previous.length > 10 && text.startsWith(previous)) && !next.startsWith(text);
}

/**
 * A listing heading ("Related news", "Popular posts from this blog") after a real body of prose
 * opens the page's list of other stories. When the article's prose goes on below the list (a
 * related-links box inside the article) the heading and its teasers go; otherwise the rest.
 */
function withoutTrailingListings(blocks: TextBlock[]): TextBlock[] {
  let prose = 0;
  const kept: TextBlock[] = [];
  for (let index = 0; index < blocks.length; index++) {
    const block = blocks[index]!;
    if (prose >= MIN_PROSE_BEFORE_LISTING && wordCount(block.text) <= 8 && LISTING_HEADING.test(block.text.trim())) {
      let next = index + 1;
      while (next < blocks.length && !isSentence(blocks, next)) next++;
      const goesOn = [next, next + 1, next + 2].filter((at) => at < blocks.length && isSentence(blocks, at));
      if (goesOn.length < MIN_PROSE_AFTER_BOX) return kept;
      index = next - 1;
      continue;
    }
    if (wordCount(block.text) >= PROSE_WORDS) prose++;
    kept.push(block);
  }
  return kept;
}

/** "Phil Helsel" then "Phil Helsel is a reporter for NBC News.": the writer's box after the article. */
function withoutAuthorBox(blocks: TextBlock[], byline: string | null): TextBlock[] {
  const names = (byline ?? '').split(/\s*(?:,|\band\b|&)\s*/u).map(keyOf).filter((name) => name.includes(' '));
  if (names.length === 0) return blocks;
  const firstNames = names.map((name) => name.split(' ')[0]!);
  for (let index = Math.max(MIN_PROSE_BEFORE_LISTING, blocks.length - AUTHOR_BOX_BLOCKS); index < blocks.length; index++) {
    const key = keyOf(blocks[index]!.text);
    const isBio = [...names, ...firstNames].some((name) => key.startsWith(`${name} `) && BIO_VERB.test(key.slice(name.length + 1)));
    if (names.includes(key) || (isBio && wordCount(key) <= 80)) return blocks.slice(0, index);
  }
  return blocks;
}

function isTeaser({ text, linkShare }: TextBlock): boolean {
  return linkShare >= TEASER_LINK_SHARE && wordCount(text) <= TEASER_MAX_WORDS;
}

/**
 * The blocks without noise, teasers, immediate repeats, a copy of the title near the top, a trailing
 * listing or author box. Plain strings (a paste) are blocks without links.
 */
export function cleanParagraphs(
  paragraphs: (TextBlock | string)[],
  title = '',
  byline: string | null = null,
): string[] {
  const blocks = withoutAuthorBox(withoutTrailingListings(paragraphs.map(blockOf)), byline);
  const kept: string[] = [];
  const titleKey = keyOf(title);
  let lastKey = '';
  for (const block of blocks) {
    const key = keyOf(block.text);
    if (isNoise(block.text) || isTeaser(block) || key === lastKey) continue;
    if (kept.length < 3 && titleKey !== '' && key === titleKey) continue;
    kept.push(block.text);
    lastKey = key;
  }
  return withoutLeadingLabels(kept);
}

/**
 * Above the first sentence of an article sit its section label, byline, date and photo
 * credit ("World+Biz", "Reuters 19 December, 2022 Photo: Collected"): lines without a sentence's
 * final stop that are a word or two or carry a date. Anything else ends the trim.
 */
function withoutLeadingLabels(paragraphs: string[]): string[] {
  const isLabel = (paragraph: string) =>
    isHeadlineLike(paragraph) && (wordCount(paragraph) <= LABEL_WORDS || findDateInText(paragraph) !== null);
  const first = paragraphs.findIndex((paragraph) => !isLabel(paragraph));
  return first > 0 ? paragraphs.slice(first) : paragraphs;
}
