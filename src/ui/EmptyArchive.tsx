import type { ComponentChildren } from 'preact';
import { SAVE_SHORTCUT } from './shortcut';

/**
 * An archive with nothing in it: nothing can relate yet, and the reader is told the two ways
 * to start, each one step: save this article, or import an archive file (`children`: the
 * import button, which needs the background). An archive of imported dataset events and no
 * article is not empty: `priorEvents` (the events shown for this page) says so, and the offer
 * is for articles only.
 */
export function EmptyArchive({ children, priorEvents = 0 }: { children?: ComponentChildren; priorEvents?: number }) {
  return (
    <section class="empty-archive" data-testid="empty-archive" aria-labelledby="empty-archive-title">
      <h2 id="empty-archive-title">{priorEvents > 0 ? 'No articles in your archive yet' : 'Your archive is empty'}</h2>
      <p>
        {priorEvents > 0
          ? `The dataset ${priorEvents === 1 ? 'event' : 'events'} below ${priorEvents === 1 ? 'comes' : 'come'} from your imports; related reports and contradicted statements come from the articles you keep. Start in one step:`
          : 'Backstory finds related reports and contradicted statements among the articles you keep. Start in one step:'}
      </p>
      <ul>
        <li>save this article with the button above ({SAVE_SHORTCUT}), and the next report on the story finds it;</li>
        <li>or import an archive file exported from Backstory (a colleague’s, or the demo archive).</li>
      </ul>
      {children}
    </section>
  );
}
