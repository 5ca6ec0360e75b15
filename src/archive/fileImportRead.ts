// Reading one chosen file for the archive page's file and folder import: which kind it is by its
// name, and its text, decoded as a browser would and refused in words when it cannot be an
// article (too large, binary, a broken gzip). Browser APIs only (Blob, DecompressionStream,
// TextDecoder), so the same code runs in the extension page and in Node's tests.

/** The most bytes a page may have, on disk or once inflated (the command line's limit too). */
export const MAX_PAGE_BYTES = 32 * 1024 * 1024;

/** What the import does with a file: a page, a plain-text article, a Backstory bundle. */
export type ImportKind = 'html' | 'html.gz' | 'txt' | 'bundle';

/** Why a file was left out, as the reader's list groups them. */
export type SkipKind = 'not_topical' | 'not_article' | 'duplicate' | 'unreadable' | 'too_large';

/** Thrown for a file the import leaves out; the import goes on with the next. */
export class FileSkipped extends Error {
  override name = 'FileSkipped';
  constructor(
    readonly kind: SkipKind,
    readonly reason: string,
  ) {
    super(reason);
  }
}

/** The kind of a file by its name; null for anything else a saved page's folder holds (images, scripts, styles). */
export function importKindOf(name: string): ImportKind | null {
  const lower = name.toLowerCase();
  if (/\.html?\.gz$/.test(lower)) return 'html.gz';
  if (/\.(html?|xhtml)$/.test(lower)) return 'html';
  if (lower.endsWith('.txt')) return 'txt';
  if (lower.endsWith('.json')) return 'bundle';
  return null;
}

const megabytes = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;
/** More than this share of characters undecodable or control codes: not text. */
const MAX_BAD_SHARE = 0.02;
const CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)/i;

/**
 * The bytes of a page or a text file, inflated when gzipped, never more than `maxBytes` held.
 * `read` gives the file's bytes (a folder import reads several files at once: fileImportReads.ts).
 */
export async function readPageBytes(
  file: Blob,
  kind: ImportKind,
  maxBytes = MAX_PAGE_BYTES,
  read: () => Promise<Uint8Array> = async () => new Uint8Array(await file.arrayBuffer()),
): Promise<Uint8Array> {
  if (file.size > maxBytes) throw new FileSkipped('too_large', `larger than ${megabytes(maxBytes)}, too big for an article page`);
  let bytes: Uint8Array;
  try {
    bytes = await read();
  } catch {
    throw new FileSkipped('unreadable', 'could not be read (was it moved or deleted?)');
  }
  return kind === 'html.gz' ? inflate(bytes, maxBytes) : bytes;
}

/** gunzip through the browser's own stream, stopped as soon as the output passes the limit (a gzip bomb). */
async function inflate(bytes: Uint8Array, maxBytes: number): Promise<Uint8Array> {
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream('gzip'));
  const reader = stream.getReader();
  const parts: Uint8Array[] = [];
  let length = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      length += value.length;
      if (length > maxBytes) {
        await reader.cancel().catch(() => undefined);
        throw new FileSkipped('too_large', `expands to more than ${megabytes(maxBytes)}, too big for an article page`);
      }
      parts.push(value);
    }
  } catch (error) {
    if (error instanceof FileSkipped) throw error;
    throw new FileSkipped('unreadable', 'not a valid gzip file');
  }
  return concatBytes(parts);
}

/** Pieces of bytes as one array. */
export function concatBytes(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/**
 * The text of a page or a text file: UTF-16 by its byte-order mark, else the charset an HTML
 * page declares (windows-1251 is common on Russian sites), else UTF-8. Bytes that cannot be
 * text (NUL bytes, a share of undecodable characters) are refused, or an image renamed .txt
 * would be stored with a garbage title.
 */
export function decodePageText(bytes: Uint8Array, html: boolean): string {
  if (bytes.length === 0) throw new FileSkipped('unreadable', 'empty file');
  const text = decode(bytes, html);
  if (text === null) throw new FileSkipped('unreadable', 'binary file (it contains NUL bytes), not a text or HTML page');
  let bad = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code === 0xfffd || (code < 0x20 && code !== 9 && code !== 10 && code !== 12 && code !== 13) || (code >= 0x7f && code < 0xa0)) bad += 1;
  }
  if (bad > text.length * MAX_BAD_SHARE) {
    throw new FileSkipped('unreadable', `not text: ${Math.round((bad / text.length) * 100)}% of its characters are neither UTF-8 nor in an encoding the page declares`);
  }
  if (text.trim() === '') throw new FileSkipped('unreadable', 'nothing but white space');
  return text;
}

function decode(bytes: Uint8Array, html: boolean): string | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  if (bytes.includes(0)) return null;
  const declared = html ? CHARSET.exec(new TextDecoder('latin1').decode(bytes.subarray(0, 4096)))?.[1] : undefined;
  if (declared) {
    try {
      return new TextDecoder(declared).decode(bytes);
    } catch {
      // a label TextDecoder does not know: read as UTF-8, as a browser falls back
    }
  }
  return new TextDecoder('utf-8').decode(bytes);
}

/**
 * A Blob's text in pieces (UTF-8), read afresh on each call: a large bundle never becomes one
 * string. `unreadable` is what a failed read throws (the file was moved or deleted meanwhile).
 */
export function blobText(file: Blob, unreadable: () => Error): () => AsyncIterable<string> {
  return async function* () {
    const reader = file.stream().pipeThrough(new TextDecoderStream()).getReader();
    try {
      for (;;) {
        let next: ReadableStreamReadResult<string>;
        try {
          next = await reader.read();
        } catch {
          throw unreadable();
        }
        if (next.done) return;
        yield next.value;
      }
    } finally {
      reader.releaseLock();
    }
  };
}
