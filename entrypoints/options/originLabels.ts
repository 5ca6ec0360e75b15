/** How an article reached the archive, in the reader's words (an origin not listed shows as it is). */
export const ORIGIN_LABELS: Record<string, string> = {
  saved: 'saved by hand',
  imported: 'imported bundle',
  feed: 'from a feed',
  file: 'from a file',
};
