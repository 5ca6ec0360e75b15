import { analyzeExtracted } from './pipeline';
import {
  capArticle, capStatements, cutText, MAX_ENTITIES, MAX_LIST_ITEMS, MAX_NAME_CHARS, MAX_STATEMENT_CHARS, MAX_TERMS,
} from './limits';
import type { AnalyzedArticle, ArticleEvent, Entity, Quantity, Statement } from './types';

const name = (value: string) => cutText(value, MAX_NAME_CHARS);
const nullableName = (value: string | null | undefined) => (value === null || value === undefined ? value : name(value));

/**
 * An analysis that did not come from this build's analyzer (a bundle: anyone can write one)
 * within the caps of limits.ts: a 50 MB title, a statement of a megabyte or an article of
 * 100,000 statements would cost every later stage, and the tab's state, in proportion. What fits
 * is returned as it was (the same object); anything cut marks the article `truncated`. A text
 * past its cap is analysed again from what is kept, so the statements are of the text stored.
 */
export function capAnalyzed(analyzed: AnalyzedArticle): AnalyzedArticle {
  const article = capArticle(analyzed.article);
  if (article.text !== analyzed.article.text) return analyzeExtracted(article, analyzed.detection);
  const statements = analyzed.statements.map(capStatement);
  const events = analyzed.events.map(capEvent);
  const entities = analyzed.entities.slice(0, MAX_ENTITIES).map(capEntity);
  const terms = analyzed.terms.slice(0, MAX_TERMS).map(name);
  const reasons = analyzed.detection.reasons.slice(0, MAX_LIST_ITEMS).map(name);
  const capped: AnalyzedArticle = {
    ...analyzed,
    article,
    detection: same(reasons, analyzed.detection.reasons) ? analyzed.detection : { ...analyzed.detection, reasons },
    entities,
    terms,
    statements,
    events,
  };
  // capStatements keeps every other field of what it is given.
  const fewer = (capStatements(capped) as AnalyzedArticle | null) ?? capped;
  const cut = article !== analyzed.article || fewer !== capped || !same(statements, analyzed.statements) || !same(events, analyzed.events)
    || !same(entities, analyzed.entities) || !same(terms, analyzed.terms) || !same(reasons, analyzed.detection.reasons);
  if (!cut) return analyzed;
  return { ...fewer, article: { ...fewer.article, truncated: true } };
}

/** The same items, each the same value (a capped item that fitted is returned as it was). */
function same<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}

function capStatement(statement: Statement): Statement {
  const text = cutText(statement.text, MAX_STATEMENT_CHARS);
  const quantities = statement.quantities.slice(0, MAX_LIST_ITEMS).map(capQuantity);
  const fields = [statement.id, statement.speaker, statement.predicate, statement.subject, statement.target];
  const [id, speaker, predicate, subject, target] = fields.map(nullableName);
  if (text === statement.text && same(quantities, statement.quantities) && same([id, speaker, predicate, subject, target], fields)) return statement;
  return { ...statement, id: id!, text, speaker: speaker ?? null, predicate: predicate ?? null, subject: subject ?? null, target: target ?? null, quantities };
}

function capQuantity(quantity: Quantity): Quantity {
  const unit = name(quantity.unit);
  const text = name(quantity.text);
  return unit === quantity.unit && text === quantity.text ? quantity : { ...quantity, unit, text };
}

function capEntity(entity: Entity): Entity {
  const id = name(entity.id);
  const entityName = name(entity.name);
  return id === entity.id && entityName === entity.name ? entity : { ...entity, id, name: entityName };
}

function capEvent(event: ArticleEvent): ArticleEvent {
  const fields = [event.id, event.type, event.cameo, event.place];
  const [id, type, cameo, place] = fields.map(nullableName);
  const actors = event.actors.slice(0, MAX_LIST_ITEMS).map(name);
  const statementIds = event.statementIds.slice(0, MAX_LIST_ITEMS * 20).map(name);
  if (same([id, type, cameo, place], fields) && same(actors, event.actors) && same(statementIds, event.statementIds)) return event;
  return { ...event, id: id!, type: type!, cameo: cameo!, place: place ?? null, actors, statementIds };
}
