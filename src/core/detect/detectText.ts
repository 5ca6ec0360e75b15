import type { Detection } from '../types';
import { collapseWhitespace } from '../text';
import { countWords } from './readProse';
import { scoreTopic } from './scoreTopic';
import { BODY_SAMPLE_CHARS, SPORTS_SAMPLE_CHARS } from './detectPage';
import { sportsContext } from './sportsContext';

const MIN_ARTICLE_WORDS = 150;
const MIN_PROSE_PARAGRAPHS = 3;
/** A paragraph of prose: a sentence or more, not a menu item or a caption. */
const MIN_PARAGRAPH_WORDS = 15;
const MAX_TITLE_WORDS = 40;
const LEAD_PARAGRAPHS = 2;

/** Stage 1 on plain text (a .txt file): an article is a title over several paragraphs of prose. */
export function detectText(title: string, text: string): Detection {
  const paragraphs = text
    .split(/\n\s*\n/u)
    .map(collapseWhitespace)
    .filter((paragraph) => paragraph.length > 0);
  const prose = paragraphs.filter((paragraph) => countWords(paragraph) >= MIN_PARAGRAPH_WORDS);
  const words = prose.reduce((sum, paragraph) => sum + countWords(paragraph), 0);
  const titleWords = countWords(title);
  const isArticle =
    titleWords > 0 &&
    titleWords <= MAX_TITLE_WORDS &&
    prose.length >= MIN_PROSE_PARAGRAPHS &&
    words >= MIN_ARTICLE_WORDS;
  const lead = prose.slice(0, LEAD_PARAGRAPHS).join('\n');
  const body = prose.slice(LEAD_PARAGRAPHS).join('\n').slice(0, BODY_SAMPLE_CHARS);
  const sports = sportsContext({ section: '', url: '', text: `${title}\n${lead}\n${body.slice(0, SPORTS_SAMPLE_CHARS)}` });
  const topic = scoreTopic({ headline: title, lead, body, sports });
  const shape = `${prose.length} prose paragraphs, ${words} words`;
  return {
    isArticle,
    relevant: isArticle && topic.topical,
    score: topic.score,
    countries: topic.countries,
    reasons: [isArticle ? `plain text: ${shape}` : `plain text, too little prose: ${shape}`, ...topic.reasons],
  };
}
