// Stage 2: the article as a reader would copy it, with its metadata.
export { extractArticle } from './extract-article';
export { articleFromPlainText } from './plain-text-article';
export { detectLanguage } from './detect-language';
