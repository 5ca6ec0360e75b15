import { formatDay } from './format';
import { spanDays, type Glance } from './glance';

/** How many outlets are named before "and N more": two lines at 235 px. */
const OUTLETS_SHOWN = 4;

function Stat({ count, label, href, tone }: { count: number; label: string; href: string; tone?: 'same' | 'conflict' }) {
  return (
    <a class={['stat', count > 0 && tone].filter(Boolean).join(' ')} href={href}>
      <strong>{count}</strong> <span>{label}</span>
    </a>
  );
}

function Timeline({ timeline }: { timeline: NonNullable<Glance['timeline']> }) {
  const days = spanDays(timeline);
  const reports = timeline.marks.length;
  const summary =
    `${reports} dated report${reports === 1 ? '' : 's'}` +
    (days > 0 ? ` over ${formatDay(timeline.first)} to ${formatDay(timeline.last)}` : ` on ${formatDay(timeline.first)}`);
  return (
    <figure class="timeline">
      {/* The marks are a picture of the caption below; screen readers get the caption. */}
      <div class="timeline-track" aria-hidden="true">
        {/* Drawn first, so a report of the same day shows as a dot inside this article's diamond. */}
        {timeline.self !== null && <span class="mark self" style={{ left: `${(timeline.self * 100).toFixed(2)}%` }} title="This article" />}
        {timeline.marks.map((mark) => (
          <span
            key={mark.url}
            class={mark.sameEvent ? 'mark same-event' : 'mark'}
            style={{ left: `${(mark.at * 100).toFixed(2)}%` }}
            title={mark.label}
          />
        ))}
      </div>
      <div class="timeline-ends" aria-hidden="true">
        <span>{formatDay(timeline.first)}</span>
        {days > 0 && <span>{formatDay(timeline.last)}</span>}
      </div>
      <figcaption class="visually-hidden">{summary}; this article is marked on it.</figcaption>
      <p class="timeline-key" aria-hidden="true">
        <span><span class="key self" />this article{timeline.selfDay && `, ${formatDay(timeline.selfDay)}`}</span>
        <span><span class="key" />report</span>
        {timeline.marks.some((mark) => mark.sameEvent) && (
          <span><span class="key same-event" />same event</span>
        )}
      </p>
    </figure>
  );
}

/**
 * The strip at the top of the results: counts that lead to their sections, the outlets and
 * languages involved, and the story's reports on a line of time with this article on it.
 */
export function AtAGlance({ glance }: { glance: Glance }) {
  const more = glance.outlets.length - OUTLETS_SHOWN;
  return (
    <section class="glance" aria-label="At a glance" data-testid="glance">
      <div class="stats">
        <Stat count={glance.related} label="related" href="#related" />
        <Stat count={glance.sameEvent} label="same event" href="#related" tone="same" />
        <Stat count={glance.contradicted} label={glance.contradicted === 1 ? 'contradiction' : 'contradictions'} href="#contradictions" tone="conflict" />
        {(glance.priorEvents ?? 0) > 0 && <Stat count={glance.priorEvents!} label={glance.priorEvents === 1 ? 'prior event' : 'prior events'} href="#prior-events" />}
      </div>
      {glance.outlets.length > 0 && (
        <p class="glance-line outlets">
          <span class="glance-label">Outlets </span>
          {glance.outlets.slice(0, OUTLETS_SHOWN).join(', ')}
          {more > 0 && ` and ${more} more`}
        </p>
      )}
      {glance.languages.length > 0 && (
        <p class="glance-line languages">
          <span class="glance-label">{glance.languages.length === 1 ? 'Language ' : 'Languages '}</span>
          {glance.languages.join(', ')}
        </p>
      )}
      {glance.timeline && <Timeline timeline={glance.timeline} />}
    </section>
  );
}
