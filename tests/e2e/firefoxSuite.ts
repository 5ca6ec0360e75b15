// One Firefox ESR with Backstory for a describe block: the add-on built for Firefox, a virtual
// display, the browser launched before the block's tests and closed after them. Each test file
// of Firefox used to repeat these steps.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { startVirtualDisplay, type VirtualDisplay } from '../support/virtualDisplay';
import { launchFirefox, type FirefoxWithBackstory } from './firefoxBrowser';

const root = path.resolve(__dirname, '../..');

/** Call inside a describe block; the returned getter gives the running Firefox in its tests. */
export function useFirefox(firefoxPath: string): () => FirefoxWithBackstory {
  let display: VirtualDisplay | undefined;
  let firefox: FirefoxWithBackstory | undefined;
  beforeAll(async () => {
    execFileSync(path.join(root, 'node_modules/.bin/wxt'), ['build', '-b', 'firefox'], { cwd: root, stdio: 'ignore' });
    display = await startVirtualDisplay();
    firefox = await launchFirefox(firefoxPath, display.display);
  });
  afterAll(() => {
    firefox?.close();
    display?.close();
  });
  return () => {
    if (!firefox) throw new Error('Firefox is not running: useFirefox starts it in beforeAll.');
    return firefox;
  };
}

/** A message to the background as the extension's own pages send it; its JSON answer. */
export async function sendFromPage<T>(firefox: FirefoxWithBackstory, context: string, name: string, args: unknown): Promise<{ ok: boolean; value: T }> {
  const json = await firefox.evaluate<string>(context, `browser.runtime.sendMessage({ channel: 'backstory/v1', direction: 'page', name: ${JSON.stringify(name)}, args: ${JSON.stringify(args)} }).then((r) => JSON.stringify(r))`);
  return JSON.parse(json) as { ok: boolean; value: T };
}
