// FNV-1a 64's offset basis and prime, as four 16-bit limbs (lowest first): the hash is computed
// in plain numbers, since BigInt arithmetic allocated a value per byte (the file import hashes
// every page twice; BigInt made it 4% of the import's main thread and much of its garbage).
const OFFSET = [0x2325, 0x8422, 0x9ce4, 0xcbf2];
// The prime 0x100000001b3 is 2^40 + 0x1b3: times the low part, plus the hash shifted by 40 bits.
const PRIME_LOW = 0x1b3;

/**
 * FNV-1a 64 of the text with case and whitespace normalised, as 16 hex digits: the same
 * report copied with other line breaks or spacing hashes alike. Stable across runs and
 * machines, so it can be stored and compared later; not a cryptographic hash.
 */
export function contentHash(text: string): string {
  const normalised = text.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
  const bytes = new TextEncoder().encode(normalised);
  let [h0, h1, h2, h3] = OFFSET as [number, number, number, number];
  for (let i = 0; i < bytes.length; i++) {
    h0 ^= bytes[i]!;
    // Each limb times 0x1b3, the limbs two up gain the low ones shifted by 8 (2^40 = 2^32 * 2^8),
    // then carries go up: every sum stays below 2^31.
    const t0 = h0 * PRIME_LOW;
    const t1 = h1 * PRIME_LOW + (t0 >>> 16);
    const t2 = h2 * PRIME_LOW + (h0 << 8) + (t1 >>> 16);
    const t3 = h3 * PRIME_LOW + (h1 << 8) + (t2 >>> 16);
    h0 = t0 & 0xffff;
    h1 = t1 & 0xffff;
    h2 = t2 & 0xffff;
    h3 = t3 & 0xffff;
  }
  return [h3, h2, h1, h0].map((limb) => limb.toString(16).padStart(4, '0')).join('');
}
