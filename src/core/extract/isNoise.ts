/**
 * Lines that Readability (or a reader's copy-paste) lets through but that are not the
 * article: inserts pointing to other stories, sign-up and cookie notices, photo credits,
 * comment prompts, contact lines and page chrome. Each rule is keyed to the shape and the
 * vocabulary of such lines (in several languages), never to one outlet.
 */
import { isMetadataLine } from './isMetadataLine';

// The rules below each ask a line's length in words: the last line's count is kept, so a line
// is counted once rather than once per rule (a tenth of the cleaning's time in a folder import).
let countedText = '';
let counted = 0;

export function wordCount(text: string): number {
  if (text !== countedText) {
    countedText = text;
    counted = text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  }
  return counted;
}

const INSERT_MARKER = new RegExp(
  '^[(\\[]?(?:' +
    [
      'read more', 'read also', 'also read', 'read next', 'see also', 'see more', 'also on [\\p{L}-]+\\.\\p{L}{2,}',
      'more on this(?: story)?', 'related(?: articles?| stories| news| content| coverage| reading)?',
      'recommended(?: for you| reading)?', 'don[’\']?t miss', 'must read', 'keep reading', 'continue reading',
      'more from [^:]{1,40}', 'trending(?: now)?', 'most (?:read|popular|viewed)', 'top stories', 'latest news',
      'watch(?: now)?', 'listen', 'more', 'lesen sie (?:auch|mehr)', 'mehr zum thema', 'auch interessant',
      'weiterlesen', 'lire aussi', '(?:à|a) lire (?:aussi|également)', 'leggi anche(?: su)?', 'lee también',
      'leer más', 'leia (?:também|mais)', 'veja também', 'czytaj (?:też|także|więcej)', 'читайте (?:также|також)',
      'по теме', 'дивіться також', 'чытайце таксама',
    ].join('|') +
    ')(?![\\p{L}\\p{N}])',
  'iu',
);

/** "READ MORE: ...", "ALSO READ  Another story", "(Leggi anche su: ...)": a pointer to other stories. */
export function isInsert(text: string): boolean {
  if (/(?:\[\p{Lu}[\p{Lu} ]{2,20}\].*){2}/u.test(text)) return true; // "... [VIDEO] ... [INSIGHT]"
  if (/\[(?:VIDEO|INSIGHT|REVEAL|LATEST|POLL|LIVE|PICTURES|PICS|REACTION|WARNING|NEWS|ANALYSIS)\]\s*\|?$/u.test(text)) return true;
  const marker = INSERT_MARKER.exec(text);
  if (!marker || wordCount(text) > 30) return false;
  const rest = text.slice(marker[0].length);
  const shouted = marker[0] === marker[0].toUpperCase() && /\p{Lu}/u.test(marker[0]);
  return rest.trim() === '' || /^\s*[:|>»›\-–—.…]/u.test(rest) || shouted || /^also on/iu.test(marker[0].replace(/^\W/u, ''));
}

const PROMO_WORDS =
  /\b(?:sign[- ]?ups?|sign in|log ?in|subscribe|subscription|unsubscribe|newsletters?|inbox|consent(?:ed)?|privacy (?:policy|notice)|cookies?|email address|more info|opt[- ]out|abonnieren|abonnement|anmelden|datenschutz|s'abonner|abonnez|inscríbete|suscríbete|assine|подпишитесь|підпишіться|рассылк\p{L}*)\b/giu;

/** Sign-up, newsletter and cookie notices: short, and full of their own vocabulary. */
function isPromo(text: string): boolean {
  if (wordCount(text) > 50) return false;
  if (/^(?:sign (?:up|in)|log ?in|subscribe|get (?:our|the) newsletter|we use cookies|this (?:web)?site uses cookies|breaking news emails|want more stories like this)\b/iu.test(text)) return true;
  if (/\bcookies?\b/iu.test(text) && /\b(?:accept|agree|website|site|browsing|experience)\b/iu.test(text)) return true;
  if (/\bclick(?:ing)? here\b/iu.test(text) && wordCount(text) <= 20) return true;
  if (/^(?:like|enjoy(?:ed)?) this (?:story|article)\?/iu.test(text)) return true;
  const kinds = new Set((text.match(PROMO_WORDS) ?? []).map((word) => word.toLowerCase()));
  return kinds.size >= 2;
}

const CREDIT_PREFIX =
  /^[(\[]?(?:photos?|images?|pictures?|pic|illustration|graphic|video|credit|source|foto|bild|quelle|фото|джерело|источник)(?:\s+(?:credit|by))?\s*[:：]/iu;
const AGENCY_IN_CREDIT =
  /\b(?:getty|images|afp|reuters|ap|epa|sputnik|tass|shutterstock|alamy|pa|photo|file|image|dpa|imago|picture alliance|ria novosti)\b/iu;

/**
 * A caption closing on "(Sputnik/Reuters)" or "(Getty Images)". Read from the last parenthesis
 * rather than by one pattern: a pattern tried from every "(" of "(////..." takes quadratic time.
 */
function endsWithAgencyCredit(text: string): boolean {
  const close = text.endsWith(').') ? text.length - 2 : text.endsWith(')') ? text.length - 1 : -1;
  if (close < 0) return false;
  const open = text.lastIndexOf('(', close);
  if (open < 0) return false;
  const inside = text.slice(open + 1, close);
  return !inside.includes(')') && (inside.includes('/') || AGENCY_IN_CREDIT.test(inside));
}
const AGENCY_WORDS = /\b(?:getty images|shutterstock|alamy|afp|reuters|associated press|ap photo|epa|dpa|imago|picture alliance|bloomberg)\b/iu;

/** "Photo: Collected", "(Getty Images)", "© Aaron Schwartz", a caption ending in "(Sputnik/Reuters)". */
function isCredit(text: string): boolean {
  const words = wordCount(text);
  if (CREDIT_PREFIX.test(text) && words <= 20) return true;
  if (/^(?:©|\(c\)|copyright\b)/iu.test(text) && words <= 12) return true;
  if (/^image \d+ of\b/iu.test(text) || /^caption$/iu.test(text)) return true;
  // "Natalie Naccache | Bloomberg | Getty Images": a credit line of names and agencies
  if (words <= 10 && /\|/u.test(text) && AGENCY_WORDS.test(text) && !/[.!?]\s/u.test(text)) return true;
  return words <= 60 && endsWithAgencyCredit(text);
}

const COMMENT_PROMPT =
  /^(?:your email address will not be published|comments?|leave a (?:comment|reply)|join the (?:conversation|discussion|debate)|share (?:this(?: article| story)?|your (?:thoughts|views))|what do you think|have your say|let us know|tell us what you think|kommentare?|kommentieren|commentaires?|comentarios?|comentários?|комментари\p{L}*|коментар\p{L}*|отзывы|добавить (?:отзыв|комментарий))(?![\p{L}\p{N}])/iu;

function isCommentPrompt(text: string): boolean {
  if (wordCount(text) > 40) return false;
  if (COMMENT_PROMPT.test(text)) return true;
  if (/\b(?:in the comments|comment below|comments section)\b/iu.test(text)) return true;
  // moderation notices: "Comments that ... will not be approved by the moderator"
  return /(?:comment|coment|kommentar|коммент|комент)\p{L}*/iu.test(text) && /modera\p{L}*/iu.test(text);
}

/** "Email Jane at jane@site.com or follow her @jane", a bare address: how to reach the writer. */
function isContactLine(text: string): boolean {
  const words = wordCount(text);
  // One way through each pattern: "\S+@" tried at every start of an 80 KB word took seconds.
  if (words <= 6 && /^(?:\S[^\s@]*@\S+\.\p{L}{2,}|(?:https?:\/\/|www\.)?(?:twitter|x|facebook|instagram)\.com\/\w+\/?)$/iu.test(text)) return true;
  if (words > 45) return false;
  const reach = /\S@[\w-]+\.\p{L}{2,}|(?:^|\s)@\w{2,}/iu.test(text);
  return reach && /\b(?:follow|email|e-mail|contact|reach(?:ed)?|tips?|write to|folgen|suivez)\b/iu.test(text);
}

const CHROME_LINE =
  /^(?:skip to (?:main )?content|skip navigation|advertisement|advertising|advert|anzeige|werbung|publicité|publicidad|реклама|sponsored(?: content)?|scroll (?:down )?to continue(?: with content)?|continue reading below|story continues below|article continues below|share(?: this)?(?: article| story| on \p{L}+)?|teilen|partager|compartir|поделиться|print|drucken|email|e-mail|tweet|menu|close|loading\.*|\d+ comments?|back to top(?: button)?|source link|breaking news|this slideshow requires javascript\.?|(?:whatsapp|facebook|twitter|pinterest|pint|linkedin|telegram|email|e-mail|print|reddit|flipboard|copy link|baixar|download)(?:[\s,|·/]+(?:whatsapp|facebook|twitter|pinterest|pint|linkedin|telegram|email|e-mail|print|reddit|flipboard|copy link|baixar|download))+)$/iu;

/** "Skip to main content", "Advertisement", "Whatsapp Facebook Pinterest": the page around the article. */
export function isPageChrome(text: string): boolean {
  // The lookbehind starts the trailing run once, not at each of its 80,000 dots.
  return CHROME_LINE.test(text.trim().replace(/(?<![.:…])[.:…]+$/u, '').trim());
}

/** A short line without a sentence's final punctuation: a headline, a link, a label. */
export function isHeadlineLike(text: string): boolean {
  return wordCount(text) < 20 && !/[.!?"”»]$/u.test(text.trim());
}

/**
 * Notices, credits, bylines and chrome are short (the rules below stop at 25-60 words); past
 * this length only an insert's teaser tags can make a line noise. The bound also keeps a
 * hostile page's one giant word away from every pattern at once.
 */
const MAX_NOISE_LINE_CHARS = 2_000;

/** Is this paragraph (or line) something other than the article's own text? */
export function isNoise(text: string): boolean {
  const line = text.trim();
  if (line === '') return true;
  if (line.length > MAX_NOISE_LINE_CHARS) return isInsert(line);
  return (
    isPageChrome(line) ||
    isInsert(line) ||
    isPromo(line) ||
    isCredit(line) ||
    isCommentPrompt(line) ||
    isContactLine(line) ||
    isMetadataLine(line)
  );
}
