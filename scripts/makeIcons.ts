// Draws Backstory's toolbar icon (a page of text with a timeline bar beside it) as PNGs at the
// sizes the manifests need, into public/icon/. Run: npx tsx scripts/makeIcons.ts
// Written as code rather than exported from a drawing tool so the icon is reproducible here.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { deflateSync } from 'node:zlib';

const SIZES = [16, 32, 48, 96, 128];
const RUST = [138, 59, 18];
const WHITE = [255, 255, 255];

/** Coverage of pixel (x, y) by the shape at a 4x4 subsample, for smooth edges. */
function coverage(size: number, x: number, y: number, inside: (u: number, v: number) => boolean): number {
  let hits = 0;
  for (let i = 0; i < 4; i++) for (let j = 0; j < 4; j++) if (inside((x + (i + 0.5) / 4) / size, (y + (j + 0.5) / 4) / size)) hits++;
  return hits / 16;
}

function roundedSquare(u: number, v: number): boolean {
  const r = 0.2;
  const cx = Math.min(Math.max(u, r), 1 - r);
  const cy = Math.min(Math.max(v, r), 1 - r);
  return (u - cx) ** 2 + (v - cy) ** 2 <= r * r && u >= 0 && v >= 0 && u <= 1 && v <= 1;
}

function glyph(u: number, v: number): boolean {
  const timeline = u >= 0.2 && u <= 0.29 && v >= 0.2 && v <= 0.8;
  const lines = [0.24, 0.42, 0.6].some((top, index) => v >= top && v <= top + 0.1 && u >= 0.38 && u <= (index === 2 ? 0.66 : 0.8));
  return timeline || lines;
}

function crc32(bytes: Buffer): number {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(size: number): Buffer {
  const rows: Buffer[] = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let x = 0; x < size; x++) {
      const shape = coverage(size, x, y, roundedSquare);
      const mark = coverage(size, x, y, glyph);
      const color = RUST.map((channel, i) => Math.round(channel * (1 - mark) + WHITE[i]! * mark));
      row.set([...color, Math.round(shape * 255)], 1 + x * 4);
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const outDir = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../public/icon');
mkdirSync(outDir, { recursive: true });
for (const size of SIZES) writeFileSync(path.join(outDir, `${size}.png`), png(size));
console.log(`icons written to ${outDir}`);
