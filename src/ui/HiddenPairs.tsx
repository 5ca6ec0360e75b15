import { useState } from 'preact/hooks';
import type { Contradiction } from '@/src/core/types';

interface Props {
  /** The pairs hidden on this page, with their keys. */
  hidden: Array<{ key: string; item: Contradiction }>;
  onRestore: (key: string) => void;
}

const short = (text: string) => (text.length > 90 ? `${text.slice(0, 88).trimEnd()}…` : text);

/**
 * What "Not a contradiction" hid on this page, said under the cards, with a way back: the
 * reader may have clicked the wrong card.
 */
export function HiddenPairs({ hidden, onRestore }: Props) {
  const [open, setOpen] = useState(false);
  if (hidden.length === 0) return null;
  const count = hidden.length === 1 ? '1 pair you marked' : `${hidden.length} pairs you marked`;
  return (
    <div class="hidden-pairs">
      <p class="meta">
        {count} “not a contradiction” {hidden.length === 1 ? 'is' : 'are'} hidden.{' '}
        <button type="button" class="link" aria-expanded={open} onClick={() => setOpen(!open)} data-testid="show-hidden-pairs">
          {open ? 'Hide the list' : 'Show them'}
        </button>
      </p>
      {open && (
        <ul>
          {hidden.map(({ key, item }) => (
            <li key={key}>
              <span class="hidden-quote">“{short(item.statement.text)}” / “{short(item.other.text)}”</span>{' '}
              <button type="button" class="small" onClick={() => onRestore(key)}>
                Show again
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
