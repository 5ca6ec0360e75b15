import type { ComponentChildren } from 'preact';

interface Props {
  class?: string;
  /** The items in reading order; empty ones (null, false, '') are left out with their separator. */
  children: ComponentChildren[];
}

/**
 * A line of small facts ("Reuters · 19 Dec 2022 · same day") that wraps cleanly between items.
 * Every item carries its "·" in front, inside the item, so a separator never dangles at the end
 * of a line; the line is shifted left by one separator's width and clipped, so the "·" of the
 * item that starts a line (the first, or one that wrapped) is out of sight.
 */
export function MetaLine({ class: className, children }: Props) {
  const items = children.filter((item) => item !== null && item !== undefined && item !== false && item !== '');
  return (
    <p class={['meta', className].filter(Boolean).join(' ')}>
      <span class="meta-line">
        {items.map((item, index) => (
          <span class="meta-item" key={index}>
            <span class="sep" aria-hidden="true">
              ·
            </span>
            {item}
          </span>
        ))}
      </span>
    </p>
  );
}
