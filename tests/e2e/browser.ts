import { findBrowser } from '../support/extensionBrowser';

/**
 * The browser the end-to-end tier runs in. Without one the tier is skipped on a developer's
 * machine, with a line saying so, but under CI=true a missing browser fails the run.
 */
export function browserForTests(): string | null {
  const found = findBrowser();
  if (!found && process.env.CI) {
    throw new Error('CI=true but no Chromium was found: install it (apt-get install -y chromium) or set CHROME_PATH.');
  }
  if (!found) console.warn('e2e: no Chromium found (apt-get install chromium, or set CHROME_PATH): skipping the browser tier.');
  return found;
}
