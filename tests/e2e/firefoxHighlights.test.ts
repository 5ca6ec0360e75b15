import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildDemoBundle } from '../support/demoArchive';
import { startDemoServer, type DemoServer } from '../support/demoServer';
import { canUseVirtualDisplay } from '../support/virtualDisplay';
import { findFirefox } from './firefoxBrowser';
import { sendFromPage, useFirefox } from './firefoxSuite';

const firefoxPath = findFirefox();

// Firefox runs content scripts behind Xray wrappers: the highlighter's ranges must still reach
// the page's own highlight registry (Firefox 140+ has the CSS Custom Highlight API).
describe.skipIf(!firefoxPath || !canUseVirtualDisplay())('highlighting in Firefox ESR', () => {
  let server: DemoServer;
  const firefox = useFirefox(firefoxPath ?? '');
  const call = <T>(context: string, name: string, args: unknown) => sendFromPage<T>(firefox(), context, name, args);

  beforeAll(async () => {
    server = await startDemoServer();
  });
  afterAll(async () => {
    await server?.close();
  });

  test('"Highlight in page" marks the contradicted statements in the article', async () => {
    const options = await firefox().openExtensionPage('options.html');
    expect((await call(options, 'importArchive', { json: JSON.stringify(await buildDemoBundle(server.seeds.slice(0, 4), server.urlOf)) })).ok).toBe(true);
    await firefox().navigate(firefox().tab, server.urlOf(server.seeds[4]!));
    let tabId = 0;
    await expect
      .poll(async () => {
        const ids = JSON.parse(await firefox().evaluate<string>(options, 'browser.tabs.query({}).then((tabs) => JSON.stringify(tabs.map((tab) => tab.id)))')) as number[];
        for (const id of ids) if ((await call<{ status: string }>(options, 'getTabState', { tabId: id })).value?.status === 'ready') tabId = id;
        return tabId;
      }, { timeout: 20_000 })
      .toBeGreaterThan(0);
    const panel = await firefox().openExtensionPage(`sidepanel.html?tabId=${tabId}`);
    await expect.poll(() => firefox().evaluate<string>(panel, 'document.body.innerText'), { timeout: 15_000 }).toMatch(/Highlight in page/);
    await firefox().evaluate(panel, `[...document.querySelectorAll('button')].find((b) => b.textContent === 'Highlight in page').click(), 1`);
    await expect.poll(() => firefox().evaluate<string>(panel, 'document.body.innerText'), { timeout: 10_000 }).toMatch(/marked in the page|found in the page/);
    const marked = await firefox().evaluate<string>(firefox().tab, `JSON.stringify([...(CSS.highlights.get('backstory-contradicted') ?? [])].map((range) => range.toString()))`);
    expect(JSON.parse(marked)).toEqual(expect.arrayContaining([expect.stringMatching(/he has no intention of sending troops/)]));
  });
});
