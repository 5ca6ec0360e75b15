import Dexie from 'dexie';

/**
 * A sentence for the reader when the archive cannot be written, or null when the error is not
 * one the reader can act on (then show it as it is). Dexie wraps the browser's quota error,
 * and some browsers report it only through the inner error, so both are checked.
 */
export function describeStorageError(error: unknown, lost = 'the article was not saved'): string | null {
  if (isQuotaError(error)) {
    return (
      `Your browser's storage is full: ${lost}. Delete old articles, or ` +
      'export the archive and clear it, then try again.'
    );
  }
  if (error instanceof Dexie.DatabaseClosedError || error instanceof Dexie.InvalidStateError) {
    return 'The archive could not be opened (the browser may be in private mode or its storage turned off).';
  }
  return null;
}

export function isQuotaError(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; current && depth < 4; depth += 1) {
    const name = (current as { name?: unknown }).name;
    if (name === 'QuotaExceededError' || name === Dexie.errnames.QuotaExceeded) return true;
    current = (current as { inner?: unknown }).inner;
  }
  return false;
}
