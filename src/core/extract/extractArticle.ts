import { Readability } from '@mozilla/readability';
import type { ExtractedArticle } from '../types';
import { findArticleNode, readJsonLd, type JsonLdNode } from '../detect/jsonLd';
import { collapseWhitespace, readProse } from '../detect/readProse';
import { cleanParagraphs } from './cleanParagraphs';
import { decodeEntities, preferHeadline, stripSiteName } from './cleanTitle';
import { paragraphsOf } from './contentText';
import { detectLanguage } from './detectLanguage';
import { findPublishedAt } from './publishedDate';
import { canonicalUrl, cleanByline, hostName, jsonLdNames, jsonLdText, metaContent } from './readMetadata';

type ReadabilityResult = ReturnType<Readability<Node>['parse']>;

/** Readability on a copy: it rewrites the DOM it reads, and the reader's page must stay as it is. */
function readabilityOf(doc: Document): ReadabilityResult {
  try {
    const copy = doc.cloneNode(true) as Document;
    return new Readability<Node>(copy, { serializer: (node) => node }).parse();
  } catch {
    return null;
  }
}

function siteNameOf(doc: Document, url: string, articleNode: JsonLdNode | null, nodes: JsonLdNode[], readability: ReadabilityResult): string | null {
  return (
    metaContent(doc, 'meta[property="og:site_name"]') ??
    jsonLdNames(articleNode?.['publisher'], nodes)[0] ??
    (readability?.siteName ? collapseWhitespace(readability.siteName) : null) ??
    hostName(url)
  );
}

function titleOf(doc: Document, articleNode: JsonLdNode | null, readability: ReadabilityResult, siteName: string | null, url: string): string {
  const headline = jsonLdText(articleNode, 'headline') ?? jsonLdText(articleNode, 'name');
  const ogTitle = metaContent(doc, 'meta[property="og:title"]', 'meta[name="twitter:title"]');
  // Search engines cut JSON-LD headlines at ~110 characters; the OpenGraph title is then whole.
  const truncated = headline && /(?:…|\.\.\.)$/u.test(headline) && ogTitle;
  const h1 = collapseWhitespace(doc.querySelector('h1')?.textContent ?? '');
  const candidates = [
    truncated ? ogTitle : headline,
    ogTitle,
    readability?.title,
    h1,
    doc.title,
  ];
  for (const candidate of candidates) {
    const cleaned = decodeEntities(collapseWhitespace(candidate ?? ''));
    const title = preferHeadline(stripSiteName(cleaned, [siteName, hostName(url)]), h1);
    if (title && title.toLowerCase() !== siteName?.toLowerCase()) return title;
  }
  return '';
}

function bylineOf(doc: Document, articleNode: JsonLdNode | null, nodes: JsonLdNode[], readability: ReadabilityResult): string | null {
  const authors = jsonLdNames(articleNode?.['author'], nodes).map(cleanByline).filter(Boolean);
  if (authors.length > 0) return [...new Set(authors)].join(', ');
  return (
    cleanByline(metaContent(doc, 'meta[name="author"]', 'meta[property="article:author"]', 'meta[name="parsely-author"]')) ??
    cleanByline(readability?.byline)
  );
}

/** The article's paragraphs: Readability's content, or the page's prose when Readability finds none. */
function paragraphsFrom(doc: Document, readability: ReadabilityResult, title: string): string[] {
  const content = readability?.content;
  const paragraphs = content ? paragraphsOf(content) : [];
  const cleaned = cleanParagraphs(paragraphs, title);
  return cleaned.length > 0 ? cleaned : cleanParagraphs(readProse(doc).paragraphs, title);
}

/** Stage 2: the article as a reader would copy it, with its metadata. Never changes `doc`. */
export function extractArticle(doc: Document, url: string): ExtractedArticle {
  const nodes = readJsonLd(doc);
  const articleNode = findArticleNode(nodes);
  const readability = readabilityOf(doc);
  const siteName = siteNameOf(doc, url, articleNode, nodes, readability);
  const title = titleOf(doc, articleNode, readability, siteName, url);
  const text = paragraphsFrom(doc, readability, title).join('\n\n');
  const declared = doc.documentElement?.getAttribute('lang') ?? jsonLdText(articleNode, 'inLanguage');
  return {
    url: canonicalUrl(doc, url),
    title,
    byline: bylineOf(doc, articleNode, nodes, readability),
    siteName,
    publishedAt: findPublishedAt(doc, url, articleNode, text),
    lang: detectLanguage(`${title}\n${text}`, declared),
    text,
  };
}
