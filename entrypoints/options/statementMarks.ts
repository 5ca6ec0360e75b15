import type { Statement } from '@/src/core/types';

/** A statement found in the article's text, as a span of it. */
export interface PlacedStatement {
  start: number;
  end: number;
  statement: Pick<Statement, 'text' | 'speaker' | 'attribution' | 'polarity' | 'modality' | 'predicate'>;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

function find(text: string, wanted: string, from: number): number {
  const at = text.indexOf(wanted, from);
  if (at >= 0 || from === 0) return at >= 0 ? at : -1;
  return text.indexOf(wanted);
}

/**
 * Where each statement stands in the text: its evidence sentence as it is there (whitespace
 * may differ: a quote read across a line break). Statements come in article order, so each is
 * looked for after the last; one overlapping another already placed, or not found, is left
 * to the list beneath the text rather than marked twice or in the wrong place.
 */
export function placeStatements<S extends PlacedStatement['statement']>(text: string, statements: S[]): { placed: Array<PlacedStatement & { statement: S }>; unplaced: S[] } {
  const placed: Array<PlacedStatement & { statement: S }> = [];
  const unplaced: S[] = [];
  let cursor = 0;
  for (const statement of statements) {
    const wanted = statement.text.trim();
    let start = wanted ? find(text, wanted, cursor) : -1;
    let end = start + wanted.length;
    if (start < 0 && wanted) {
      const loose = new RegExp(wanted.split(/\s+/u).map(escape).join('\\s+'), 'u').exec(text);
      if (loose) [start, end] = [loose.index, loose.index + loose[0].length];
    }
    if (start < 0 || placed.some((other) => start < other.end && end > other.start)) {
      unplaced.push(statement);
      continue;
    }
    placed.push({ start, end, statement });
    cursor = end;
  }
  return { placed: placed.sort((a, b) => a.start - b.start), unplaced };
}

/** The statement's kind in a reader's words, and the colour group its mark takes. */
export function statementKind(statement: PlacedStatement['statement']): { label: string; group: 'denial' | 'quote' | 'claim' | 'narration' } {
  if (statement.polarity === 'deny') return { label: 'denial', group: 'denial' };
  const modal = { intention: 'intention', prediction: 'prediction', possibility: 'possibility', reported: 'reported claim' }[statement.modality as string];
  if (modal) return { label: modal, group: 'claim' };
  if (statement.attribution === 'direct') return { label: 'quote', group: 'quote' };
  if (statement.attribution === 'indirect') return { label: 'indirect quote', group: 'quote' };
  return { label: 'narration', group: 'narration' };
}

/** "Lukashenko · denial · join war": who, what kind, about what. */
export function statementLabel(statement: PlacedStatement['statement']): string {
  return [statement.speaker ?? 'the article itself', statementKind(statement).label, statement.predicate?.replace(/_/gu, ' ')].filter(Boolean).join(' · ');
}
