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
