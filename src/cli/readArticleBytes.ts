import { readFileSync, statSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describeFsError } from './describeFsError';
import { UnreadableFile } from './unreadableFile';

/**
 * The most bytes a page may have, on disk or once inflated. News pages weigh a few MB with their
 * inline scripts; a 6 MB gzip file can expand to 6 GiB, so inflation stops at this size.
 */
export const MAX_PAGE_BYTES = 32 * 1024 * 1024;

const megabytes = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

/** The file's bytes, inflated when gzipped, never more than `maxBytes` in memory. */
export function readArticleBytes(file: string, gzipped: boolean, maxBytes = MAX_PAGE_BYTES): Buffer {
  let bytes: Buffer;
  try {
    if (statSync(file).size > maxBytes) {
      throw new UnreadableFile(file, `larger than ${megabytes(maxBytes)}, too big for an article page`);
    }
    bytes = readFileSync(file);
  } catch (error) {
    if (error instanceof UnreadableFile) throw error;
    const reason = describeFsError(error);
    throw new UnreadableFile(file, reason, `cannot read ${file}: ${reason}`);
  }
  if (!gzipped) return bytes;
  try {
    // zlib stops and throws as soon as the output would pass the limit.
    return gunzipSync(bytes, { maxOutputLength: maxBytes });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
      throw new UnreadableFile(file, `expands to more than ${megabytes(maxBytes)}, too big for an article page`);
    }
    throw new UnreadableFile(file, 'not a valid gzip file');
  }
}
