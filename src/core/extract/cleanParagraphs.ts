/**
 * What Readability (or a reader's copy-paste) lets through that is not the article: inserts
 * pointing to other stories, sign-up and cookie notices, photo credits, comment prompts, and
 * page chrome. General rules only, each keyed to the shape of such lines, never to one outlet.
 */

const wordCount = (text: string): number => text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;

const INSERT_MARKER =
  /^(?:read more|read also|also read|see also|more on this(?: story)?|related(?: articles?| stories| news| content| coverage)?|recommended(?: for you)?|don[’']?t miss|must read|keep reading|continue reading|more from [^:]{1,40}|trending(?: now)?|most (?:read|popular|viewed)|top stories|latest news|watch|listen|more)\b/iu;

/** "READ MORE: ...", "ALSO READ  Another story", "Related News": a pointer to other stories. */
export function isInsert(text: string): boolean {
  if (/(?:\[\p{Lu}[\p{Lu} ]{2,20}\].*){2}/u.test(text)) return true; // "... [VIDEO] ... [INSIGHT]"
  const marker = INSERT_MARKER.exec(text);
  if (!marker || wordCount(text) > 30) return false;
  const rest = text.slice(marker[0].length);
  const shouted = marker[0] === marker[0].toUpperCase() && /\p{Lu}/u.test(marker[0]);
  return rest.trim() === '' || /^\s*[:|>»›\-–—]/u.test(rest) || shouted;
}

const PROMO_WORDS =
  /\b(?:sign[- ]?ups?|subscribe|subscription|unsubscribe|newsletters?|inbox|consent(?:ed)?|privacy (?:policy|notice)|cookies?|email address|more info)\b/giu;

/** Sign-up, newsletter and cookie notices: short, and full of their own vocabulary. */
function isPromo(text: string): boolean {
  if (wordCount(text) > 70) return false;
  if (/^(?:sign up|subscribe|get (?:our|the) newsletter|we use cookies)\b/iu.test(text)) return true;
  const kinds = new Set((text.match(PROMO_WORDS) ?? []).map((word) => word.toLowerCase()));
  return kinds.size >= 2;
}

const CREDIT_PREFIX = /^(?:photos?|images?|pictures?|pic|illustration|graphic|video|credit|source|foto|фото)(?:\s+credit)?\s*[:：]/iu;
const CREDIT_AGENCY =
  /\((?:[^()]*\/[^()]*|[^()]*\b(?:getty|images|afp|reuters|ap|epa|sputnik|tass|shutterstock|alamy|pa|photo|file)\b[^()]*)\)$/iu;

/** "Photo: Collected", "(Getty Images)", a caption ending in "(Sputnik/Reuters)". */
function isCredit(text: string): boolean {
  const words = wordCount(text);
  if (CREDIT_PREFIX.test(text) && words <= 20) return true;
  return words <= 25 && CREDIT_AGENCY.test(text);
}

const COMMENT_PROMPT =
  /^(?:your email address will not be published|comments?|leave a (?:comment|reply)|join the (?:conversation|discussion|debate)|share (?:this(?: article| story)?|your (?:thoughts|views))|what do you think|have your say|let us know)\b/iu;

function isCommentPrompt(text: string): boolean {
  if (wordCount(text) > 40) return false;
  return COMMENT_PROMPT.test(text) || /\b(?:in the comments|comment below|comments section)\b/iu.test(text);
}

const CHROME_LINE =
  /^(?:skip to (?:main )?content|skip navigation|advertisement|advertising|sponsored(?: content)?|scroll (?:down )?to continue(?: with content)?|share(?: this)?(?: article| story)?|print|email|tweet|menu|close|loading\.*|\d+ comments?|back to top(?: button)?|source link)$/iu;

/** "Skip to main content", "Advertisement": the page around the article, never its title. */
export function isPageChrome(text: string): boolean {
  return CHROME_LINE.test(text.trim());
}

/** A short line without a sentence's final punctuation: a headline, a link, a label. */
export function isHeadlineLike(text: string): boolean {
  return wordCount(text) < 20 && !/[.!?"”»]$/u.test(text.trim());
}

/** Is this paragraph (or line) something other than the article's own text? */
export function isNoise(text: string): boolean {
  const line = text.trim();
  if (line === '') return true;
  return isPageChrome(line) || isInsert(line) || isPromo(line) || isCredit(line) || isCommentPrompt(line);
}

/** A heading that opens a list of other stories at the foot of a page ("Popular posts from this blog"). */
const LISTING_HEADING =
  /^(?:popular posts(?: from this blog)?|(?:top|more|related|latest|recommended|trending|other|similar|editor[’']?s picks)(?: \p{L}+){0,3} (?:news|stories|posts|articles|videos|reads)|top news|most (?:read|popular|viewed|shared)|you (?:may|might) (?:also )?like|read next|up next|features|(?:from )?around the web|more videos from .{1,30}|more from .{1,30})$/iu;
/** Listing headings count only below this much article text, so a subheading near the top is safe. */
const MIN_PROSE_BEFORE_LISTING = 3;
const PROSE_WORDS = 15;

/** Everything from the first listing heading that follows a real body of prose is page furniture. */
function withoutTrailingListings(paragraphs: string[]): string[] {
  let prose = 0;
  for (const [index, paragraph] of paragraphs.entries()) {
    if (prose >= MIN_PROSE_BEFORE_LISTING && wordCount(paragraph) <= 8 && LISTING_HEADING.test(paragraph.trim())) {
      return paragraphs.slice(0, index);
    }
    if (wordCount(paragraph) >= PROSE_WORDS) prose++;
  }
  return paragraphs;
}

/** The paragraphs without noise, without immediate repeats, a copy of the title or a trailing listing. */
export function cleanParagraphs(paragraphs: string[], title = ''): string[] {
  const kept: string[] = [];
  const titleKey = title.trim().toLowerCase();
  for (const paragraph of withoutTrailingListings(paragraphs)) {
    if (isNoise(paragraph)) continue;
    const key = paragraph.toLowerCase();
    if (key === kept[kept.length - 1]?.toLowerCase()) continue;
    if (kept.length < 3 && titleKey !== '' && key === titleKey) continue;
    kept.push(paragraph);
  }
  return kept;
}
