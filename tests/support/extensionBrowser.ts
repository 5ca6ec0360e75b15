import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page, type Worker } from 'playwright-core';

export const EXTENSION_DIR = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../.output/chrome-mv3');

const BROWSER_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** CHROME_PATH, else the first Chromium or Chrome found; null when there is none. */
export function findBrowser(): string | null {
  if (process.env.CHROME_PATH) return existsSync(process.env.CHROME_PATH) ? process.env.CHROME_PATH : null;
  return BROWSER_CANDIDATES.find((candidate) => existsSync(candidate)) ?? null;
}

/** Without a filter, Target.getTargets leaves out tab targets, which triggerAction needs. */
const ALL_TARGETS = { filter: [{}] };

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  cdp: CDPSession;
  /** The temporary profile, removed by close(). */
  profileDir: string;
  /** Opens the real side panel for a page, as a click on the toolbar button would. */
  openSidePanel(page: Page): Promise<PanelHandle>;
  /** An extension page (options.html, sidepanel.html?tabId=N) in a normal tab. */
  openExtensionPage(file: string): Promise<Page>;
  /** Whether a side panel is open in the browser. */
  panelIsOpen(): Promise<boolean>;
  /** Stops the background worker, as the browser does when it is idle. */
  stopWorker(): Promise<void>;
  /** The background's id for the tab showing a page. */
  tabIdOf(page: Page): Promise<number>;
  close(): Promise<void>;
}

export interface PanelHandle {
  /** The panel's visible text. */
  text(): Promise<string>;
  evaluate<T>(expression: string): Promise<T>;
  screenshot(file: string): Promise<void>;
  waitForText(pattern: RegExp, timeoutMs?: number): Promise<string>;
}

export interface LaunchOptions {
  headless: boolean;
  executablePath: string;
  extensionDir?: string;
  /** An X display for a headed browser (tests of real key presses run under Xvfb). */
  display?: string;
  /** Run with Chromium's sandbox (default: without, as tests in containers need). */
  sandbox?: boolean;
  /** More command-line switches, and Playwright defaults to leave out (`npm start`). */
  args?: string[];
  ignoreDefaultArgs?: string[];
}

export async function launchWithExtension(options: LaunchOptions): Promise<ExtensionBrowser> {
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  if (!existsSync(path.join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension in ${extensionDir}: run \`npm run build\` first.`);
  }
  const profileDir = mkdtempSync(path.join(tmpdir(), 'backstory-profile-'));
  // A browser that fails to start leaves no profile behind either.
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: options.executablePath,
    headless: options.headless,
    viewport: null,
    env: options.display ? { ...process.env, DISPLAY: options.display } : undefined,
    chromiumSandbox: options.sandbox ?? false,
    ignoreDefaultArgs: options.ignoreDefaultArgs,
    args: [
      ...(options.sandbox ? [] : ['--no-sandbox']),
      ...(options.args ?? []),
      '--disable-gpu',
      '--no-first-run',
      '--no-default-browser-check',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--window-size=1400,900',
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
    ],
  }).catch((error: unknown) => {
    rmSync(profileDir, { recursive: true, force: true });
    throw error;
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  const cdp = await context.browser()!.newBrowserCDPSession();

  const tabIdOf = async (page: Page): Promise<number> => {
    const url = page.url();
    return worker.evaluate(async (pageUrl) => {
      const tabs = await chrome.tabs.query({});
      const tab = tabs.find((candidate: { url?: string }) => candidate.url === pageUrl);
      if (tab?.id === undefined) throw new Error(`no tab shows ${pageUrl}`);
      return tab.id;
    }, url);
  };

  const targetIdOf = async (page: Page): Promise<string> => {
    const { targetInfos } = (await cdp.send('Target.getTargets' as never, ALL_TARGETS as never)) as { targetInfos: Array<{ targetId: string; type: string; url: string }> };
    const target = targetInfos.find((info) => info.type === 'tab' && info.url === page.url());
    if (!target) throw new Error(`no CDP target for ${page.url()}`);
    return target.targetId;
  };

  const findPanelTarget = async (): Promise<string | undefined> => {
    const panelUrl = `chrome-extension://${extensionId}/sidepanel.html`;
    const { targetInfos } = (await cdp.send('Target.getTargets' as never, ALL_TARGETS as never)) as {
      targetInfos: Array<{ targetId: string; type: string; url: string }>;
    };
    return targetInfos.find((info) => info.type === 'page' && info.url.startsWith(panelUrl))?.targetId;
  };

  const panelHandle = async (open: () => Promise<void>): Promise<PanelHandle> => {
    let targetId = await findPanelTarget();
    // Right after start-up the worker may not have set its panel behaviour yet, and the click
    // does nothing: click again, as a reader would.
    for (let attempt = 0; attempt < 40 && !targetId; attempt++) {
      if (attempt % 10 === 0) await open();
      await new Promise((resolve) => setTimeout(resolve, 100));
      targetId = await findPanelTarget();
    }
    if (!targetId) throw new Error('the side panel did not open');
    const send = await attachToTarget(cdp, targetId);
    const evaluate = async <T>(expression: string): Promise<T> => {
      const result = await send<{ result: { value: T } }>('Runtime.evaluate', { expression, returnByValue: true, awaitPromise: true });
      return result.result.value;
    };
    const text = () => evaluate<string>('document.body.innerText');
    return {
      text,
      evaluate,
      async screenshot(file) {
        const { data } = await send<{ data: string }>('Page.captureScreenshot', { format: 'png' });
        const { writeFileSync, mkdirSync } = await import('node:fs');
        mkdirSync(path.dirname(file), { recursive: true });
        writeFileSync(file, Buffer.from(data, 'base64'));
      },
      async waitForText(pattern, timeoutMs = 15_000) {
        const deadline = Date.now() + timeoutMs;
        let last = '';
        while (Date.now() < deadline) {
          last = await text().catch(() => '');
          if (pattern.test(last)) return last;
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
        throw new Error(`the side panel never showed ${pattern}; it shows:\n${last}`);
      },
    };
  };

  return {
    context,
    extensionId,
    worker,
    cdp,
    profileDir,
    tabIdOf,
    async openSidePanel(page) {
      await page.bringToFront();
      // The panel is one per window and follows the active tab; a second click would close it,
      // so the toolbar button is only clicked while no panel is open.
      const tabTarget = await targetIdOf(page);
      return panelHandle(async () => {
        await cdp.send('Extensions.triggerAction' as never, { id: extensionId, targetId: tabTarget } as never);
      });
    },
    async panelIsOpen() {
      return (await findPanelTarget()) !== undefined;
    },
    async stopWorker() {
      const { targetInfos } = (await cdp.send('Target.getTargets' as never, ALL_TARGETS as never)) as {
        targetInfos: Array<{ targetId: string; type: string; url: string }>;
      };
      const worker = targetInfos.find((info) => info.type === 'service_worker' && info.url.includes(extensionId));
      if (worker) await cdp.send('Target.closeTarget' as never, { targetId: worker.targetId } as never);
    },
    async openExtensionPage(file) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${file}`);
      return page;
    },
    async close() {
      await context.close().catch(() => undefined);
      rmSync(profileDir, { recursive: true, force: true });
    },
  };
}

export type TargetSend = <T>(method: string, params?: Record<string, unknown>) => Promise<T>;

/**
 * Attaches to a target that Playwright does not expose as a page (the side panel) and returns
 * a function that sends it CDP commands, relayed through the browser session.
 */
export async function attachToTarget(cdp: CDPSession, targetId: string): Promise<TargetSend> {
  const { sessionId } = (await cdp.send('Target.attachToTarget' as never, { targetId, flatten: false } as never)) as {
    sessionId: string;
  };
  let nextId = 1;
  const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  cdp.on('Target.receivedMessageFromTarget' as never, ((event: { sessionId: string; message: string }) => {
    if (event.sessionId !== sessionId) return;
    const message = JSON.parse(event.message) as { id?: number; result?: unknown; error?: { message: string } };
    const waiter = message.id === undefined ? undefined : pending.get(message.id);
    if (!waiter) return;
    pending.delete(message.id!);
    if (message.error) waiter.reject(new Error(message.error.message));
    else waiter.resolve(message.result);
  }) as never);
  return <T>(method: string, params: Record<string, unknown> = {}) =>
    new Promise<T>((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      cdp
        .send('Target.sendMessageToTarget' as never, { sessionId, message: JSON.stringify({ id, method, params }) } as never)
        .catch(reject);
    });
}
