import type { MatchDigest } from '../core/match/digest';
import type { StatementPack } from './statementPack';
import type {
  ArticleEvent,
  Detection,
  Entity,
  ExtractedArticle,
  Statement,
} from '../core/types';

/** How an article reached the archive: the reader's save, a file import, or a feed. */
export type Origin = 'saved' | 'imported' | 'feed';
export const ORIGINS: readonly Origin[] = ['saved', 'imported', 'feed'];

/**
 * One row of `articles`. Since version 6 it holds its statements and events too (before, each was
 * a row of its own table, by articleId): read them with statementsOf / eventsOf (articleStatements.ts).
 */
export interface ArticleRecord extends ExtractedArticle {
  id: number;
  /** The URL normalised for duplicate lookup (see canonicalUrl.ts). */
  canonicalUrl: string;
  /** contentHash() of the text: the same report at another address is still a duplicate. */
  contentHash: string;
  /** ISO 8601 timestamp of the save. */
  savedAt: string;
  origin: Origin;
  detection: Detection;
  /** `digest`: what ranking needs of its statements and events (core/match/digest.ts); absent before. */
  analysis: { entities: Entity[]; terms: string[]; digest?: MatchDigest };
  analyzerVersion: string | number;
  /** indexKeys(analysis): the multi-entry index that finds match candidates without a scan. */
  keys: string[];
  /** searchWordsOf(title, outlet, address): the multi-entry index the archive page searches. */
  searchWords: string[];
  /** Its statements, sentences as places in `text` where they stand there (statementPack.ts). */
  statementPack?: StatementPack;
  /** Its events, without row or article ids, as tuples of their fields (eventPack.ts). */
  eventRows?: (unknown[] | Omit<EventRecord, 'id' | 'articleId'>)[];
  /** [statements, events]: indexed, so the archive's totals are read from the index alone. */
  rowCounts?: [number, number];
}

/**
 * One statement of a stored article; `localId` is its id inside the article ("s3"). `id` was the
 * row's key up to version 5; since its statements live in the article's row, it is the statement's
 * place in the article (1, 2 ...), which orders them as before.
 */
export interface StatementRecord extends Omit<Statement, 'id'> {
  id: number;
  articleId: number;
  localId: string;
  /** The place its own words name, as the matcher reads it, with the reading's version (statementPlaces.ts); absent before. */
  namedPlace?: string;
}

/** One event of a stored article (`id` as for statements); `statementIds` refer to the localIds of the same article. */
export interface EventRecord extends Omit<ArticleEvent, 'id'> {
  id: number;
  articleId: number;
  localId: string;
}

/** Document frequency of one index key: how many archived articles carry it. */
export interface KeyStatRecord {
  key: string;
  df: number;
}

/** The conflict-event datasets the archive reads (DESIGN.md: `dataset` in `check`). */
export type DatasetName = 'acled' | 'ucdp' | 'gdelt';
export const DATASET_NAMES: readonly DatasetName[] = ['acled', 'ucdp', 'gdelt'];

/** Where a dataset row says its event happened, as the dataset names it. */
export interface DatasetPlace {
  name: string;
  admin1: string | null;
  admin2: string | null;
  /** ISO 3166-1 alpha-2 when the dataset's country maps to one, else the dataset's own name. */
  country: string | null;
  lat: number | null;
  lon: number | null;
}

/**
 * One row of `datasetEvents`: an ACLED, UCDP GED or GDELT event kept because it involves
 * Russia, Belarus or Ukraine. The primary key is [dataset+sourceId], so importing the same
 * export twice (or a newer export of it) updates rows instead of doubling them.
 */
export interface DatasetEventRecord {
  dataset: DatasetName;
  /** The dataset's own id: ACLED event_id_cnty, UCDP id, GDELT GlobalEventID. */
  sourceId: string;
  /** YYYY-MM-DD; for a UCDP event spanning days, its first day. */
  date: string;
  /** Last day of the event; `date` for one day. */
  dateEnd: string;
  place: DatasetPlace;
  /** Gazetteer ids of the place and its admin areas ("place:soledar", "place:donetsk", "country:UA"). */
  placeIds: string[];
  /** placeId|YYYY-MM-DD for each place id and each day the event spans (capped): one index range per place finds a window. */
  placeDays: string[];
  actors: string[];
  /** The project's taxonomy type (eventTypes.ts), or 'other' when the dataset's type has none. */
  type: string;
  /** CAMEO code: GDELT's own; for ACLED and UCDP the code of the mapped type. */
  cameo: string | null;
  /** The dataset's own classification ("Battles / Armed clash", "state-based"). */
  datasetType: string;
  /** Best estimate of deaths; null when the dataset does not count them (GDELT). */
  fatalities: number | null;
  fatalitiesLow?: number | null;
  fatalitiesHigh?: number | null;
  notes: string | null;
  /** The dataset's source text (ACLED source, UCDP source_article). */
  source: string | null;
  /** A link to a report of the event, when the row has one (GDELT SOURCEURL). */
  sourceUrl: string | null;
  /** ISO 8601 timestamp of the import that last wrote the row. */
  importedAt: string;
}

/** A contradiction the reader dismissed in the side panel, never shown again. */
export interface DismissedPairRecord {
  pairKey: string;
  /** ISO 8601 timestamp. */
  dismissedAt: string;
}
