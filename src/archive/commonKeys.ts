/** A key held by more than this share of a large archive ("e:country:RU") finds everything and tells nothing. */
const COMMON_SHARE = 0.2;
const COMMON_MIN_DOCS = 50;

/** The most articles a key may list and still be read for a check's candidates (candidates.ts). */
export const commonKeyLimit = (docCount: number): number => Math.max(COMMON_MIN_DOCS, COMMON_SHARE * docCount);
