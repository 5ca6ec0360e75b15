import { describe, expect, test } from 'vitest';
import { adviseOnError } from './errorAdvice';
import { ErrorNotice } from './ErrorNotice';
import { renderForTest } from './renderForTest';

// Messages as Chrome, Firefox and Backstory's own code word them.
describe('what the panel says about a failure', () => {
  test('a page the browser keeps extensions out of: no button would help, so none is offered', () => {
    const advice = adviseOnError('Cannot access contents of the page. Extension manifest must request permission to access the respective host.');
    expect(advice.title).toBe('The browser does not let Backstory read this page');
    expect(advice.actions).toEqual([]);
  });

  test('a full disk: delete or export on the archive page, after what was lost', () => {
    const message = "Your browser's storage is full: the article was not saved. Delete old articles, or export the archive and clear it, then try again.";
    const advice = adviseOnError(message);
    expect(advice.actions).toEqual(['archive', 'retry']);
    expect(advice.todo).toMatch(/^The article was not saved\. Delete old articles on the archive page/);
  });

  test('what failed, when the message says it, leads the title', () => {
    const advice = adviseOnError("Auto-save failed: Your browser's storage is full: the article was not saved. Delete old articles, then try again.");
    expect(advice.title).toBe('Auto-save failed: your browser’s storage is full');
  });

  test('no article text read: wait and try again, or reload', () => {
    expect(adviseOnError('Backstory could not read an article on this page.').actions).toEqual(['retry', 'reload']);
  });

  test('a stopped background (Chrome’s raw message): reopen the panel, then reload the extension', () => {
    expect(adviseOnError('Could not establish connection. Receiving end does not exist.').todo).toMatch(/reopen this panel.*extensions page/);
  });

  test('a site the reader never wants read points to the settings', () => {
    expect(adviseOnError('You asked Backstory never to read this site (Settings on the archive page).').actions).toEqual(['settings']);
  });

  test('anything else: try again, and the message kept for a bug report', () => {
    const advice = adviseOnError('TypeError: undefined is not an object');
    expect(advice.actions).toEqual(['retry', 'reload']);
    expect(advice.detail).toBe('TypeError: undefined is not an object');
  });

  test('the notice offers only the buttons it was given handlers for', async () => {
    let retried = 0;
    const view = renderForTest(<ErrorNotice message="Backstory could not read an article on this page." onRetry={() => retried++} />);
    expect(view.text()).toContain('No article text could be read here');
    expect(view.all('button').map((button) => button.textContent)).toEqual(['Try again']);
    await view.click(view.all('button')[0]!);
    expect(retried).toBe(1);
    expect(view.all('[role=alert]')).toHaveLength(1);
  });
});
