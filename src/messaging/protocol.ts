import type { ArticleSummary, ImportSummary } from '../archive';
import type {
  AnalyzedArticle,
  Contradiction,
  Detection,
  ExtractedArticle,
  RelatedReport,
} from '../core/types';
import type { PageArticle } from '../core/extract/extractArticle';

// The one protocol between contexts: a call map per direction, each call with typed
// arguments and result. Replies are a success or a named error, never a thrown string.

/** What the background knows about one tab, as the side panel shows it. */
export type TabStatus =
  | 'waiting' // nothing heard from the page yet (still loading, or a page scripts cannot run on)
  | 'not_article' // the detector found no news article
  | 'not_relevant' // an article, but not about Russia, Belarus or Ukraine
  | 'analyzing'
  | 'ready'
  | 'error';

/** The step an analysis is at, for the panel's progress: read the page, find its statements, match. */
export type AnalysisStage = 'reading' | 'analysing' | 'matching';

export interface SavedMark {
  id: number;
  savedAt: string;
}

export interface TabState {
  tabId: number;
  url: string | null;
  status: TabStatus;
  /** While `analyzing`: the step under way (absent in a state written before steps were told). */
  stage?: AnalysisStage;
  detection: Detection | null;
  /** `outletHost`: the real host, when the outlet name the page claims does not fit its address. */
  article: (ExtractedArticle & { outletHost?: string }) | null;
  /** The analysis of the page, kept so that Save stores exactly what the reader saw. */
  analyzed: AnalyzedArticle | null;
  related: RelatedReport[];
  contradictions: Contradiction[];
  /** Dataset events (ACLED, UCDP, GDELT) at the places and dates the article gives, by place. */
  priorEvents?: PanelPriorGroup[];
  saved: SavedMark | null;
  error: string | null;
  updatedAt: string;
}

export type { ArticleSummary };

/** One dataset row as the panel shows it: short strings only, never the row's own record. */
export interface PanelPriorEvent {
  dataset: 'acled' | 'ucdp' | 'gdelt';
  id: string;
  date: string;
  place: string;
  /** The event's kind in the archive's words ("attack", "infrastructure_strike"). */
  type: string;
  /** The dataset's own classification ("Battles / Armed clash"), for a tooltip. */
  datasetType: string;
  actors: string[];
  fatalities: number | null;
  sourceUrl: string | null;
}

export interface PanelPriorGroup {
  placeId: string;
  placeName: string;
  events: PanelPriorEvent[];
}

export interface SaveOutcome {
  status: 'added' | 'duplicate';
  saved: SavedMark;
  /** For a duplicate: why it counts as one ("same canonical URL", "same text"). */
  reason?: string;
}

/** Calls the detector content script makes; the tab is always the sender's own tab. */
export interface ContentToBackgroundCalls {
  /**
   * `url` is informative only: the background takes the sender's own address. `article`: the
   * page's article as read with a topical verdict (readArticle), checked like any page's output.
   */
  pageDetected: { args: { url: string; detection: Detection; article?: PageArticle }; result: null };
}

/** Calls the side panel and the options page make. */
export interface PageToBackgroundCalls {
  getTabState: { args: { tabId: number }; result: TabState };
  /** Analyse the page even though the detector found it off-topic. */
  analyzeTab: { args: { tabId: number }; result: TabState };
  saveTab: { args: { tabId: number }; result: SaveOutcome };
  listArticles: {
    args: { offset: number; limit: number; search?: string };
    result: { total: number; articles: ArticleSummary[] };
  };
  deleteArticle: { args: { id: number }; result: null };
  exportArchive: { args: Record<string, never>; result: { json: string; count: number } };
  importArchive: { args: { json: string }; result: ImportSummary };
}

/** Notices the background broadcasts to open extension pages. */
export interface BackgroundEvents {
  tabStateChanged: { tabId: number; state: TabState };
  archiveChanged: { count: number };
}

export type ErrorCode =
  | 'forbidden' // the sender may not make this call
  | 'bad_request' // malformed message or arguments
  | 'not_found'
  | 'not_ready' // the tab has no analysed article to save
  | 'quota' // storage full
  | 'invalid_bundle'
  | 'internal';

export type Reply<T> = { ok: true; value: T } | { ok: false; error: { code: ErrorCode; message: string } };

export const CHANNEL = 'backstory/v1';

export type Direction = 'content' | 'page' | 'event';

export interface Envelope<D extends Direction = Direction> {
  channel: typeof CHANNEL;
  direction: D;
  name: string;
  args: unknown;
}
