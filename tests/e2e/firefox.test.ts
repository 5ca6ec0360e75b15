import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { OPEN_PANEL_SHORTCUT, SAVE_SHORTCUT } from '../../src/ui/shortcut';
import { buildDemoBundle } from '../support/demoArchive';
import { startDemoServer, type DemoServer } from '../support/demoServer';
import { canUseVirtualDisplay } from '../support/virtualDisplay';
import { findFirefox } from './firefoxBrowser';
import { sendFromPage, useFirefox } from './firefoxSuite';

const root = path.resolve(__dirname, '../..');
const ARTEFACTS = path.join(root, 'test-results');
const firefoxPath = findFirefox();
if (!firefoxPath && process.env.CI) throw new Error('CI=true but no Firefox was found: install it (apt-get install -y firefox-esr) or set FIREFOX_PATH.');
if (!firefoxPath) console.warn('e2e: no Firefox found (apt-get install firefox-esr, or set FIREFOX_PATH): skipping the Firefox tests.');

describe.skipIf(!firefoxPath || !canUseVirtualDisplay())('Backstory in Firefox ESR', () => {
  let server: DemoServer;
  const firefox = useFirefox(firefoxPath ?? '');
  const call = <T>(context: string, name: string, args: unknown) => sendFromPage<T>(firefox(), context, name, args);

  beforeAll(async () => {
    server = await startDemoServer();
  });
  afterAll(async () => {
    await server?.close();
  });

  test(`${SAVE_SHORTCUT} saves the open article (Alt+Shift+S opened the History menu)`, async () => {
    const seed = server.seeds.find((candidate) => candidate.file.startsWith('003'))!;
    await firefox().navigate(firefox().tab, server.urlOf(seed));
    await new Promise((resolve) => setTimeout(resolve, 3000));
    firefox().keys(SAVE_SHORTCUT.toLowerCase());
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const options = await firefox().openExtensionPage('options.html');
    await expect
      .poll(async () => (await call<{ articles: Array<{ title: string }> }>(options, 'listArticles', { offset: 0, limit: 10 })).value.articles.map((a) => a.title), { timeout: 10_000 })
      .toEqual([seed.title]);
  });

  test('the panel lists related reports and contradictions with the demo archive', async () => {
    const options = await firefox().openExtensionPage('options.html');
    const imported = await call(options, 'importArchive', { json: JSON.stringify(await buildDemoBundle(server.seeds.slice(0, 4), server.urlOf)) });
    expect(imported.ok).toBe(true);
    await firefox().navigate(firefox().tab, server.urlOf(server.seeds[4]!));
    // The tab the panel describes: the one whose analysis is ready.
    let tabId = 0;
    await expect
      .poll(async () => {
        const ids = JSON.parse(await firefox().evaluate<string>(options, 'browser.tabs.query({}).then((tabs) => JSON.stringify(tabs.map((tab) => tab.id)))')) as number[];
        for (const id of ids) if ((await call<{ status: string }>(options, 'getTabState', { tabId: id })).value?.status === 'ready') tabId = id;
        return tabId;
      }, { timeout: 20_000 })
      .toBeGreaterThan(0);
    const panel = await firefox().openExtensionPage(`sidepanel.html?tabId=${tabId}`);
    await expect.poll(() => firefox().evaluate<string>(panel, 'document.body.innerText'), { timeout: 15_000 }).toMatch(/Contradicted statements\s*[1-9]/i);
    const text = await firefox().evaluate<string>(panel, 'document.body.innerText');
    expect(text).toMatch(/Related reports\s*4/i);
    expect(text).toContain('Same event');
    expect(text).toContain('Putin heads for Belarus amid fears of new assault on Ukraine');
    await firefox().screenshot(panel, path.join(ARTEFACTS, 'firefox-panel-demo-related-and-contradictions-235px-light.png'), 235);
  });

  test(`${OPEN_PANEL_SHORTCUT} opens and closes Backstory's sidebar`, async () => {
    const options = await firefox().openExtensionPage('options.html');
    const isOpen = async () => (await firefox().evaluate<string>(options, 'browser.sidebarAction.isOpen({}).then(String)')) === 'true';
    // Firefox may open a new add-on's sidebar by itself: the key toggles it, both ways.
    const before = await isOpen();
    firefox().keys(OPEN_PANEL_SHORTCUT.toLowerCase());
    await expect.poll(isOpen, { timeout: 10_000 }).toBe(!before);
    firefox().keys(OPEN_PANEL_SHORTCUT.toLowerCase());
    await expect.poll(isOpen, { timeout: 10_000 }).toBe(before);
  });
});
