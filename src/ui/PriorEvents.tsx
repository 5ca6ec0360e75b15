import type { PanelPriorEvent, PanelPriorGroup } from '@/src/messaging/protocol';
import { formatDay, safeHref } from './format';
import { MetaLine } from './MetaLine';

const DATASET_LABEL = { acled: 'ACLED', ucdp: 'UCDP GED', gdelt: 'GDELT' } as const;

/** "12 Jan 2023 · battle · Wagner Group vs Ukrainian forces · 3 fatalities · ACLED", as parts. */
export function priorEventParts(event: PanelPriorEvent): string[] {
  const parts = [formatDay(event.date), event.type.replace(/_/g, ' ')];
  if (event.actors.length > 0) parts.push(event.actors.join(' vs '));
  // GDELT counts no deaths; a null is "not counted", never "nobody died".
  if (event.fatalities !== null) parts.push(`${event.fatalities} ${event.fatalities === 1 ? 'fatality' : 'fatalities'}`);
  return parts;
}

function EventLine({ event }: { event: PanelPriorEvent }) {
  const href = safeHref(event.sourceUrl);
  const label = DATASET_LABEL[event.dataset] ?? event.dataset;
  // Row text from a downloaded file goes in as text nodes only: Preact escapes it. MetaLine
  // keeps a "·" from dangling at the end of a wrapped line in a narrow panel.
  const [day, ...rest] = priorEventParts(event);
  return (
    <li class="prior-event" title={event.datasetType || undefined}>
      <MetaLine class="prior-event-line">
        {[
          <time dateTime={event.date}>{day}</time>,
          ...rest.map((part) => <span>{part}</span>),
          href ? (
            <a class="source-link" href={href} target="_blank" rel="noopener noreferrer">
              {label}
            </a>
          ) : (
            <span class="dataset">{label}</span>
          ),
        ]}
      </MetaLine>
    </li>
  );
}

/** The conflict datasets' events at the article's places and dates, by place, dated. */
export function PriorEvents({ groups }: { groups: PanelPriorGroup[] }) {
  const total = groups.reduce((sum, group) => sum + group.events.length, 0);
  return (
    <section class="section" id="prior-events" data-testid="prior-events">
      <h2>
        Prior events <span class="count">{total}</span>
      </h2>
      {total === 0 ? (
        <p class="empty">No events from an imported dataset (ACLED, UCDP, GDELT) at these places and dates.</p>
      ) : (
        groups.map((group) => (
          <div class="prior-place" key={group.placeId}>
            <h3>{group.placeName}</h3>
            <ul class="prior-events">
              {[...group.events].sort((a, b) => a.date.localeCompare(b.date)).map((event) => (
                <EventLine key={`${event.dataset}:${event.id}`} event={event} />
              ))}
            </ul>
          </div>
        ))
      )}
    </section>
  );
}
