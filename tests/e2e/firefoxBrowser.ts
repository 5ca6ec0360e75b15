// Firefox ESR with Backstory installed as a temporary add-on, driven over WebDriver BiDi (built
// into Firefox; Playwright's Firefox is a patched build, not the ESR readers have). Headed on an
// Xvfb display, so real key presses reach it. Extension pages cannot be opened over BiDi; they
// are opened as a person would, by typing the address into the address bar.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const FIREFOX_DIR = path.resolve(__dirname, '../../.output/firefox-mv2');
/** The add-on's internal address, fixed by a preference so tests can type it. */
const UUID = '6f1b7c2e-0d4a-4c1e-9a57-2b7d3e9f1a10';
const ADDON_ID = 'backstory@backstory.local';

export function findFirefox(): string | null {
  const candidates = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'].filter(Boolean) as string[];
  return candidates.find((candidate) => existsSync(candidate)) ?? null;
}

export interface FirefoxWithBackstory {
  /** The first tab's browsing context. */
  tab: string;
  navigate(context: string, url: string): Promise<void>;
  evaluate<T>(context: string, expression: string): Promise<T>;
  /** Opens moz-extension://…/file in a new tab through the address bar; its context. */
  openExtensionPage(file: string): Promise<string>;
  keys(keys: string): void;
  screenshot(context: string, file: string, width?: number): Promise<void>;
  close(): void;
}

export async function launchFirefox(executable: string, display: string): Promise<FirefoxWithBackstory> {
  const profile = mkdtempSync(path.join(tmpdir(), 'backstory-firefox-'));
  writeFileSync(
    path.join(profile, 'user.js'),
    [
      `user_pref("extensions.webextensions.uuids", ${JSON.stringify(JSON.stringify({ [ADDON_ID]: UUID }))});`,
      'user_pref("browser.shell.checkDefaultBrowser", false);',
      'user_pref("datareporting.policy.dataSubmissionEnabled", false);',
      'user_pref("browser.aboutwelcome.enabled", false);',
      'user_pref("browser.startup.homepage_override.mstone", "ignore");',
    ].join('\n'),
  );
  const port = 9300 + Math.floor(Math.random() * 600);
  const env = { ...process.env, DISPLAY: display };
  const firefox: ChildProcess = spawn(executable, ['-no-remote', '-profile', profile, '--remote-debugging-port', String(port), 'about:blank'], { env, stdio: 'ignore' });
  const close = () => {
    firefox.kill();
    rmSync(profile, { recursive: true, force: true });
  };
  try {
    const send = await connect(port);
    await send('session.new', { capabilities: {} });
    await send('webExtension.install', { extensionData: { type: 'path', path: FIREFOX_DIR } });
    const tree = async () => (await send<{ contexts: Array<{ context: string; url: string }> }>('browsingContext.getTree', {})).contexts;
    const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    const xdotool = (...args: string[]) => spawnSync('xdotool', args, { env });
    const evaluate = async <T>(context: string, expression: string): Promise<T> => {
      const result = await send<{ type: string; result?: { value: T }; exceptionDetails?: { text: string } }>('script.evaluate', {
        expression,
        target: { context },
        awaitPromise: true,
      });
      if (result.type !== 'success') throw new Error(`in the page: ${result.exceptionDetails?.text}`);
      return result.result!.value;
    };
    return {
      tab: (await tree())[0]!.context,
      async navigate(context, url) {
        await send('browsingContext.navigate', { context, url, wait: 'complete' });
      },
      evaluate,
      async openExtensionPage(file) {
        const url = `moz-extension://${UUID}/${file}`;
        xdotool('key', '--clearmodifiers', 'ctrl+t');
        await sleep(800);
        xdotool('type', '--delay', '5', url);
        xdotool('key', 'Return');
        for (let attempt = 0; attempt < 50; attempt++) {
          const found = (await tree()).find((context) => context.url === url);
          if (found) {
            await sleep(500);
            return found.context;
          }
          await sleep(200);
        }
        throw new Error(`Firefox did not open ${url}`);
      },
      keys(keys) {
        xdotool('key', '--clearmodifiers', keys);
      },
      async screenshot(context, file, width) {
        if (width) await send('browsingContext.setViewport', { context, viewport: { width, height: 900 } });
        await sleep(300);
        const { data } = await send<{ data: string }>('browsingContext.captureScreenshot', { context, origin: 'document' });
        mkdirSync(path.dirname(file), { recursive: true });
        writeFileSync(file, Buffer.from(data, 'base64'));
      },
      close,
    };
  } catch (error) {
    close();
    throw error;
  }
}

type Send = <T = unknown>(method: string, params: Record<string, unknown>) => Promise<T>;

/** A BiDi session over Firefox's WebSocket, retried while Firefox starts. */
async function connect(port: number): Promise<Send> {
  let socket: WebSocket | null = null;
  for (let attempt = 0; attempt < 100 && !socket; attempt++) {
    socket = await new Promise<WebSocket | null>((resolve) => {
      const candidate = new WebSocket(`ws://127.0.0.1:${port}/session`);
      candidate.onopen = () => resolve(candidate);
      candidate.onerror = () => resolve(null);
    });
    if (!socket) await new Promise((resolve) => setTimeout(resolve, 200));
  }
  if (!socket) throw new Error('Firefox did not open its WebDriver BiDi port');
  const pending = new Map<number, { resolve: (value: never) => void; reject: (error: Error) => void }>();
  socket.onmessage = (event) => {
    const message = JSON.parse(String(event.data)) as { id?: number; type: string; result?: unknown; message?: string };
    const waiter = message.id === undefined ? undefined : pending.get(message.id);
    if (!waiter) return;
    pending.delete(message.id!);
    if (message.type === 'error') waiter.reject(new Error(message.message));
    else waiter.resolve(message.result as never);
  };
  let next = 0;
  const open = socket;
  return (method, params) =>
    new Promise((resolve, reject) => {
      const id = ++next;
      pending.set(id, { resolve: resolve as (value: never) => void, reject });
      open.send(JSON.stringify({ id, method, params }));
    });
}
