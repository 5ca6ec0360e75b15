import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { emptyTabState, readTabState, resetTabState, writeTabState } from '../../entrypoints/background/tabStates';

// The badge and the panel broadcast are not what these tests look at.
vi.mock('../../entrypoints/background/browserUi', () => ({ setBadge: async () => undefined }));
vi.mock('@/src/messaging/server', () => ({ broadcast: async () => undefined }));

describe('a tab state when a new page loads', () => {
  beforeEach(() => fakeBrowser.reset());

  test('a fast result for the new page is not wiped by the reset that the navigation sent first', async () => {
    await writeTabState({ ...emptyTabState(7, 'https://news.test/old'), status: 'ready' });
    // The navigation's reset and the new page's verdict race: neither waits for the other.
    const reset = resetTabState(7, 'https://news.test/new');
    const verdict = writeTabState({ ...emptyTabState(7, 'https://news.test/new'), status: 'not_relevant' });
    await Promise.all([reset, verdict]);
    expect(await readTabState(7)).toMatchObject({ url: 'https://news.test/new', status: 'not_relevant' });
  });

  test('a verdict that came before the navigation event is kept, and an old page is forgotten', async () => {
    await writeTabState({ ...emptyTabState(7, 'https://news.test/new'), status: 'not_relevant' });
    await resetTabState(7, 'https://news.test/new');
    expect((await readTabState(7)).status).toBe('not_relevant');
    await resetTabState(7, 'https://news.test/next');
    expect(await readTabState(7)).toMatchObject({ url: 'https://news.test/next', status: 'waiting' });
  });
});
