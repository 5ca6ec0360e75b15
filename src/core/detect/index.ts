// Stage 1: is this page a news article about Russia, Belarus or Ukraine?
export { detectPage } from './detect-page';
export { detectText } from './detect-text';
export { RELEVANCE_THRESHOLD } from './score-topic';
