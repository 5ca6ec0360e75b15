/** One JSON-LD node, as loosely typed as pages write them. */
export type JsonLdNode = Record<string, unknown>;

/** schema.org types that mean "this page is one article". */
export const ARTICLE_TYPES = new Set([
  'Article',
  'NewsArticle',
  'ReportageNewsArticle',
  'AnalysisNewsArticle',
  'BackgroundNewsArticle',
  'OpinionNewsArticle',
  'ReviewNewsArticle',
  'AskPublicNewsArticle',
  'BlogPosting',
  'LiveBlogPosting',
  'Report',
  'SatiricalArticle',
  'TechArticle',
  'ScholarlyArticle',
]);

function isNode(value: unknown): value is JsonLdNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parseLoosely(source: string): unknown {
  // Pages wrap JSON-LD in CDATA or HTML comments, or leave a trailing semicolon.
  const cleaned = source
    .replace(/^\s*(?:<!\[CDATA\[|<!--)/u, '')
    .replace(/(?:\]\]>|-->)\s*$/u, '')
    .trim()
    .replace(/;\s*$/u, '');
  try {
    return JSON.parse(cleaned);
  } catch {
    return null;
  }
}

function collect(value: unknown, into: JsonLdNode[], depth: number): void {
  if (depth > 4) return;
  if (Array.isArray(value)) {
    for (const item of value) collect(item, into, depth + 1);
    return;
  }
  if (!isNode(value)) return;
  into.push(value);
  collect(value['@graph'], into, depth + 1);
  collect(value['mainEntity'], into, depth + 1);
}

/** All JSON-LD nodes of the page, with @graph and arrays flattened; unparseable blocks skipped. */
export function readJsonLd(doc: Document): JsonLdNode[] {
  const nodes: JsonLdNode[] = [];
  for (const script of doc.querySelectorAll('script[type]')) {
    if (!/ld\+json/iu.test(script.getAttribute('type') ?? '')) continue;
    collect(parseLoosely(script.textContent ?? ''), nodes, 0);
  }
  return nodes;
}

/** The node's @type values, without any "schema:" or URL prefix. */
export function jsonLdTypes(node: JsonLdNode): string[] {
  const raw = node['@type'];
  const list = Array.isArray(raw) ? raw : [raw];
  return list
    .filter((type): type is string => typeof type === 'string')
    .map((type) => type.replace(/^.*[/:#]/u, ''));
}

/** The first node typed as an article (NewsArticle and kin), or null. */
export function findArticleNode(nodes: JsonLdNode[]): JsonLdNode | null {
  return nodes.find((node) => jsonLdTypes(node).some((type) => ARTICLE_TYPES.has(type))) ?? null;
}
