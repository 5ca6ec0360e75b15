import { useEffect, useState } from 'preact/hooks';
import type { ArticleRecord, EventRecord, StatementRecord } from '@/src/archive/records';
import { eventsOf, statementsOf } from '@/src/archive/articleStatements';
import { outletHost } from '@/src/archive/outletHost';
import { MetaLine } from '@/src/ui/MetaLine';
import { formatDay, outletName, safeHref } from '@/src/ui/format';
import { languageName } from '@/src/ui/languageName';
import { ORIGIN_LABELS } from './originLabels';
import { archiveDb } from './pageArchive';
import { placeStatements, statementKind, statementLabel } from './statementMarks';

interface Loaded {
  article: ArticleRecord;
  statements: StatementRecord[];
  events: EventRecord[];
}

/**
 * One archived article in the page: its stored text as plain text (never the page's HTML),
 * each statement marked where it stands with who said it and its kind, and its events.
 */
export function ArticleView({ id, onClose }: { id: number; onClose: () => void }) {
  const [loaded, setLoaded] = useState<Loaded | null | 'missing'>(null);
  useEffect(() => {
    const db = archiveDb();
    void db.articles.get(id).then((article) => setLoaded(article ? { article, statements: statementsOf(article), events: eventsOf(article) } : 'missing'));
  }, [id]);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => event.key === 'Escape' && onClose();
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  }, [onClose]);

  const back = (
    <button type="button" class="secondary back" onClick={onClose}>
      ← Back to the archive
    </button>
  );
  if (loaded === null) return <section class="article-view">{back}</section>;
  if (loaded === 'missing') return <section class="article-view">{back}<p class="empty">This article is no longer in your archive.</p></section>;
  const { article, statements, events } = loaded;
  const names = new Map(article.analysis.entities.map((entity) => [entity.id, entity.name]));
  const host = outletHost(article.siteName, article.url);
  const source = safeHref(article.url);
  const { placed, unplaced } = placeStatements(article.text, statements);
  return (
    <article class="article-view" data-testid="article-view">
      {back}
      <h2 class="view-title">{article.title}</h2>
      <MetaLine>
        {[
          <span class="outlet">{outletName(article.siteName, article.url)}</span>,
          host && <span class="host">via {host}</span>,
          article.byline,
          <time dateTime={article.publishedAt ?? undefined}>{formatDay(article.publishedAt)}</time>,
          languageName(article.lang),
          `${ORIGIN_LABELS[article.origin] ?? article.origin}, ${formatDay(article.savedAt)}`,
        ]}
      </MetaLine>
      {source && (
        <p class="view-link">
          <a class="source-link" href={source} target="_blank" rel="noopener noreferrer">
            {article.url}
          </a>
        </p>
      )}
      <div class="view-body">
        <div class="view-text" data-testid="article-text" lang={article.lang ?? undefined}>
          <Text text={article.text} placed={placed} />
        </div>
        <aside class="view-side">
          <h3>Statements ({statements.length})</h3>
          <ul class="legend">
            {(['denial', 'quote', 'claim', 'narration'] as const).map((group) => (
              <li key={group}>
                <span class={`swatch mark-${group}`} aria-hidden="true" /> {{ denial: 'denial', quote: 'quote', claim: 'intention, prediction, claim', narration: 'narration' }[group]}
              </li>
            ))}
          </ul>
          {unplaced.length > 0 && (
            <>
              <p class="note">{unplaced.every((statement) => article.title.includes(statement.text.trim())) ? 'In the headline:' : 'In the headline, or not found word for word in the text:'}</p>
              <ul class="loose-statements">
                {unplaced.map((statement) => (
                  <li key={statement.id}>
                    <span class="mark-label">{statementLabel(statement)}</span> {statement.text}
                  </li>
                ))}
              </ul>
            </>
          )}
          <h3>Events ({events.length})</h3>
          {events.length === 0 ? (
            <p class="note">No event was read in this article.</p>
          ) : (
            <ul class="view-events" data-testid="article-events">
              {events.map((event) => (
                <li key={event.id}>
                  <strong>{event.type.replace(/_/gu, ' ')}</strong>
                  <MetaLine>
                    {[event.date ? formatDay(event.date) : 'date not given', event.place && `in ${names.get(event.place) ?? event.place}`, event.actors.length > 0 && `actors: ${event.actors.map((actor) => names.get(actor) ?? actor).join(', ')}`]}
                  </MetaLine>
                </li>
              ))}
            </ul>
          )}
        </aside>
      </div>
    </article>
  );
}

/** The text in paragraphs, statements marked; every piece is a text node, so nothing in it is markup. */
function Text({ text, placed }: { text: string; placed: ReturnType<typeof placeStatements<StatementRecord>>['placed'] }) {
  const pieces: preact.JSX.Element[] = [];
  let at = 0;
  const plain = (from: number, to: number) => {
    const part = text.slice(from, to);
    part.split(/(\n\s*\n)/u).forEach((chunk, i) => pieces.push(/\n\s*\n/u.test(chunk) ? <span class="para-break" key={`${from}-${i}`} /> : <span key={`${from}-${i}`}>{chunk}</span>));
  };
  for (const { start, end, statement } of placed) {
    plain(at, start);
    const { group } = statementKind(statement);
    pieces.push(
      <mark class={`statement mark-${group}`} key={`m${start}`} data-testid="statement-mark">
        <span class="mark-label">{statementLabel(statement)}</span>
        {text.slice(start, end)}
      </mark>,
    );
    at = end;
  }
  plain(at, text.length);
  return <>{pieces}</>;
}
