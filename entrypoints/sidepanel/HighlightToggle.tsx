import type { PageHighlights } from './usePageHighlights';

interface Props {
  highlights: PageHighlights;
  /** Statements found in the page, once it answered. */
  found: number | undefined;
  total: number;
}

/** "Highlight in page", and what came of it, said in words. */
export function HighlightToggle({ highlights, found, total }: Props) {
  let said: string | null = null;
  if (highlights.error) said = highlights.error;
  else if (highlights.on && found !== undefined) {
    said = found === total ? `All ${total} marked in the page.` : `${found} of ${total} found in the page.`;
    said += ' Press again to remove.';
    if (highlights.unsupported) said += ' This browser cannot colour them; “Show in page” still scrolls there.';
  }
  return (
    <p class="highlight-toggle">
      <button type="button" class="small" aria-pressed={highlights.on} onClick={highlights.toggle}>
        {/* A toggle keeps its name; the tick and aria-pressed say it is on. */}
        {highlights.on && <span aria-hidden="true">✓ </span>}
        Highlight in page
      </button>
      <span class="meta" role="status">
        {said}
      </span>
    </p>
  );
}
