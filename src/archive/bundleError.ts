/** A bundle file that cannot be imported; the message says why in words a reader can act on. */
export class BundleError extends Error {
  override name = 'BundleError';
}
