import type { Analysis, ExtractedArticle } from '../types';
import { findEntities } from './entities';
import { extractEvents } from './events';
import { extractStatements } from './statements';
import { extractTerms, MAX_TERMS } from './terms';

/**
 * Bump when the output of analyzeArticle changes: the extension re-analyses its stored articles
 * after an update (archive/reanalyzeStale.ts), and importing a bundle re-analyses older entries.
 */
export const ANALYZER_VERSION = 36;

/**
 * An acute accent or a backtick between letters stands for the apostrophe in some copy
 * ("Russia´s defence ministry", "It´s"): read as one, so possessives and contractions parse.
 * The page highlighter folds them and the apostrophes to one character, so quotes are still found.
 */
const APOSTROPHE_LOOKALIKE = /(?<=\p{L})[\u00b4\u0060](?=\p{L})/gu;

/** The headline is part of what the article says; the body follows it as a paragraph of its own. */
function fullText(article: ExtractedArticle): string {
  const title = article.title.trim();
  const body = article.text.trim();
  const text = !title || body.startsWith(title) ? body : `${title}\n\n${body}`;
  return text.includes('\u00b4') || text.includes('\u0060') ? text.replace(APOSTROPHE_LOOKALIKE, '’') : text;
}

export function analyzeArticle(article: ExtractedArticle): Analysis {
  const text = fullText(article);
  const index = findEntities(text, article.publishedAt);
  const statements = extractStatements(text, index, article.publishedAt, article.lang);
  return {
    entities: index.entities,
    statements: statements.map((s) => s.statement),
    events: extractEvents(statements, index),
    terms: extractTerms(text, index.mentions, MAX_TERMS, article.lang),
  };
}
