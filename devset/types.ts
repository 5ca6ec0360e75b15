// The development set's label format (devset/README.md).

export type Split = 'tune' | 'report';

export interface Story {
  id: string;
  split: Split;
  title: string;
}

export interface Source {
  repo: string;
  commit: string;
  licence?: string;
  reader: string;
  notes?: string;
}

export interface DevArticle {
  id: string;
  lang: string;
  source: string;
  path: string;
  locator?: unknown;
  sha256: string;
  url: string;
  title: string;
  outlet: string;
  publishedAt: string;
  story: string;
  event: string | null;
}

export interface LabelSide {
  article: string;
  speaker: string | null;
  quote: string;
  /**
   * Other verbatim spans of the same article in which the same speaker (or the same narrating voice)
   * states the same claim as `quote`: a lead and its body paragraph, a quote and the reporter's
   * paraphrase of it. A system that quotes one of these has found the side, not missed it.
   * Never a related or supporting claim, another speaker's words, or a mere mention of the topic.
   */
  also?: string[];
}

export type ContradictionKind = 'denial_vs_report' | 'opposing_claims' | 'changed_position' | 'numbers_disagree';

export interface LabelledContradiction {
  kind: ContradictionKind;
  a: LabelSide;
  b: LabelSide;
  note?: string;
}

export type HardNegative =
  | { type: 'agree'; a: LabelSide; b: LabelSide; note?: string }
  | { type: 'different_event'; articles: [string, string]; note?: string };

export interface Part {
  sources: Record<string, Source>;
  articles: DevArticle[];
  contradictions?: LabelledContradiction[];
  hardNegatives?: HardNegative[];
}
