import { findArticleNode, jsonLdTypes, readJsonLd } from './jsonLd';
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

function metaContent(doc: Document, selector: string): string | null {
  const value = doc.querySelector(selector)?.getAttribute('content')?.trim();
  return value ? value : null;
}

function metadataReasons(doc: Document): string[] {
  const reasons: string[] = [];
  const articleNode = findArticleNode(readJsonLd(doc));
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

/** Is this page one article? Metadata first, then the shape of its prose. */
export function judgeArticle(doc: Document, prose: ProseShape): ArticleVerdict {
  const reasons = metadataReasons(doc);
  // One <article> element wraps the story; many of them are teasers.
  if (prose.articleElements > 0 && prose.articleElements < LISTING_ARTICLE_ELEMENTS) {
    reasons.push('<article> element');
  }
  const hasSignals = reasons.length > 0;
  const words = prose.containerWords;
  const listing =
    (prose.articleElements >= LISTING_ARTICLE_ELEMENTS ||
      prose.linkedHeadings >= LISTING_LINKED_HEADINGS) &&
    words < LISTING_MAX_BODY_WORDS;
  if (listing) {
    reasons.push(
      `looks like a listing (${prose.articleElements} <article> elements, ${prose.linkedHeadings} linked headings)`,
    );
    return { isArticle: false, reasons };
  }
  const paragraphs = prose.paragraphs.length;
  reasons.push(`${paragraphs} prose paragraphs, ${words} words in the main block`);
  const isArticle = hasSignals
    ? words >= MIN_WORDS_WITH_METADATA
    : words >= MIN_WORDS_WITHOUT_METADATA && paragraphs >= MIN_PARAGRAPHS_WITHOUT_METADATA;
  return { isArticle, reasons };
}
