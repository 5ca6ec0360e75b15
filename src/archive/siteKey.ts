// The archive judges sites by the same rules as the extractor (src/core/extract/siteKey.ts).
export { sameSite, siteKey } from '../core/extract/siteKey';
