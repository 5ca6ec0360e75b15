import { parse } from 'txml/txml';
import { parseFeedDate } from './feedDate';

/** One entry of a feed: the page it points to. */
export interface FeedItem {
  /** What identifies the entry in its feed: its guid or id, else its link. */
  key: string;
  /** The page, absolute. */
  url: string;
  title: string;
  /** ISO 8601, or null when the feed gives no date Backstory can read. */
  publishedAt: string | null;
}

export interface ParsedFeed {
  kind: 'rss' | 'atom' | 'rdf';
  title: string;
  items: FeedItem[];
}

export class FeedFormatError extends Error {}

interface XmlNode {
  tagName: string;
  attributes: Record<string, string | null>;
  children: (XmlNode | string)[];
}

/** Names without their namespace prefix, lower case: "atom:link" and "link" are both links. */
const local = (node: XmlNode) => node.tagName.slice(node.tagName.indexOf(':') + 1).toLowerCase();
const elements = (node: XmlNode) => node.children.filter((child): child is XmlNode => typeof child !== 'string');
const childrenNamed = (node: XmlNode, name: string) => elements(node).filter((child) => local(child) === name);
const textOf = (node: XmlNode | undefined): string =>
  node ? node.children.map((child) => (typeof child === 'string' ? child : textOf(child))).join('').trim() : '';
const firstText = (node: XmlNode, ...names: string[]) => {
  for (const name of names) {
    const text = textOf(childrenNamed(node, name)[0]);
    if (text) return text;
  }
  return '';
};

function absolute(href: string, base: string): string | null {
  // An empty link would resolve to the feed itself.
  if (href.trim() === '') return null;
  try {
    const url = new URL(href, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** xml:base on an element changes the base of the links inside it (Atom uses it). */
const baseOf = (node: XmlNode, base: string) => absolute(node.attributes['xml:base'] ?? '', base) ?? base;

/**
 * Reads an RSS 2.0, RSS 1.0 (RDF) or Atom feed: its title and each entry's page, key, title and
 * date. Links are made absolute against the feed's address (and xml:base); entries without a
 * web page are left out. Throws FeedFormatError for a document that is no feed.
 */
export function parseFeed(xml: string, feedUrl: string): ParsedFeed {
  let nodes: (XmlNode | string)[];
  try {
    // Without noChildNodes txml takes <link> for HTML's empty element and loses RSS links.
    nodes = parse(xml.replace(/^\uFEFF/, ''), { noChildNodes: [], decodeEntities: true }) as (XmlNode | string)[];
  } catch (error) {
    throw new FeedFormatError(`not well-formed XML (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`);
  }
  const root = nodes.find((node): node is XmlNode => typeof node !== 'string' && !node.tagName.startsWith('?') && !node.tagName.startsWith('!'));
  if (!root) throw new FeedFormatError('empty: no XML element in it');
  const kind = local(root);
  const base = baseOf(root, feedUrl);
  if (kind === 'feed') {
    return { kind: 'atom', title: firstText(root, 'title'), items: childrenNamed(root, 'entry').flatMap((entry) => atomItem(entry, base)) };
  }
  if (kind === 'rss' || kind === 'rdf') {
    const channel = childrenNamed(root, 'channel')[0];
    if (!channel) throw new FeedFormatError('an RSS document without a channel');
    // RSS 2.0 nests items in the channel, RSS 1.0 puts them beside it.
    const items = [...childrenNamed(channel, 'item'), ...childrenNamed(root, 'item')];
    return { kind: kind === 'rss' ? 'rss' : 'rdf', title: firstText(channel, 'title'), items: items.flatMap((item) => rssItem(item, baseOf(channel, base))) };
  }
  throw new FeedFormatError(`not an RSS or Atom feed (its root element is <${root.tagName}>)`);
}

function rssItem(item: XmlNode, base: string): FeedItem[] {
  // A guid marked isPermaLink (the default) is the page's address when there is no link.
  const guidNode = childrenNamed(item, 'guid')[0];
  const guid = textOf(guidNode);
  const permalink = guidNode && guidNode.attributes.isPermaLink !== 'false' ? guid : '';
  const atomLink = childrenNamed(item, 'link').find((link) => link.attributes.href)?.attributes.href ?? '';
  const url = absolute(firstText(item, 'link') || atomLink || permalink, base);
  if (!url) return [];
  return [{ key: guid || url, url, title: plain(firstText(item, 'title')), publishedAt: dateOf(item, 'pubdate', 'date', 'published', 'updated') }];
}

function atomItem(entry: XmlNode, feedBase: string): FeedItem[] {
  const base = baseOf(entry, feedBase);
  const links = childrenNamed(entry, 'link');
  // rel="alternate" (the default) is the page; "self", "edit", "enclosure" are not.
  const page = links.find((link) => (link.attributes.rel ?? 'alternate') === 'alternate' && link.attributes.href) ?? links.find((link) => link.attributes.href);
  const url = absolute(page?.attributes.href ?? '', base);
  if (!url) return [];
  return [{ key: firstText(entry, 'id') || url, url, title: plain(firstText(entry, 'title')), publishedAt: dateOf(entry, 'published', 'updated', 'issued', 'date') }];
}

/** Titles of type html (Atom) or with markup escaped in them, as plain text. */
const plain = (title: string) => title.replace(/<[^>]*>/g, '').replace(/\s+/g, ' ').trim();

function dateOf(node: XmlNode, ...names: string[]): string | null {
  for (const name of names) {
    const date = parseFeedDate(firstText(node, name));
    if (date) return date;
  }
  return null;
}
