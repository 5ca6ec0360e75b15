/**
 * Text scraped from a page by its text content, not its layout, glues the end of one block to
 * the start of the next: "towards BakhmutBy Andrew HardingBBC News, near Soledar, UkraineUkrainian
 * forces have acknowledged", "in recent weeksThe fighting". The seam is a lower-case letter
 * followed by a capital starting a word, inside what reads as one word. Each seam becomes a
 * paragraph break, so a caption, a byline and the story's first sentence are read apart and the
 * speaker is "Ukrainian forces", not "UkraineUkrainian forces". A glued block ends without a full
 * stop (a caption, a heading, a speaker's name): what runs from the paragraph's last full stop
 * to the seam is that block, set apart too, so the paragraph before it still ends as prose.
 *
 * Not a seam: names written with an inner capital (McDonald, DeSantis, iPhone, YouTube: fewer
 * than three lower-case letters before the capital), an acronym in Cyrillic ("облВА", "БелТА"),
 * addresses, handles and hashtags, and the few brands and names that join two capitalised words
 * (WhatsApp, AstraZeneca, FitzGerald, ЄвроМайдан).
 */
const SEAM = /(?<=\p{Ll}{3})(?=\p{Lu}\p{Ll}{2}|\p{Lu}\p{Ll}(?![\p{L}])|[A-Z]{2,}(?![\p{L}]))/gu;
/** Where a seam may be: a letter run with a lower-case letter before a capital. */
const CANDIDATE = /\p{Ll}{3}\p{Lu}/u;
/** A chunk of an address, an e-mail, a handle or a hashtag: its letters are not prose. */
const NOT_PROSE = /[/@#_\\]|\.\p{L}|^www/u;
const ONE_WORD = new Set([
  'JavaScript', 'TypeScript', 'WhatsApp', 'PowerPoint', 'AstraZeneca', 'BlackRock', 'GlaxoSmithKline',
  'ExxonMobil', 'ArcelorMittal', 'LinkedIn', 'MasterCard', 'SoftBank', 'PlayStation', 'DreamWorks', 'GoFundMe',
  'CrowdStrike', 'SolarWinds', 'NordStream', 'EuroMaidan', 'EuroMaydan', 'AutoMaidan',
]);
/** Prefixes written joined to a capitalised word: FitzGerald, ЕвроМайдан, АвтоМайдан. */
const JOINED_PREFIX = /^(?:Fitz|Евро|Євро|Еўра|Авто|Аўта)\p{Lu}/u;

const MARK = '\u0000';
function markSeams(chunk: string): string {
  if (!CANDIDATE.test(chunk) || NOT_PROSE.test(chunk)) return chunk;
  return chunk.replace(/\p{L}+/gu, (word) =>
    ONE_WORD.has(word) || JOINED_PREFIX.test(word) ? word : word.replace(SEAM, MARK));
}
/** The words between a paragraph's last sentence end and a seam: the glued block's own text. */
const BLOCK_BEFORE_SEAM = /([.!?…]["”»’)]*)[ \t]+((?:(?![.!?…]["”»’)]*\s)[^\n\u0000])+)\u0000/gu;

/**
 * A transcript glues a speaker's name to the title that opens the turn ("Shoigu SergeiDefence
 * Minister: Mr President, …"): before a label and its colon the seam stays as it is, and the name
 * with the turn it opens.
 */
const TURN_LABEL = /[^\n.!?:\u0000]{1,60}:\s/uy;
const opensTurn = (text: string, at: number) => {
  TURN_LABEL.lastIndex = at;
  return TURN_LABEL.test(text);
};

/** The text with each seam between two glued blocks made a paragraph break. */
export function unglueBlocks(text: string): string {
  if (!CANDIDATE.test(text)) return text;
  const marked = text.replace(/\S+/gu, markSeams);
  if (marked === text) return text;
  const blocks = marked.replace(BLOCK_BEFORE_SEAM, `$1\n\n$2${MARK}`);
  return blocks.replace(/\u0000/gu, (_, at: number) => (opensTurn(blocks, at + 1) ? '' : '\n\n'));
}
