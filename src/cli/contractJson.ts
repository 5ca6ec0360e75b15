import { outletHost } from '../archive/outletHost';
import type {
  AnalyzedArticle,
  ArticleEvent,
  CheckResult,
  Contradiction,
  Detection,
  Entity,
  ExtractedArticle,
  RelatedReport,
  Statement,
} from '../core/types';

// The command line prints the fields of the contract in DESIGN.md, in its order, with null for
// what is unknown, and beside a statement's `date` its range (`dateEnd`, `dateGranularity`).
// Other fields a stage may carry never leak into the output. One field is added to an article
// or a related report only when it applies: `outletHost`, the real host beside an outlet name
// the page claims that does not fit its address ("Reuters" on a blog), as the side panel shows it.

/** `{outletHost}` when the claimed outlet name does not fit the address, else nothing. */
function hostBeside(siteName: string | null | undefined, url: string) {
  const host = outletHost(siteName, url);
  return host ? { outletHost: host } : {};
}

export function analysisJson(analyzed: AnalyzedArticle) {
  return {
    article: articleJson(analyzed.article),
    detection: detectionJson(analyzed.detection),
    entities: analyzed.entities.map(entityJson),
    statements: analyzed.statements.map(statementJson),
    events: analyzed.events.map(eventJson),
  };
}

export function checkJson(result: CheckResult) {
  return {
    article: articleJson(result.article),
    detection: detectionJson(result.detection),
    related: result.related.map(relatedJson),
    contradictions: result.contradictions.map(contradictionJson),
  };
}

function articleJson(a: ExtractedArticle) {
  return {
    url: a.url,
    title: a.title,
    byline: a.byline ?? null,
    siteName: a.siteName ?? null,
    publishedAt: a.publishedAt ?? null,
    lang: a.lang ?? null,
    text: a.text,
    ...hostBeside(a.siteName, a.url),
  };
}

function detectionJson(d: Detection) {
  const { isArticle, relevant, score, countries, reasons } = d;
  return { isArticle, relevant, score, countries, reasons };
}

function entityJson(e: Entity) {
  return { id: e.id, name: e.name, type: e.type, mentions: e.mentions };
}

function statementJson(s: Statement) {
  return {
    id: s.id,
    text: s.text,
    speaker: s.speaker ?? null,
    attribution: s.attribution,
    polarity: s.polarity,
    modality: s.modality,
    predicate: s.predicate ?? null,
    subject: s.subject ?? null,
    target: s.target ?? null,
    quantities: s.quantities.map((q) => ({
      min: q.min ?? null,
      max: q.max ?? null,
      unit: q.unit,
      text: q.text,
    })),
    date: s.date ?? null,
    dateEnd: s.dateEnd ?? null,
    dateGranularity: s.dateGranularity ?? null,
  };
}

function eventJson(e: ArticleEvent) {
  return {
    id: e.id,
    type: e.type,
    cameo: e.cameo,
    actors: e.actors,
    place: e.place ?? null,
    date: e.date ?? null,
    statementIds: e.statementIds,
  };
}

function relatedJson(r: RelatedReport) {
  return {
    url: r.url,
    title: r.title,
    siteName: r.siteName ?? null,
    publishedAt: r.publishedAt ?? null,
    score: r.score,
    sameEvent: r.sameEvent,
    reasons: r.reasons,
    ...hostBeside(r.siteName, r.url),
  };
}

function contradictionJson(c: Contradiction) {
  return {
    kind: c.kind,
    score: c.score,
    statement: { text: c.statement.text, speaker: c.statement.speaker ?? null },
    other: {
      text: c.other.text,
      speaker: c.other.speaker ?? null,
      url: c.other.url,
      title: c.other.title,
      publishedAt: c.other.publishedAt ?? null,
    },
    explanation: c.explanation,
  };
}
