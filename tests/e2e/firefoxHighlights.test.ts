import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildDemoBundle } from '../support/demoArchive';
import { startDemoServer, type DemoServer } from '../support/demoServer';
import { canUseVirtualDisplay, startVirtualDisplay, type VirtualDisplay } from '../support/virtualDisplay';
import { findFirefox, launchFirefox, type FirefoxWithBackstory } from './firefoxBrowser';

const root = path.resolve(__dirname, '../..');
const firefoxPath = findFirefox();

// Firefox runs content scripts behind Xray wrappers: the highlighter's ranges must still reach
// the page's own highlight registry (Firefox 140+ has the CSS Custom Highlight API).
describe.skipIf(!firefoxPath || !canUseVirtualDisplay())('highlighting in Firefox ESR', () => {
  let server: DemoServer;
  let display: VirtualDisplay;
  let firefox: FirefoxWithBackstory;
  const call = <T>(context: string, name: string, args: unknown) =>
    firefox.evaluate<string>(context, `browser.runtime.sendMessage({ channel: 'backstory/v1', direction: 'page', name: ${JSON.stringify(name)}, args: ${JSON.stringify(args)} }).then((r) => JSON.stringify(r))`).then((json) => JSON.parse(json) as { ok: boolean; value: T });

  beforeAll(async () => {
    execFileSync(path.join(root, 'node_modules/.bin/wxt'), ['build', '-b', 'firefox'], { cwd: root, stdio: 'ignore' });
    server = await startDemoServer();
    display = await startVirtualDisplay();
    firefox = await launchFirefox(firefoxPath!, display.display);
  });
  afterAll(async () => {
    firefox?.close();
    display?.close();
    await server?.close();
  });

  test('"Highlight in page" marks the contradicted statements in the article', async () => {
    const options = await firefox.openExtensionPage('options.html');
    expect((await call(options, 'importArchive', { json: JSON.stringify(await buildDemoBundle(server.seeds.slice(0, 4), server.urlOf)) })).ok).toBe(true);
    await firefox.navigate(firefox.tab, server.urlOf(server.seeds[4]!));
    let tabId = 0;
    await expect
      .poll(async () => {
        const ids = JSON.parse(await firefox.evaluate<string>(options, 'browser.tabs.query({}).then((tabs) => JSON.stringify(tabs.map((tab) => tab.id)))')) as number[];
        for (const id of ids) if ((await call<{ status: string }>(options, 'getTabState', { tabId: id })).value?.status === 'ready') tabId = id;
        return tabId;
      }, { timeout: 20_000 })
      .toBeGreaterThan(0);
    const panel = await firefox.openExtensionPage(`sidepanel.html?tabId=${tabId}`);
    await expect.poll(() => firefox.evaluate<string>(panel, 'document.body.innerText'), { timeout: 15_000 }).toMatch(/Highlight in page/);
    await firefox.evaluate(panel, `[...document.querySelectorAll('button')].find((b) => b.textContent === 'Highlight in page').click(), 1`);
    await expect.poll(() => firefox.evaluate<string>(panel, 'document.body.innerText'), { timeout: 10_000 }).toMatch(/marked in the page|found in the page/);
    const marked = await firefox.evaluate<string>(firefox.tab, `JSON.stringify([...(CSS.highlights.get('backstory-contradicted') ?? [])].map((range) => range.toString()))`);
    expect(JSON.parse(marked)).toEqual(expect.arrayContaining([expect.stringMatching(/he has no intention of sending troops/)]));
  });
});
