import { UnreadableFile } from './unreadableFile';

// Bytes that cannot be an article are refused before analysis, or an image or an archive renamed
// .txt would be stored with a garbage title. Text may come in UTF-8, in UTF-16 with its byte-order
// mark, or in a legacy encoding an HTML page declares (windows-1251 is common on Russian sites).

/** More than this share of characters undecodable or control codes: not text. */
const MAX_BAD_SHARE = 0.02;
const CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)/i;

export function decodeArticleText(file: string, bytes: Buffer, html: boolean): string {
  if (bytes.length === 0) throw new UnreadableFile(file, 'empty file');
  const text = decode(bytes, html);
  if (text === null) {
    throw new UnreadableFile(file, 'binary file (it contains NUL bytes), not a text or HTML page');
  }
  let bad = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code === 0xfffd || (code < 0x20 && code !== 9 && code !== 10 && code !== 12 && code !== 13) || (code >= 0x7f && code < 0xa0)) {
      bad += 1;
    }
  }
  if (bad > text.length * MAX_BAD_SHARE) {
    const share = Math.round((bad / text.length) * 100);
    throw new UnreadableFile(
      file,
      `not text: ${share}% of its characters are neither UTF-8 nor in an encoding the page declares (a binary file?)`,
    );
  }
  if (text.trim() === '') throw new UnreadableFile(file, 'nothing but white space');
  return text;
}

/** The text, or null for bytes with NUL bytes and no UTF-16 byte-order mark. */
function decode(bytes: Buffer, html: boolean): string | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  if (bytes.includes(0)) return null;
  const declared = html ? CHARSET.exec(bytes.subarray(0, 4096).toString('latin1'))?.[1] : undefined;
  if (declared) {
    try {
      return new TextDecoder(declared).decode(bytes);
    } catch {
      // a label TextDecoder does not know: read it as UTF-8 like a browser falling back
    }
  }
  return new TextDecoder('utf-8').decode(bytes);
}
