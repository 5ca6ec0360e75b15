import Dexie, { type Table } from 'dexie';
import type { ArchiveDB, IndexedDbDependencies } from '../archive/db';
import { docMetaOf, docWordsOf, type DocMeta } from './docMeta';
import { facetsOf, filterDocs, orderDocs, type Facets, type SearchQuery } from './filterDocs';
import { buildSegment, matcher, mergeSegments, queryTerms, type Segment } from './textIndex';

interface StoredSegment extends Segment {
  id?: number;
}

/**
 * Its own database beside the archive, so the archive's schema and its writers (saves, imports,
 * feeds) know nothing of it: the index follows the archive by comparing ids and save times, and
 * can be deleted at any time (it is rebuilt from the archive).
 */
class SearchDB extends Dexie {
  docs!: Table<DocMeta, number>;
  segments!: Table<StoredSegment, number>;
  constructor(name: string, dependencies?: IndexedDbDependencies) {
    super(name, dependencies ? { ...dependencies } : undefined);
    this.version(1).stores({ docs: 'id', segments: '++id' });
  }
}

/** Articles read from the archive per step, and per segment written. */
const READ_BATCH = 250;
const SEGMENT_DOCS = 2_000;
/** More segments than this are merged into one: a search reads each. */
const MAX_SEGMENTS = 8;

export type IndexProgress = (done: number, total: number) => void;

export class ArchiveSearch {
  private readonly store: SearchDB;
  private docs = new Map<number, DocMeta>();
  private segments: Segment[] = [];
  private ordered: DocMeta[] = [];
  private maxId = 0;
  facets: Facets = facetsOf([]);

  constructor(name = 'backstory-search', dependencies?: IndexedDbDependencies) {
    this.store = new SearchDB(name, dependencies);
  }

  get size(): number {
    return this.docs.size;
  }

  /** The index as stored: usable at once, before sync brings it up to the archive. */
  async load(): Promise<void> {
    const [docs, segments] = await Promise.all([this.store.docs.toArray(), this.store.segments.toArray()]);
    this.docs = new Map(docs.map((doc) => [doc.id, doc]));
    this.segments = segments;
    this.refresh();
  }

  /**
   * Brings the index up to the archive: articles gone are dropped, new ones read and indexed
   * (a segment written per SEGMENT_DOCS, so a page closed midway keeps what was done). An id
   * whose save time changed means another archive under the same name: the index starts over.
   */
  async sync(archive: ArchiveDB, onProgress?: IndexProgress, signal?: AbortSignal): Promise<void> {
    const [ids, savedAts] = await archive.transaction('r', archive.articles, () =>
      Promise.all([archive.articles.orderBy('savedAt').primaryKeys(), archive.articles.orderBy('savedAt').keys()]),
    );
    const current = new Map(ids.map((id, i) => [id, String(savedAts[i])]));
    if ([...this.docs.values()].some((doc) => current.has(doc.id) && current.get(doc.id) !== doc.savedAt)) await this.clear();
    const gone = [...this.docs.keys()].filter((id) => !current.has(id));
    if (gone.length > 0) await this.forget(gone);
    const missing = ids.filter((id) => !this.docs.has(id));
    let done = 0;
    onProgress?.(0, missing.length);
    for (let start = 0; start < missing.length && !signal?.aborted; start += SEGMENT_DOCS) {
      const metas: DocMeta[] = [];
      const words: Array<{ id: number; words: string[] }> = [];
      const part = missing.slice(start, start + SEGMENT_DOCS);
      for (let at = 0; at < part.length && !signal?.aborted; at += READ_BATCH) {
        for (const record of await archive.articles.bulkGet(part.slice(at, at + READ_BATCH))) {
          if (!record) continue;
          metas.push(docMetaOf(record));
          words.push({ id: record.id, words: docWordsOf(record) });
        }
        done += Math.min(READ_BATCH, part.length - at);
        onProgress?.(done, missing.length);
      }
      // Rows and their words go in together: a row is never searchable without its words.
      const segment = buildSegment(words);
      await this.store.transaction('rw', this.store.docs, this.store.segments, async () => {
        await this.store.docs.bulkPut(metas);
        await this.store.segments.add(segment);
      });
      for (const meta of metas) this.docs.set(meta.id, meta);
      this.segments.push(segment);
    }
    if (this.segments.length > MAX_SEGMENTS) await this.compact();
    this.refresh();
  }

  /** Articles deleted (by this page or elsewhere): out of every result at once. */
  async forget(ids: number[]): Promise<void> {
    for (const id of ids) this.docs.delete(id);
    await this.store.docs.bulkDelete(ids);
    this.refresh();
  }

  /** Article ids the query selects, in its order. */
  search(query: SearchQuery): number[] {
    const terms = queryTerms(query.text);
    const hasWords = terms.length > 0 ? matcher(this.segments, terms, this.maxId) : null;
    return filterDocs(this.ordered, query, hasWords);
  }

  doc(id: number): DocMeta | undefined {
    return this.docs.get(id);
  }

  private async compact(): Promise<void> {
    const merged = mergeSegments(this.segments, (id) => this.docs.has(id));
    await this.store.transaction('rw', this.store.segments, async () => {
      await this.store.segments.clear();
      await this.store.segments.add(merged);
    });
    this.segments = [merged];
  }

  private async clear(): Promise<void> {
    await this.store.transaction('rw', this.store.docs, this.store.segments, async () => {
      await this.store.docs.clear();
      await this.store.segments.clear();
    });
    this.docs.clear();
    this.segments = [];
  }

  private refresh(): void {
    this.ordered = orderDocs(this.docs.values());
    this.maxId = this.ordered.reduce((max, doc) => Math.max(max, doc.id), 0);
    this.facets = facetsOf(this.ordered);
  }
}
