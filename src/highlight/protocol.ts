// The panel and the highlighter in the page talk over one port the panel opens to its tab
// (tabs.connect): only this extension's pages can open it, and when the panel closes the port
// closes with it, which is what removes the highlights.

export const HIGHLIGHT_PORT = 'backstory/highlights';
export const HIGHLIGHTER_FILE = '/content-scripts/highlighter.js';
/** Names in the page's highlight registry, styled by HIGHLIGHT_CSS. */
export const HIGHLIGHT_NAME = 'backstory-contradicted';
export const ACTIVE_HIGHLIGHT_NAME = 'backstory-contradicted-active';

/**
 * Inserted into the page as an extension stylesheet: it styles only our highlight names. The
 * text turns dark on the yellow, so a highlight reads on a dark site too.
 */
export const HIGHLIGHT_CSS = `
::highlight(${HIGHLIGHT_NAME}) { background-color: #ffe08a; color: #1b1f24; text-decoration: underline 2px #9b1c31; }
::highlight(${ACTIVE_HIGHLIGHT_NAME}) { background-color: #ffb648; color: #1b1f24; text-decoration: underline 2px #9b1c31; }
`;

const MAX_STATEMENTS = 500;
const MAX_TEXT = 5_000;

export type PanelToPage =
  | { type: 'highlight'; statements: Array<{ key: string; text: string }> }
  | { type: 'scrollTo'; key: string };

export type PageToPanel =
  | { type: 'located'; keys: string[]; supported: boolean }
  | { type: 'clicked'; key: string };

const isText = (value: unknown) => typeof value === 'string' && value.length <= MAX_TEXT;

export function isPanelToPage(message: unknown): message is PanelToPage {
  const value = message as Partial<PanelToPage> | null;
  if (!value || typeof value !== 'object') return false;
  if (value.type === 'scrollTo') return isText((value as { key?: unknown }).key);
  if (value.type !== 'highlight') return false;
  const statements = (value as { statements?: unknown }).statements;
  return (
    Array.isArray(statements) &&
    statements.length <= MAX_STATEMENTS &&
    statements.every((item: { key?: unknown; text?: unknown } | null) => !!item && isText(item.key) && isText(item.text))
  );
}

/** What the page side says is trusted only as far as naming keys the panel itself sent. */
export function isPageToPanel(message: unknown, known: Set<string>): message is PageToPanel {
  const value = message as Partial<PageToPanel> | null;
  if (!value || typeof value !== 'object') return false;
  if (value.type === 'clicked') return known.has((value as { key?: unknown }).key as string);
  if (value.type !== 'located') return false;
  const keys = (value as { keys?: unknown }).keys;
  return Array.isArray(keys) && keys.every((key) => known.has(key as string)) && typeof (value as { supported?: unknown }).supported === 'boolean';
}
