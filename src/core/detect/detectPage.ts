import type { Detection } from '../types';
import { judgeArticle } from './articleSignals';
import { findArticleNode, readJsonLd } from './jsonLd';
import { collapseWhitespace } from '../text';
import { readProse } from './readProse';
import { scoreTopic } from './scoreTopic';
import { sportsContext } from './sportsContext';

/** Paragraphs after the lead are sampled up to this size: enough to judge, cheap on any page. */
export const BODY_SAMPLE_CHARS = 20_000;
/** Sports terms are looked for in the headline, the lead and this much of the body. */
export const SPORTS_SAMPLE_CHARS = 3_000;
const LEAD_PARAGRAPHS = 2;
const MAX_HEADLINE_CHARS = 400;

function meta(doc: Document, selector: string): string {
  return collapseWhitespace(doc.querySelector(selector)?.getAttribute('content') ?? '');
}

/** og:title, the first h1 and <title>, without the site's own name (which would name Kyiv on every page of the Kyiv Independent). */
function headlineOf(doc: Document): string {
  const siteName = meta(doc, 'meta[property="og:site_name"]');
  const candidates = [
    meta(doc, 'meta[property="og:title"]'),
    collapseWhitespace(doc.querySelector('h1')?.textContent ?? ''),
    collapseWhitespace(doc.title ?? ''),
  ];
  const distinct = [...new Set(candidates.filter((text) => text && text.length <= MAX_HEADLINE_CHARS))];
  return distinct.map((text) => (siteName ? text.split(siteName).join(' ') : text)).join('\n');
}

/**
 * Stage 1 on a live page: is it a news article about Russia, Belarus or Ukraine? Runs in a
 * content script on every page, so it only reads metadata and a capped sample of paragraphs.
 */
export function detectPage(doc: Document, url: string): Detection {
  const prose = readProse(doc);
  const nodes = readJsonLd(doc);
  const verdict = judgeArticle(doc, prose, nodes);
  const description =
    meta(doc, 'meta[property="og:description"]') || meta(doc, 'meta[name="description"]');
  const headline = headlineOf(doc);
  const lead = [description, ...prose.paragraphs.slice(0, LEAD_PARAGRAPHS)].join('\n');
  const body = prose.paragraphs.slice(LEAD_PARAGRAPHS).join('\n').slice(0, BODY_SAMPLE_CHARS);
  const section = meta(doc, 'meta[property="article:section"]') || String(findArticleNode(nodes)?.['articleSection'] ?? '');
  const sports = sportsContext({ section, url, text: `${headline}\n${lead}\n${body.slice(0, SPORTS_SAMPLE_CHARS)}` });
  const topic = scoreTopic({ headline, lead, body, sports });
  return {
    isArticle: verdict.isArticle,
    relevant: verdict.isArticle && topic.topical,
    score: topic.score,
    countries: topic.countries,
    reasons: [...verdict.reasons, ...topic.reasons],
  };
}
