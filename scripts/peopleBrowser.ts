// How `npm start` runs Chromium for a person to use, unlike the tests' browser: with the
// sandbox, and without the warning bars that automation flags bring.
import { findBrowser, launchWithExtension, type ExtensionBrowser, type LaunchOptions } from '../tests/support/extensionBrowser';

/**
 * Chromium refuses its sandbox to root, and then shows "You are using an unsupported
 * command-line flag: --no-sandbox" above every page; --test-type silences that bar (it is what
 * Playwright's own app mode passes). --enable-automation would add "Chrome is being controlled
 * by automated test software".
 */
export function peopleLaunchOptions(asRoot: boolean): Pick<LaunchOptions, 'sandbox' | 'args' | 'ignoreDefaultArgs'> {
  return { sandbox: !asRoot, args: ['--test-type'], ignoreDefaultArgs: ['--enable-automation'] };
}

const runningAsRoot = () => process.getuid?.() === 0;

/** Chromium with Backstory for a person; without a usable sandbox (some containers), without it. */
export async function launchForPeople(options: Pick<LaunchOptions, 'headless' | 'display'> & { executablePath?: string }): Promise<ExtensionBrowser> {
  const executablePath = options.executablePath ?? findBrowser();
  if (!executablePath) throw new Error('no Chromium or Chrome found');
  const base = { headless: options.headless, display: options.display, executablePath };
  try {
    return await launchWithExtension({ ...base, ...peopleLaunchOptions(runningAsRoot()) });
  } catch (error) {
    if (runningAsRoot()) throw error;
    console.warn(`backstory: Chromium's sandbox is not available here; starting without it.\n  (${String(error).split('\n')[0]})`);
    return launchWithExtension({ ...base, ...peopleLaunchOptions(true) });
  }
}
