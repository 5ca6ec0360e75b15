import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { buildDemoBundle } from '../support/demoArchive';
import { startDemoServer, type DemoServer } from '../support/demoServer';
import { launchWithExtension, type ExtensionBrowser } from '../support/extensionBrowser';

export interface DemoArticle {
  server: DemoServer;
  browser: ExtensionBrowser;
  /** The tab showing the fifth seed (Putin in Minsk, December 2022). */
  article: Page;
  tabId: number;
  close(): Promise<void>;
}

/**
 * What most panel tests start from: the extension in Chromium, the demo archive (the first four
 * seeds) imported through the archive page's route, and the fifth seed open in a tab.
 */
export async function openDemoArticle(executablePath: string, viewport?: { width: number; height: number }): Promise<DemoArticle> {
  const server = await startDemoServer();
  const browser = await launchWithExtension({ headless: true, executablePath });
  const close = async () => {
    await browser.close();
    await server.close();
  };
  try {
    const options = await browser.openExtensionPage('options.html');
    const bundle = await buildDemoBundle(server.seeds.slice(0, 4), server.urlOf);
    const imported = await options.evaluate(
      (json) => chrome.runtime.sendMessage({ channel: 'backstory/v1', direction: 'page', name: 'importArchive', args: { json } }),
      JSON.stringify(bundle),
    );
    expect(imported?.ok).toBe(true);
    await options.close();
    const article = await browser.context.newPage();
    if (viewport) await article.setViewportSize(viewport);
    await article.goto(server.urlOf(server.seeds[4]!));
    return { server, browser, article, tabId: await browser.tabIdOf(article), close };
  } catch (error) {
    await close();
    throw error;
  }
}
