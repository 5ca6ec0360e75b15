export { ANALYZER_VERSION, analyzeArticle } from './analyzeArticle';
export { splitSentences, type SentenceSpan } from './sentences';
export { GAZETTEER, gazetteerEntry, NEWS_AGENCY, type GazetteerEntry } from './gazetteer';
