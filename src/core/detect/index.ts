// Stage 1: is this page a news article about Russia, Belarus or Ukraine?
export { detectPage } from './detectPage';
export { detectText } from './detectText';
export { RELEVANCE_THRESHOLD } from './scoreTopic';
