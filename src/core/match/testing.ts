// Test helper: the five seed articles analysed once, and an unrelated report to match against them.
import { analyzeArticle } from '../analyze';
import { articleFromText, seedArticle } from '../analyze/testing/seedArticles';
import type { Analysis, ArticleEvent, Statement } from '../types';
import type { MatchCandidate } from './rankRelated';

export const SEED_PREFIXES = ['000', '001', '002', '003', '004'] as const;

export function analysedSeed(prefix: string): MatchCandidate {
  const article = seedArticle(prefix);
  return { article, analysis: analyzeArticle(article) };
}

const FOOTBALL_REPORT = `Late Salah header sends Liverpool top after tense win at Villa Park

Mohamed Salah scored a stoppage-time header as Liverpool came from behind to beat Aston Villa 2-1 on Monday night and move two points clear at the top of the Premier League.

Villa had led through Ollie Watkins, who ran onto a long ball from Emiliano Martinez and finished low past Alisson after 23 minutes. The home side pressed high and looked the more dangerous team for most of the first half.

Jurgen Klopp's side improved after the break. Darwin Nunez levelled from close range on the hour, turning in a cross from Trent Alexander-Arnold, and Salah won it in the 93rd minute when he met Andy Robertson's corner at the near post.

"We showed character tonight," Klopp told reporters after the match. "Villa made it really hard for us, but the boys kept going until the final whistle."

Villa manager Unai Emery said his team deserved at least a draw and complained that the corner should have been a goal kick. "It is painful, because we played well for eighty minutes," he said.

Liverpool host Brighton on Saturday, while Villa travel to Newcastle.`;

export function unrelatedReport(publishedAt: string): MatchCandidate {
  const article = articleFromText(FOOTBALL_REPORT, { url: 'https://sport.test/liverpool-villa', publishedAt });
  return { article, analysis: analyzeArticle(article) };
}

/** A statement written for a test: the fields a reader would fill in from the sentence. */
export function statement(fields: Partial<Statement> & Pick<Statement, 'text'>): Statement {
  return {
    id: `s${++statementCount}`, speaker: null, attribution: 'narrative', polarity: 'affirm', modality: 'asserted',
    predicate: null, subject: null, target: null, quantities: [], date: null, ...fields,
  };
}
let statementCount = 0;

/**
 * An article analysed by hand: its statements, and events placed where a reader would place
 * them (`place` per statement id). Entities are listed only where a test needs them.
 */
export function handmade(
  url: string,
  lang: string,
  publishedAt: string,
  statements: Statement[],
  extra: Partial<Analysis> & { places?: Record<string, string> } = {},
): MatchCandidate {
  const { places = {}, ...analysis } = extra;
  const events: ArticleEvent[] = Object.entries(places).map(([id, place], i) => ({
    id: `e${i}`, type: 'strike', cameo: '195', actors: [], place, date: statements.find((s) => s.id === id)?.date ?? publishedAt, statementIds: [id],
  }));
  return {
    article: { url, title: url, byline: null, siteName: null, publishedAt, lang, text: statements.map((s) => s.text).join('\n\n') },
    analysis: { entities: [], terms: [], events, statements, ...analysis },
  };
}

/** One sentence or paragraph written for a test, analysed as a report of its own. */
export function writtenReport(url: string, lang: string, publishedAt: string, text: string): MatchCandidate {
  const article = { url, title: '', byline: null, siteName: null, publishedAt, lang, text };
  return { article, analysis: analyzeArticle(article) };
}
