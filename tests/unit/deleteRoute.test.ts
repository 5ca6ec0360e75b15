import { expect, test, vi } from 'vitest';
import { createRoutes } from '../../entrypoints/background/routes';
import { freshArchive } from '../../src/archive/testing';

vi.mock('../../entrypoints/background/browserUi', () => ({ setBadge: async () => undefined }));
vi.mock('@/src/messaging/server', async (original) => ({ ...(await original<object>()), broadcast: async () => undefined }));

// Issue 12, item 8: deleting an id that is not in the archive reported success.
test('deleting an article that is not in the archive says so', async () => {
  const routes = createRoutes(freshArchive(`delete-${Math.random()}`), { report: () => undefined, forget: () => undefined });
  await expect(routes.page.deleteArticle({ id: 404 }, {})).rejects.toMatchObject({
    code: 'not_found',
    message: expect.stringMatching(/no article 404.*deleted already/i) as unknown as string,
  });
});
