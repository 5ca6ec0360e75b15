// The data every stage hands to the next. Field names follow the command-line contract in
// DESIGN.md: keep them stable, the CLI prints these objects as they are.

export type CountryCode = 'RU' | 'BY' | 'UA';

/** Stage 1: is this page a news article, and is it about Russia, Belarus or Ukraine? */
export interface Detection {
  isArticle: boolean;
  /** A news article about Russia, Belarus or Ukraine: isArticle and a topic score over the threshold. */
  relevant: boolean;
  /** Topic score, 0 for a page that names none of the three countries. */
  score: number;
  countries: CountryCode[];
  /** Human-readable, e.g. "JSON-LD NewsArticle", "headline names Lukashenko (BY)". */
  reasons: string[];
}

/** Stage 2: the article as a reader would copy it, with its metadata. */
export interface ExtractedArticle {
  url: string;
  title: string;
  byline: string | null;
  siteName: string | null;
  /** YYYY-MM-DD, or a full ISO 8601 timestamp when the page gives a time; null when unknown. */
  publishedAt: string | null;
  /** ISO 639-1 code ("en", "ru", "uk", "be" ...), null when undetermined. */
  lang: string | null;
  /** Plain text, paragraphs separated by a blank line. */
  text: string;
  /**
   * The page was too large to read whole (src/core/limits.ts): its text, title, byline or site
   * name was cut, or its statements past the cap were dropped. Absent on a page read whole.
   */
  truncated?: true;
}

export type EntityType = 'person' | 'country' | 'place' | 'organization' | 'unit';

export interface Entity {
  /** Stable id from the gazetteer ("person:lukashenko", "country:BY", "place:minsk"). */
  id: string;
  /** Canonical name in English. */
  name: string;
  type: EntityType;
  mentions: number;
}

export type Attribution = 'direct' | 'indirect' | 'narrative';
export type Polarity = 'affirm' | 'deny';
export type Modality = 'asserted' | 'intention' | 'possibility' | 'prediction' | 'reported';

/** A number range with its unit: "as many as 9,000 servicemen" is {min: null, max: 9000}. */
export interface Quantity {
  min: number | null;
  max: number | null;
  unit: string;
  text: string;
}

export interface Statement {
  id: string;
  /** The evidence: the sentence (or quote) as it stands in the article. */
  text: string;
  speaker: string | null;
  attribution: Attribution;
  polarity: Polarity;
  modality: Modality;
  /** Predicate class from a small documented set ("attack", "join_war", "send_troops" ...). */
  predicate: string | null;
  subject: string | null;
  target: string | null;
  quantities: Quantity[];
  /** YYYY-MM-DD the statement is about, normalised against the publication date; null if none. */
  date: string | null;
  /** Last day of the range `date` starts ("last week" runs to its Sunday); `date` for one day. */
  dateEnd?: string | null;
  /** How precise `date` is: "last week" is a week, "in October" a month. */
  dateGranularity?: DateGranularity | null;
}

export type DateGranularity = 'day' | 'week' | 'month' | 'year';

export interface ArticleEvent {
  id: string;
  /** Taxonomy type ("visit", "military_exercise", "deployment", "strike", "threat" ...). */
  type: string;
  /** CAMEO code of the type ("042", "062" ...). */
  cameo: string;
  /** Entity ids of the actors. */
  actors: string[];
  /** Entity id of the place, null when none is named. */
  place: string | null;
  date: string | null;
  statementIds: string[];
}

/** Stage 3: the structured reading of one article. */
export interface Analysis {
  entities: Entity[];
  statements: Statement[];
  events: ArticleEvent[];
  /** Distinctive content terms (lower-cased stems), best first: the matcher's term keys. */
  terms: string[];
}

/** What the analyzer and matcher know about one article: the CLI's `analyze` output. */
export interface AnalyzedArticle extends Analysis {
  article: ExtractedArticle;
  detection: Detection;
}

/** One related prior report, as `check` prints it and the side panel shows it. */
export interface RelatedReport {
  url: string;
  title: string;
  siteName: string | null;
  publishedAt: string | null;
  /** 0..1, higher is closer. */
  score: number;
  /** The two articles report the same event (same actors, type and day). */
  sameEvent: boolean;
  /** Human-readable: "shares Putin, Lukashenko, Minsk", "same day", "terms: visit, talks". */
  reasons: string[];
  /** The real host, set when the outlet name the page claims does not fit its address. */
  outletHost?: string;
}

export type ContradictionKind =
  | 'denial_vs_report'
  | 'opposing_claims'
  | 'changed_position'
  | 'numbers_disagree';

export interface Contradiction {
  kind: ContradictionKind;
  score: number;
  statement: { text: string; speaker: string | null };
  other: {
    text: string;
    speaker: string | null;
    url: string;
    title: string;
    publishedAt: string | null;
  };
  explanation: string;
}

/** `check`: an article matched against the archive, without storing it. */
export interface CheckResult {
  article: ExtractedArticle;
  detection: Detection;
  related: RelatedReport[];
  contradictions: Contradiction[];
}
