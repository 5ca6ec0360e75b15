import { useEffect } from 'preact/hooks';

/** Every result a reader can move to: related reports, then contradiction cards. */
export const RESULT_ITEMS = 'li.report, li.contradiction';

const TYPING = 'input, textarea, select, [contenteditable=""], [contenteditable="true"]';

/**
 * j / k (and the down and up arrows once a result has the focus) move between results, the way
 * mail and feed readers do; the focused result is outlined and scrolled into view, and Enter
 * opens it.
 */
export function useResultKeys(): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      const target = event.target as Element | null;
      if (target?.closest?.(TYPING)) return;
      const items = [...document.querySelectorAll<HTMLElement>(RESULT_ITEMS)];
      if (items.length === 0) return;
      const current = items.findIndex((item) => item === document.activeElement);
      const onResult = current >= 0;
      // Enter on a result opens it: a related report's link, a contradiction's place in the page.
      if (onResult && event.key === 'Enter') {
        const action = items[current]!.querySelector<HTMLElement>('a.source-link.report-title, .locate button:not(:disabled)');
        if (action) {
          event.preventDefault();
          action.click();
        }
        return;
      }
      let step = 0;
      if (event.key === 'j' || (onResult && event.key === 'ArrowDown')) step = 1;
      else if (event.key === 'k' || (onResult && event.key === 'ArrowUp')) step = -1;
      if (step === 0) return;
      event.preventDefault();
      // From a control inside a result, the next result is counted from that result.
      const inside = items.findIndex((item) => item.contains(document.activeElement));
      const from = onResult ? current : inside;
      const next = from < 0 ? (step > 0 ? 0 : items.length - 1) : Math.min(items.length - 1, Math.max(0, from + step));
      items[next]!.focus({ preventScroll: true });
      items[next]!.scrollIntoView({ block: 'nearest' });
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}
