// Reads one document of a WMT test set, as the WMT conference publishes it: an XML file whose
// <doc id="…"> holds the original text in <src lang="…">, split into <p> paragraphs of <seg>
// sentences, followed by references and system outputs (translations, which are skipped). The
// locator names the document. When the document opens with its headline, that first segment is
// the title; otherwise the lead sentence serves as the title and stays in the text.
import type { RawArticle } from './types';

export interface WmtXmlDocLocator {
  doc: string;
  /** The first segment is the headline (not repeated in the text). */
  headline?: boolean;
  /** Each segment is a paragraph of its own (news split at line breaks), not a sentence. */
  segmentsAreParagraphs?: boolean;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (whole, name: string) => {
    if (name.startsWith('#x')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
    return ENTITIES[name] ?? whole;
  });
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function read(blob: Buffer, locator: unknown): RawArticle {
  const loc = locator as WmtXmlDocLocator;
  const xml = blob.toString('utf8');
  const start = new RegExp(`<doc\\b[^>]*\\bid="${escapeRegExp(loc.doc)}"[^>]*>`).exec(xml);
  if (!start) throw new Error(`wmtXmlDoc: no document ${loc.doc}`);
  const body = xml.slice(start.index + start[0].length, xml.indexOf('</doc>', start.index));
  const src = /<src\b[^>]*>([\s\S]*?)<\/src>/.exec(body);
  if (!src) throw new Error(`wmtXmlDoc: document ${loc.doc} has no source side`);
  const paragraphs = [...(src[1] ?? '').matchAll(/<p\b[^>]*>([\s\S]*?)<\/p>/g)].map((p) =>
    [...(p[1] ?? '').matchAll(/<seg\b[^>]*>([\s\S]*?)<\/seg>|<seg\b[^>]*\/>/g)].map((s) => unescapeXml(s[1] ?? '').trim()),
  );
  const first = paragraphs.find((p) => p.length)?.[0];
  if (!first) throw new Error(`wmtXmlDoc: document ${loc.doc} is empty`);
  if (loc.headline) paragraphs.find((p) => p.length)!.shift();
  const join = (segments: string[]) => (loc.segmentsAreParagraphs ? segments.join('\n\n') : segments.join(' '));
  const text = paragraphs
    .map((p) => join(p.filter((s) => s !== '')))
    .filter((p) => p !== '')
    .join('\n\n');
  return { title: first, text };
}
