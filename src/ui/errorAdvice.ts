/** What the panel can offer to do about a failure, each shown as a button or a link. */
export type ErrorAction = 'retry' | 'reload' | 'archive' | 'settings';

export interface ErrorAdvice {
  title: string;
  /** What happened and what to do, in the reader's words. */
  todo: string;
  actions: ErrorAction[];
  /** The message as the browser or the background gave it, shown small for a bug report. */
  detail: string | null;
}

// A failure reaches the panel as a message only (a tab's state is stored as text), so it is
// recognised by the words browsers and Backstory's own code use. Each rule names what a reader
// can do about it; whatever matches none still gets "try again" and the message itself.
const RULES: Array<{ test: RegExp; advice: Omit<ErrorAdvice, 'detail'>; keepDetail?: boolean }> = [
  {
    test: /never to read this site/i,
    advice: { title: 'You asked Backstory not to read this site', todo: 'To read it again, remove it from “Sites never to read” in the settings on the archive page.', actions: ['settings'] },
  },
  {
    test: /storage is full/i,
    advice: { title: 'Your browser’s storage is full', todo: 'Delete old articles on the archive page, or export the archive and clear it, then try again.', actions: ['archive', 'retry'] },
  },
  {
    test: /session storage|kept this page's result|keep this page.s result/i,
    advice: { title: 'Too many long pages are open', todo: 'Close some tabs with long pages, then reload this one.', actions: ['reload'] },
  },
  {
    test: /archive could not be opened|private mode/i,
    advice: { title: 'Your archive could not be opened', todo: 'Private windows and turned-off site data keep extensions from storing anything. Open the page in an ordinary window, or allow site data, then reload it.', actions: ['reload'] },
  },
  {
    test: /cannot access|cannot be scripted|showing error page|chrome:\/\/|about:|missing host permission/i,
    advice: { title: 'The browser does not let Backstory read this page', todo: 'Pages of the browser itself, of its web store and error pages are closed to extensions. Open the article in an ordinary tab.', actions: [] },
    keepDetail: true,
  },
  {
    test: /no tab with id|tab was closed|frame .* (was )?removed|navigated|back\/forward cache/i,
    advice: { title: 'The page changed while Backstory read it', todo: 'Reload the page and its backstory follows.', actions: ['reload'] },
  },
  {
    test: /did not answer|message channel closed|receiving end does not exist|could not establish connection|extension context invalidated/i,
    advice: { title: 'Backstory’s background stopped answering', todo: 'Close and reopen this panel. If that does not help, reload Backstory on the browser’s extensions page.', actions: ['retry'] },
  },
  {
    test: /could not read an article|no article on this page/i,
    advice: { title: 'No article text could be read here', todo: 'The page may still be loading, or it may build its text in a way Backstory cannot read. Wait for it to load and try again, or reload it.', actions: ['retry', 'reload'] },
  },
  {
    test: /no analysed article in this tab|has not been read yet/i,
    advice: { title: 'The article is not analysed yet', todo: 'Wait until its backstory appears here, then save it. If nothing appears, reload the page.', actions: ['reload'] },
  },
];

/** What to tell the reader about a failure, and what to offer to do. */
export function adviseOnError(message: string): ErrorAdvice {
  for (const rule of RULES) {
    if (rule.test.test(message)) return withContext(message, { ...rule.advice, detail: rule.keepDetail ? message : null });
  }
  return {
    title: 'Something went wrong',
    todo: 'Try again. If it happens again, reload the page; the message below helps a bug report.',
    actions: ['retry', 'reload'],
    detail: message,
  };
}

/**
 * What failed, when the message begins by saying it ("Auto-save failed: …", "Not saved: …"),
 * goes into the title; what a full disk lost ("the article was not saved") leads what to do.
 */
function withContext(message: string, advice: ErrorAdvice): ErrorAdvice {
  const context = /^([^:]{3,80}?(?:failed|not saved|was not imported)):/i.exec(message)?.[1];
  const lost = /storage is full: ([^.]+)\./i.exec(message)?.[1];
  const lower = advice.title.charAt(0).toLowerCase() + advice.title.slice(1);
  return {
    ...advice,
    title: context ? `${context}: ${lower}` : advice.title,
    todo: lost ? `${lost.charAt(0).toUpperCase()}${lost.slice(1)}. ${advice.todo}` : advice.todo,
  };
}
