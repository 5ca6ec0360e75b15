import { Readability } from '@mozilla/readability';
import type { ExtractedArticle } from '../types';
import { findArticleNode, readJsonLd, type JsonLdNode } from '../detect/jsonLd';
import { readProse } from '../detect/readProse';
import { capArticle } from '../limits';
import { collapseWhitespace } from '../text';
import { cleanParagraphs } from './cleanParagraphs';
import { clean, visibleHeadline } from './cleanTitle';
import { blocksOf } from './contentText';
import { detectLanguage } from './detectLanguage';
import { findPublishedAt } from './publishedDate';
import { pageCanonicalUrl, type SameSite, cleanByline, hostName, jsonLdIsOrganisation, jsonLdNames, jsonLdText, metaContent } from './readMetadata';

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
  const siteNames = [siteName, hostName(url)];
  const metaTitles = [truncated ? ogTitle : headline, ogTitle, doc.title].map((title) => clean(title, siteNames)).filter(Boolean);
  const h1 = visibleHeadline(doc, metaTitles, siteName);
  if (h1) return h1;
  for (const candidate of [...metaTitles, clean(readability?.title, siteNames)]) {
    if (candidate && candidate.toLowerCase() !== siteName?.toLowerCase()) return candidate;
  }
  return '';
}

// Where pages print the writer's name when neither metadata nor Readability names one.
const BYLINE_ELEMENTS = 'a[rel~="author"], [itemprop="author"] [itemprop="name"], [itemprop="author"], [class*="author-name"], [class*="authorName"], [class~="author"], [class*="byline"] a';
const MAX_NAME_CHARS = 60;

function bylineElement(doc: Document): string | null {
  for (const element of Array.from(doc.querySelectorAll(BYLINE_ELEMENTS)).slice(0, 5)) {
    const name = cleanByline(element.textContent);
    if (name && name.length <= MAX_NAME_CHARS) return name;
  }
  return null;
}

function bylineOf(doc: Document, articleNode: JsonLdNode | null, nodes: JsonLdNode[], readability: ReadabilityResult): string | null {
  const authors = jsonLdNames(articleNode?.['author'], nodes).map(cleanByline).filter(Boolean);
  const named = [...new Set(authors)].join(', ') || null;
  const printed =
    cleanByline(metaContent(doc, 'meta[name="author"]', 'meta[property="article:author"]', 'meta[name="parsely-author"]')) ??
    cleanByline(readability?.byline) ??
    bylineElement(doc);
  // Many sites name their organisation as the JSON-LD author; the page's own byline then names the writer.
  const organisationOnly = named !== null && jsonLdIsOrganisation(articleNode?.['author'], nodes);
  return organisationOnly ? (printed ?? named) : (named ?? printed);
}

/** The article's paragraphs: Readability's content, or the page's prose when Readability finds none. */
function paragraphsFrom(doc: Document, readability: ReadabilityResult, title: string, byline: string | null): string[] {
  const content = readability?.content;
  const cleaned = cleanParagraphs(content ? blocksOf(content) : [], title, byline);
  return cleaned.length > 0 ? cleaned : cleanParagraphs(readProse(doc).paragraphs, title, byline);
}

/**
 * What a page holds of its article before its language is judged: the article with `lang` null,
 * and the language the page declares (`<html lang>`, else JSON-LD's inLanguage).
 */
export type PageArticle = ExtractedArticle & { lang: null; declaredLang: string | null };

/**
 * Stage 2 without the language: what only the page can give (its DOM). The extractor injected
 * into a tab runs this alone (extractor.content.ts), and the background judges the language
 * (`withLanguage`): franc's models are 100 KB of the injected script, and building them again
 * in every page it was injected into cost more than the rest of the language's judging.
 */
export function readArticle(doc: Document, url: string, options: { sameSite?: SameSite } = {}): PageArticle {
  const nodes = readJsonLd(doc);
  const articleNode = findArticleNode(nodes);
  const readability = readabilityOf(doc);
  const siteName = siteNameOf(doc, url, articleNode, nodes, readability);
  const title = titleOf(doc, articleNode, readability, siteName, url);
  const byline = bylineOf(doc, articleNode, nodes, readability);
  const text = paragraphsFrom(doc, readability, title, byline).join('\n\n');
  const declaredLang = doc.documentElement?.getAttribute('lang') ?? jsonLdText(articleNode, 'inLanguage');
  // Within the caps before the text is read for a date and a language, and before it is sent on.
  const read = capArticle({ url: pageCanonicalUrl(doc, url, options.sameSite), title, byline, siteName, publishedAt: null, lang: null, text });
  return {
    ...read,
    lang: null,
    publishedAt: findPublishedAt(doc, url, articleNode, nodes, read.title, read.text),
    declaredLang,
  };
}

/** The article of `readArticle` with its language judged from its title and text, and the page's declaration. */
export function withLanguage({ declaredLang, ...article }: PageArticle): ExtractedArticle {
  return { ...article, lang: detectLanguage(`${article.title}\n${article.text}`, declaredLang) };
}

/**
 * Stage 2: the article as a reader would copy it, with its metadata. Never changes `doc`.
 * `sameSite` judges the page's canonical link (see pageCanonicalUrl).
 */
export function extractArticle(doc: Document, url: string, options: { sameSite?: SameSite } = {}): ExtractedArticle {
  return withLanguage(readArticle(doc, url, options));
}
