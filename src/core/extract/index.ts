// Stage 2: the article as a reader would copy it, with its metadata.
export { extractArticle } from './extractArticle';
export { articleFromPlainText } from './plainTextArticle';
export { detectLanguage } from './detectLanguage';
