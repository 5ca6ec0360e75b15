// Reads one article kept as a Markdown file (a static site's post, a saved page). The whole file
// is the article: front matter gives the title when it has one, otherwise the locator does.
// Markdown syntax is reduced to the words a reader sees (link text, not the address; no images,
// emphasis marks or escapes), so that quotes copied from the article are found in the text.
import type { RawArticle } from './types';

export interface MarkdownFileLocator {
  title?: string;
}

function frontMatter(source: string): { fields: Record<string, string>; body: string } {
  const match = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*\r?\n/.exec(source);
  if (!match) return { fields: {}, body: source };
  const fields: Record<string, string> = {};
  for (const line of (match[1] ?? '').split(/\r?\n/)) {
    const [, key, value] = /^([A-Za-z_][\w-]*):\s*(.*)$/.exec(line) ?? [];
    if (key !== undefined && value !== undefined) fields[key] = value.trim().replace(/^(["'])(.*)\1$/, '$2');
  }
  return { fields, body: source.slice(match[0].length) };
}

export function plainText(markdown: string): string {
  return markdown
    .replace(/<[^>]+>/g, ' ')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[!\[[^\]]*\]\([^)]*\)\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!])/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/^#{1,6}\s*/gm, '')
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n');
}

export function read(blob: Buffer, locator: unknown): RawArticle {
  const loc = (locator ?? {}) as MarkdownFileLocator;
  const { fields, body } = frontMatter(blob.toString('utf8').replace(/^\uFEFF/, ''));
  const title = loc.title ?? fields.title;
  if (!title) throw new Error('markdownFile: no title in the front matter or the locator');
  return { title, text: plainText(body) };
}
