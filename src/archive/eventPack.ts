import type { EventRecord } from './records';

/** An event as its article's row holds it: no row id, no article id. */
export type StoredEvent = Omit<EventRecord, 'id' | 'articleId'>;

/** The fields of an event, in the order the analyzer writes them and a tuple holds them. */
const FIELDS = ['type', 'cameo', 'actors', 'place', 'date', 'statementIds', 'localId'] as const;
type Tuple = unknown[];

/**
 * An article's events inside its row (archive version 6) as tuples of their values: an object
 * apiece repeated its seven field names, a third of what an event held. An event with another set
 * of fields (a later analyzer's) is kept as the object it is.
 */
export function packEvents(events: StoredEvent[]): (Tuple | StoredEvent)[] {
  return events.map((event) => {
    const names = Object.keys(event);
    const plain = names.length === FIELDS.length && FIELDS.every((name, i) => names[i] === name);
    return plain ? FIELDS.map((name) => event[name]) : event;
  });
}

export function unpackEvents(packed: (Tuple | StoredEvent)[]): StoredEvent[] {
  return packed.map((item) => {
    if (!Array.isArray(item)) return item;
    const event: Record<string, unknown> = {};
    FIELDS.forEach((name, i) => (event[name] = item[i]));
    return event as unknown as StoredEvent;
  });
}
