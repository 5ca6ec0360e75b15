/**
 * IndexedDB keys as bytes whose plain byte order (SQLite's BLOB order, memcmp) is IndexedDB's
 * key order: numbers < dates < strings < binary < arrays, numbers by value, strings by UTF-16
 * code unit, arrays element by element with a shorter prefix first. The store's rows are then
 * found, ranged and sorted by SQLite's own B-tree, never by JavaScript comparisons.
 */
export type IdbKey = number | Date | string | ArrayBuffer | ArrayBufferView | IdbKey[];

const NUMBER = 0x10;
const DATE = 0x20;
const STRING = 0x30;
const BINARY = 0x40;
const ARRAY = 0x50;
/** Ends a string, a binary or an array: below every byte they hold, so a prefix sorts first. */
const END = 0x00;

export function encodeKey(key: IdbKey): Uint8Array {
  const out: number[] = [];
  write(key, out);
  return Uint8Array.from(out);
}

function write(key: IdbKey, out: number[]): void {
  if (typeof key === 'number') return writeNumber(NUMBER, key, out);
  if (typeof key === 'string') return writeString(key, out);
  if (key instanceof Date) return writeNumber(DATE, key.getTime(), out);
  if (Array.isArray(key)) {
    out.push(ARRAY);
    for (const part of key) write(part, out);
    out.push(END);
    return;
  }
  const bytes = ArrayBuffer.isView(key)
    ? new Uint8Array(key.buffer, key.byteOffset, key.byteLength)
    : new Uint8Array(key);
  out.push(BINARY);
  // 0x00 is escaped as 0x00 0xff, so the end mark (0x00 0x00) sorts below any byte that follows.
  for (const byte of bytes) byte === 0 ? out.push(0, 0xff) : out.push(byte);
  out.push(END, END);
}

/** IEEE 754 bits made sortable: negatives have every bit flipped, positives only the sign. */
function writeNumber(tag: number, value: number, out: number[]): void {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, value === 0 ? 0 : value);
  const negative = (view.getUint8(0) & 0x80) !== 0;
  out.push(tag);
  for (let i = 0; i < 8; i++) out.push(negative ? view.getUint8(i) ^ 0xff : i === 0 ? view.getUint8(i) ^ 0x80 : view.getUint8(i));
}

/**
 * Each UTF-16 code unit plus one, written as UTF-8 writes a code point (1 to 3 bytes): byte
 * order follows code-unit order, no byte is zero, and ASCII costs one byte.
 */
function writeString(text: string, out: number[]): void {
  out.push(STRING);
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i) + 1;
    if (unit < 0x80) out.push(unit);
    else if (unit < 0x800) out.push(0xc0 | (unit >> 6), 0x80 | (unit & 0x3f));
    else if (unit < 0x10000) out.push(0xe0 | (unit >> 12), 0x80 | ((unit >> 6) & 0x3f), 0x80 | (unit & 0x3f));
    else out.push(0xf0 | (unit >> 18), 0x80 | ((unit >> 12) & 0x3f), 0x80 | ((unit >> 6) & 0x3f), 0x80 | (unit & 0x3f));
  }
  out.push(END);
}

/** Decoding is synchronous: one scratch view serves every number. */
const scratch = new DataView(new ArrayBuffer(8));

export function decodeKey(bytes: Uint8Array): IdbKey {
  const reader = { bytes, at: 0 };
  return read(reader);
}

function read(r: { bytes: Uint8Array; at: number }): IdbKey {
  const tag = r.bytes[r.at++];
  if (tag === NUMBER || tag === DATE) {
    const negative = (r.bytes[r.at]! & 0x80) === 0;
    for (let i = 0; i < 8; i++) {
      const byte = r.bytes[r.at + i]!;
      scratch.setUint8(i, negative ? byte ^ 0xff : i === 0 ? byte ^ 0x80 : byte);
    }
    r.at += 8;
    const value = scratch.getFloat64(0);
    return tag === DATE ? new Date(value) : value;
  }
  if (tag === STRING) {
    const units: number[] = [];
    for (let b = r.bytes[r.at++]!; b !== END; b = r.bytes[r.at++]!) {
      let unit: number;
      if (b < 0x80) unit = b;
      else if (b < 0xe0) unit = ((b & 0x1f) << 6) | (r.bytes[r.at++]! & 0x3f);
      else if (b < 0xf0) unit = ((b & 0x0f) << 12) | ((r.bytes[r.at++]! & 0x3f) << 6) | (r.bytes[r.at++]! & 0x3f);
      else unit = ((b & 0x07) << 18) | ((r.bytes[r.at++]! & 0x3f) << 12) | ((r.bytes[r.at++]! & 0x3f) << 6) | (r.bytes[r.at++]! & 0x3f);
      units.push(unit - 1);
    }
    let text = '';
    for (let i = 0; i < units.length; i += 4096) text += String.fromCharCode(...units.slice(i, i + 4096));
    return text;
  }
  if (tag === BINARY) {
    const out: number[] = [];
    for (;;) {
      const b = r.bytes[r.at++]!;
      if (b !== 0) { out.push(b); continue; }
      if (r.bytes[r.at++] === END) break;
      out.push(0);
    }
    return Uint8Array.from(out).buffer;
  }
  if (tag === ARRAY) {
    const parts: IdbKey[] = [];
    while (r.bytes[r.at] !== END) parts.push(read(r));
    r.at++;
    return parts;
  }
  throw new Error(`archive store: unknown key tag ${tag}`);
}
