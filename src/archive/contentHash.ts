const FNV_OFFSET = 0xcbf29ce484222325n;
const FNV_PRIME = 0x100000001b3n;
const MASK_64 = 0xffffffffffffffffn;

/**
 * FNV-1a 64 of the text with case and whitespace normalised, as 16 hex digits: the same
 * report copied with other line breaks or spacing hashes alike. Stable across runs and
 * machines, so it can be stored and compared later; not a cryptographic hash.
 */
export function contentHash(text: string): string {
  const normalised = text.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
  const bytes = new TextEncoder().encode(normalised);
  let hash = FNV_OFFSET;
  for (const byte of bytes) {
    hash ^= BigInt(byte);
    hash = (hash * FNV_PRIME) & MASK_64;
  }
  return hash.toString(16).padStart(16, '0');
}
