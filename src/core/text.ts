// Text helpers every stage uses: one definition, so "the same text" means the same thing in
// detection, extraction and analysis.

/** Runs of white space as one space, trimmed. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/** Text as a reader sees it: soft hyphens (invisible) dropped, white space collapsed. */
export function visibleText(text: string): string {
  return collapseWhitespace(text.replace(/\u00ad/gu, ''));
}

/** For comparing two texts as words: lower case, punctuation as single spaces, trimmed. */
export function comparisonKey(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}
