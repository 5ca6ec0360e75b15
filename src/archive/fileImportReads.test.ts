import { afterEach, describe, expect, test, vi } from 'vitest';
import { GroupedReads } from './fileImportReads';

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const files = (n: number) => Array.from({ length: n }, (_, i) => new Blob([`file ${i} `.repeat(i + 1)]));

describe('reading a folder’s files several to a read', () => {
  afterEach(() => vi.restoreAllMocks());

  test('each file’s bytes as it holds them, in far fewer reads than files', async () => {
    const chosen = files(70);
    const reads = vi.spyOn(Blob.prototype, 'arrayBuffer');
    const grouped = new GroupedReads(chosen);
    for (let i = 0; i < chosen.length; i++) expect(text(await grouped.read(i))).toBe(`file ${i} `.repeat(i + 1));
    // 32 files a read at most: 70 files in 3 reads.
    expect(reads).toHaveBeenCalledTimes(3);
  });

  test('a file that may not join a group (a bundle) is read on its own, and the group stops before it', async () => {
    const chosen = files(6);
    const reads = vi.spyOn(Blob.prototype, 'arrayBuffer');
    const grouped = new GroupedReads(chosen, (i) => i !== 3);
    const got = [];
    for (const i of [0, 1, 2, 4, 5]) got.push(text(await grouped.read(i)));
    expect(got).toEqual([0, 1, 2, 4, 5].map((i) => `file ${i} `.repeat(i + 1)));
    // 0–2 together, then 4–5 together.
    expect(reads).toHaveBeenCalledTimes(2);
  });

  test('a large file is read alone', async () => {
    const big = new Blob([new Uint8Array(1_500_000).fill(65)]);
    const chosen = [files(1)[0]!, big, files(2)[1]!];
    const reads = vi.spyOn(Blob.prototype, 'arrayBuffer');
    const grouped = new GroupedReads(chosen);
    expect((await grouped.read(0)).length).toBe(chosen[0]!.size);
    expect((await grouped.read(1)).length).toBe(1_500_000);
    expect(text(await grouped.read(2))).toBe('file 1 file 1 ');
    expect(reads).toHaveBeenCalledTimes(3);
  });

  test('a file that cannot be read fails alone: the others of its group are read one by one', async () => {
    const chosen: Blob[] = files(4);
    // Moved or deleted after it was chosen: its size is known, its bytes cannot be read.
    const gone = { size: 10, arrayBuffer: () => Promise.reject(new Error('NotReadableError')) } as unknown as Blob;
    chosen.splice(2, 0, gone);
    const grouped = new GroupedReads(chosen);
    const outcomes = await Promise.allSettled(chosen.map((_, i) => grouped.read(i)));
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'fulfilled', 'fulfilled']);
    expect(outcomes.filter((o) => o.status === 'fulfilled').map((o) => text((o as PromiseFulfilledResult<Uint8Array>).value))).toEqual([0, 1, 2, 3].map((i) => `file ${i} `.repeat(i + 1)));
  });
});
