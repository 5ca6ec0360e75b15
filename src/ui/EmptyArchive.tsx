import type { ComponentChildren } from 'preact';
import { SAVE_SHORTCUT } from './shortcut';

/**
 * An archive with nothing in it: nothing can relate yet, and the reader is told the two ways
 * to start, each one step: save this article, or import an archive file (`children`: the
 * import button, which needs the background).
 */
export function EmptyArchive({ children }: { children?: ComponentChildren }) {
  return (
    <section class="empty-archive" data-testid="empty-archive" aria-labelledby="empty-archive-title">
      <h2 id="empty-archive-title">Your archive is empty</h2>
      <p>
        Backstory finds related reports and contradicted statements among the articles you keep. Start in one step:
      </p>
      <ul>
        <li>save this article with the button above ({SAVE_SHORTCUT}), and the next report on the story finds it;</li>
        <li>or import an archive file exported from Backstory (a colleague’s, or the demo archive).</li>
      </ul>
      {children}
    </section>
  );
}
