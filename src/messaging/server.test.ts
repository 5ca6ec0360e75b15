import { describe, expect, test, vi } from 'vitest';
import { CHANNEL } from './protocol';
import { HandlerError, route, type Routes } from './server';

const self = { id: 'bs', origin: 'chrome-extension://bs/' };
const panel = { id: 'bs', url: 'chrome-extension://bs/sidepanel.html' };
const contentScript = { id: 'bs', url: 'https://news.example/a', tab: { id: 12 } };

function makeRoutes() {
  const pageDetected = vi.fn(async (_args: unknown, _ctx: { tabId: number; url: string }) => null);
  const deleteArticle = vi.fn(async (args: { id: number }) => {
    if (args.id === 404) throw new HandlerError('not_found', 'That article is no longer in your archive.');
    return null;
  });
  const routes = {
    content: { pageDetected },
    page: { deleteArticle },
  } as unknown as Routes;
  return { routes, pageDetected, deleteArticle };
}

const envelope = (direction: string, name: string, args: unknown) => ({ channel: CHANNEL, direction, name, args });

describe('route', () => {
  test('ignores messages that are not on our channel', async () => {
    const { routes } = makeRoutes();
    expect(await route(routes, { hello: 1 }, panel, self)).toBeUndefined();
  });

  test('a content script acts on its own tab and address, whatever the payload claims', async () => {
    const { routes, pageDetected } = makeRoutes();
    const reply = await route(routes, envelope('content', 'pageDetected', { tabId: 99, url: 'https://evil.example/' }), contentScript, self);
    expect(reply).toEqual({ ok: true, value: null });
    expect(pageDetected.mock.calls[0]?.[1]).toEqual({ tabId: 12, url: 'https://news.example/a' });
  });

  test('a content script cannot make page calls such as deleting an article', async () => {
    const { routes, deleteArticle } = makeRoutes();
    const reply = await route(routes, envelope('page', 'deleteArticle', { id: 1 }), contentScript, self);
    expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(deleteArticle).not.toHaveBeenCalled();
  });

  test('another extension is refused', async () => {
    const { routes } = makeRoutes();
    const reply = await route(routes, envelope('page', 'deleteArticle', { id: 1 }), { id: 'evil', url: 'chrome-extension://evil/x.html' }, self);
    expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  test('unknown calls and handler errors come back as named errors', async () => {
    const { routes } = makeRoutes();
    expect(await route(routes, envelope('page', 'dropDatabase', {}), panel, self)).toMatchObject({
      ok: false,
      error: { code: 'bad_request' },
    });
    expect(await route(routes, envelope('page', 'toString', {}), panel, self)).toMatchObject({
      ok: false,
      error: { code: 'bad_request' },
    });
    expect(await route(routes, envelope('page', 'deleteArticle', { id: 404 }), panel, self)).toEqual({
      ok: false,
      error: { code: 'not_found', message: 'That article is no longer in your archive.' },
    });
  });
});
