// <?xml ... encoding="windows-1251"?>, <meta charset="koi8-r">, <meta http-equiv content="...; charset=...">
const DECLARED = /(?:encoding|charset)\s*=\s*["']?\s*([\w.:-]+)/i;

/**
 * The text of a fetched feed or page. The charset comes from the Content-Type header, else a
 * byte-order mark, else what the document declares in its first bytes (an XML declaration or
 * a meta tag: windows-1251 and koi8-r are still met on Russian and Ukrainian sites), else UTF-8.
 */
export function decodeBody(bytes: Uint8Array, contentType: string | null): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return decodeAs('utf-8', bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeAs('utf-16le', bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeAs('utf-16be', bytes.subarray(2));
  const fromHeader = /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType ?? '')?.[1];
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const declared = fromHeader ?? DECLARED.exec(head)?.[1];
  return decodeAs(declared ?? 'utf-8', bytes);
}

function decodeAs(label: string, bytes: Uint8Array): string {
  try {
    return new TextDecoder(label).decode(bytes);
  } catch {
    // A label TextDecoder does not know: read as UTF-8, as a browser falls back.
    return new TextDecoder('utf-8').decode(bytes);
  }
}
