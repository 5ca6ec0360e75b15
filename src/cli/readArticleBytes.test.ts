import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { readArticleBytes } from './readArticleBytes';

const dir = mkdtempSync(join(tmpdir(), 'backstory-bytes-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const MB = 1024 * 1024;
const PAGE = '<html><body><article><h1>Putin in Minsk</h1><p>Vladimir Putin met Alexander Lukashenko in Minsk on Monday.</p></article></body></html>';

function reason(file: string, gzipped: boolean, maxBytes: number): string {
  try {
    readArticleBytes(file, gzipped, maxBytes);
  } catch (error) {
    return (error as Error).message;
  }
  return 'accepted';
}

describe('readArticleBytes', () => {
  it('inflates a gzipped page', () => {
    const file = join(dir, 'minsk.html.gz');
    writeFileSync(file, gzipSync(PAGE));
    expect(readArticleBytes(file, true, MB).toString('utf8')).toBe(PAGE);
  });

  it('stops inflating a gzip bomb at the limit: 200 MB of zeros under a 1 MB cap', () => {
    // Gzip members may be concatenated: 25 copies of 8 MB of zeros inflate to 200 MB.
    const member = gzipSync(Buffer.alloc(8 * MB));
    const file = join(dir, 'bomb.html.gz');
    writeFileSync(file, Buffer.concat(Array.from({ length: 25 }, () => member)));
    const before = process.memoryUsage().arrayBuffers;
    expect(reason(file, true, MB)).toBe(`${file}: expands to more than 1 MB, too big for an article page`);
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(50 * MB);
  });

  it('refuses a plain page over the limit without reading it, and a broken gzip file', () => {
    const big = join(dir, 'big.html');
    writeFileSync(big, PAGE.repeat(Math.ceil((2 * MB) / PAGE.length)));
    expect(reason(big, false, MB)).toBe(`${big}: larger than 1 MB, too big for an article page`);
    const broken = join(dir, 'broken.html.gz');
    writeFileSync(broken, gzipSync(PAGE).subarray(0, 20));
    expect(reason(broken, true, MB)).toBe(`${broken}: not a valid gzip file`);
    expect(reason(join(dir, 'none.html'), false, MB)).toBe(`cannot read ${join(dir, 'none.html')}: no such file`);
  });
});
