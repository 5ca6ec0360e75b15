import { Unzip, UnzipInflate, UnzipPassThrough, type UnzipFile } from 'fflate';

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const TABLE_FILE = /\.(csv|tsv|txt)$/i;

/**
 * The text of a dataset file arriving as bytes, in chunks, UTF-8 (a byte-order mark dropped).
 * A zip (GDELT publishes its exports zipped, ACLED's downloads come zipped with a readme) is
 * inflated as it streams and its first .csv/.tsv/.txt entry read, so a zipped file never sits
 * whole in memory either.
 */
export async function* textChunks(bytes: AsyncIterable<Uint8Array>): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8');
  const iterator = bytes[Symbol.asyncIterator]();
  const first = await iterator.next();
  if (first.done) return;
  const rest: AsyncIterable<Uint8Array> = { [Symbol.asyncIterator]: () => iterator };
  const isZip = ZIP_MAGIC.every((byte, i) => first.value[i] === byte);
  const plain = isZip ? unzipped(first.value, rest) : prepend(first.value, rest);
  for await (const chunk of plain) {
    const text = decoder.decode(chunk, { stream: true });
    if (text) yield text;
  }
  const tail = decoder.decode();
  if (tail) yield tail;
}

async function* prepend(first: Uint8Array, rest: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  yield first;
  yield* rest;
}

async function* unzipped(first: Uint8Array, rest: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  const out: Uint8Array[] = [];
  let chosen: UnzipFile | null = null;
  let done = false;
  let failure: Error | null = null;
  const unzip = new Unzip((file) => {
    if (chosen || !TABLE_FILE.test(file.name)) return;
    chosen = file;
    file.ondata = (error, data, final) => {
      if (error) failure = error;
      else if (file === chosen) { out.push(data); if (final) done = true; }
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  unzip.register(UnzipPassThrough);
  for await (const chunk of prepend(first, rest)) {
    unzip.push(chunk);
    if (failure) throw failure;
    while (out.length > 0) yield out.shift()!;
  }
  unzip.push(new Uint8Array(0), true);
  if (failure) throw failure;
  yield* out;
  if (!chosen) throw new Error('the zip holds no .csv, .tsv or .txt file');
  if (!done) throw new Error('the zip ends before its file does (truncated download?)');
}
