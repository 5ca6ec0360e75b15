import { daysBetween, dayOf } from '../core/calendar';
import type { AnalyzedArticle, Contradiction, Statement } from '../core/types';
import { townPlaceId, regionPlaceId } from '../datasets/gazetteerPlaces';
import type { PriorEvent } from './priorEvents';

const DATASET_LABEL = { acled: 'ACLED', ucdp: 'UCDP GED', gdelt: 'GDELT' } as const;
const FIGHTING = new Set(['attack', 'strike', 'infrastructure_strike', 'shoot_down', 'capture', 'encirclement', 'casualties']);

/**
 * Where an article's count of the dead and a dataset's disagree, as `numbers_disagree`
 * contradictions: a statement that nobody was killed (or a count) at a place on a day, against
 * the deaths a dataset records at that same place within a day of it. Only rows at the place
 * itself count (not the region around it), and only a dataset that counts deaths (not GDELT).
 * A count disagrees when the two differ by more than half the larger and by at least 3:
 * datasets count conservatively, and a near miss is no contradiction a reader needs.
 */
export function datasetNumberDisagreements(analyzed: AnalyzedArticle, events: PriorEvent[]): Contradiction[] {
  const published = dayOf(analyzed.article.publishedAt);
  const out: Contradiction[] = [];
  for (const statement of analyzed.statements) {
    if (statement.predicate !== 'casualties') continue;
    const claim = claimedDeaths(statement);
    if (claim === null) continue;
    // A toll given on its own ("Загиблих немає", "no one was hurt") is the toll of the event the
    // article reports, when it reports fighting at one place only.
    const sole = statement.target ? null : soleFightingEvent(analyzed);
    const day = statement.date ?? eventDateOf(analyzed, statement) ?? sole?.date ?? (claim === 0 ? published : null);
    const placeId = placeOf(analyzed, statement) ?? sole?.place ?? null;
    if (!day || !placeId) continue;
    const rows = events.filter((e) => e.record.placeIds[0] === placeId && e.fatalities !== null && e.dataset !== 'gdelt'
      && FIGHTING.has(e.type) && Math.abs(daysBetween(e.date, day) ?? 99) <= 1);
    for (const dataset of ['acled', 'ucdp'] as const) {
      const mine = rows.filter((e) => e.dataset === dataset);
      const total = mine.reduce((sum, e) => sum + (e.fatalities ?? 0), 0);
      if (mine.length === 0 || !disagree(claim, total)) continue;
      const first = mine[0]!;
      const label = DATASET_LABEL[dataset];
      out.push({
        kind: 'numbers_disagree',
        score: claim === 0 ? 0.6 : 0.5,
        statement: { text: statement.text, speaker: statement.speaker },
        other: {
          text: `${label} records ${total} killed at ${first.place} (${first.datasetType}) on ${first.date}${mine.length > 1 ? ` in ${mine.length} events` : ''}.`,
          speaker: label,
          url: first.sourceUrl ?? '',
          title: `${label} ${mine.map((e) => e.id).join(', ')}`,
          publishedAt: first.date,
        },
        explanation: `${claim === 0 ? 'No one killed' : `${claim} killed`} against ${total} in ${label} at ${first.place} on ${first.date}; ` +
          'the dataset may count soldiers and civilians alike where the report counts only some.',
      });
    }
  }
  return out;
}

/** The deaths a statement claims: 0 for a denial ("no casualties"), else its largest count of the killed. */
function claimedDeaths(statement: Statement): number | null {
  if (statement.polarity === 'deny') return statement.quantities.length === 0 ? 0 : null;
  const killed = statement.quantities.filter((q) => q.unit === 'killed' && q.max !== null);
  return killed.length > 0 ? Math.max(...killed.map((q) => q.max!)) : null;
}

function disagree(claim: number, total: number): boolean {
  if (claim === 0) return total > 0;
  return Math.abs(claim - total) >= 3 && Math.abs(claim - total) > Math.max(claim, total) / 2;
}

function eventDateOf(analyzed: AnalyzedArticle, statement: Statement): string | null {
  return analyzed.events.find((e) => e.statementIds.includes(statement.id) && e.date)?.date ?? null;
}

function placeOf(analyzed: AnalyzedArticle, statement: Statement): string | null {
  const event = analyzed.events.find((e) => e.statementIds.includes(statement.id) && e.place?.startsWith('place:'));
  if (event?.place) return event.place;
  return statement.target ? (townPlaceId(statement.target, null, null) ?? regionPlaceId(statement.target, null)) : null;
}

function soleFightingEvent(analyzed: AnalyzedArticle): { place: string; date: string | null } | null {
  const fighting = analyzed.events.filter((e) => FIGHTING.has(e.type) && e.place?.startsWith('place:'));
  const places = new Set(fighting.map((e) => e.place));
  return places.size === 1 ? { place: fighting[0]!.place!, date: fighting.find((e) => e.date)?.date ?? null } : null;
}
