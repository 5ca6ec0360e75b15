import { findArticleNode, jsonLdTypes, type JsonLdNode } from './jsonLd';
import { countWords } from './readProse';
import type { ProseShape } from './readProse';

export interface ArticleVerdict {
  isArticle: boolean;
  reasons: string[];
}

/** With metadata saying "article", this much prose in one place confirms it. */
const MIN_WORDS_WITH_METADATA = 80;
/** Without such metadata, the page must carry a real body of prose. */
const MIN_WORDS_WITHOUT_METADATA = 250;
const MIN_PARAGRAPHS_WITHOUT_METADATA = 4;
// A section front shows many teasers; an article may have a few in a sidebar, beside a long body.
const LISTING_ARTICLE_ELEMENTS = 4;
const LISTING_LINKED_HEADINGS = 8;
const LISTING_MAX_BODY_WORDS = 250;
/** Pages that say what they are: a listing, however much prose its teasers carry. */
const LISTING_TYPES = /^(?:CollectionPage|SearchResultsPage|ItemList|ProfilePage)$/u;
/** Footnote marks ("[12]") are how encyclopedias and wikis cite; news reports do not. */
const REFERENCE_CITATIONS = 5;
const CITATION = /\[\d{1,3}\]/gu;

function metaContent(doc: Document, selector: string): string | null {
  const value = doc.querySelector(selector)?.getAttribute('content')?.trim();
  return value ? value : null;
}

function metadataReasons(doc: Document, articleNode: JsonLdNode | null): string[] {
  const reasons: string[] = [];
  if (articleNode) {
    const type = jsonLdTypes(articleNode).find((name) => name !== 'Thing') ?? 'Article';
    reasons.push(`JSON-LD ${type}`);
  }
  if (metaContent(doc, 'meta[property="og:type"]')?.toLowerCase() === 'article') {
    reasons.push('og:type article');
  }
  if (metaContent(doc, 'meta[property="article:published_time"]')) {
    reasons.push('article:published_time');
  }
  return reasons;
}

function listingReason(prose: ProseShape, nodes: JsonLdNode[], liveBlog: boolean): string | null {
  const declared = nodes.flatMap(jsonLdTypes).find((type) => LISTING_TYPES.test(type));
  if (declared) return `JSON-LD ${declared}`;
  // A live blog is many short updates, each often its own <article>: one article all the same.
  const manyTeasers =
    prose.articleElements >= LISTING_ARTICLE_ELEMENTS || prose.linkedHeadings >= LISTING_LINKED_HEADINGS;
  if (liveBlog || !manyTeasers || prose.containerWords >= LISTING_MAX_BODY_WORDS) return null;
  return `looks like a listing (${prose.articleElements} <article> elements, ${prose.linkedHeadings} linked headings)`;
}

/** Is this page one article? Metadata first (the page's JSON-LD), then the shape of its prose. */
export function judgeArticle(doc: Document, prose: ProseShape, nodes: JsonLdNode[]): ArticleVerdict {
  const articleNode = findArticleNode(nodes);
  const liveBlog = articleNode ? jsonLdTypes(articleNode).includes('LiveBlogPosting') : false;
  const reasons = metadataReasons(doc, articleNode);
  // One <article> element wraps the story; many of them are teasers.
  if (prose.articleElements > 0 && prose.articleElements < LISTING_ARTICLE_ELEMENTS) {
    reasons.push('<article> element');
  }
  const hasSignals = reasons.length > 0;
  const listing = articleNode && !liveBlog ? null : listingReason(prose, nodes, liveBlog);
  if (listing) {
    reasons.push(listing.startsWith('JSON-LD') ? `${listing}: a listing` : listing);
    return { isArticle: false, reasons };
  }
  const citations = prose.paragraphs.join(' ').match(CITATION)?.length ?? 0;
  if (citations >= REFERENCE_CITATIONS) {
    reasons.push(`reads like a reference entry (${citations} footnote marks)`);
    return { isArticle: false, reasons };
  }
  const paragraphs = prose.paragraphs.length;
  // A live blog's updates are spread over many blocks: its words are all of them.
  const words = liveBlog
    ? prose.paragraphs.reduce((sum, paragraph) => sum + countWords(paragraph), 0)
    : prose.containerWords;
  reasons.push(`${paragraphs} prose paragraphs, ${words} words in the main block`);
  const isArticle = hasSignals
    ? words >= MIN_WORDS_WITH_METADATA
    : words >= MIN_WORDS_WITHOUT_METADATA && paragraphs >= MIN_PARAGRAPHS_WITHOUT_METADATA;
  return { isArticle, reasons };
}
