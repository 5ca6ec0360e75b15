// `npm start`: builds Backstory, serves the five seed articles as demo news pages on
// 127.0.0.1, loads a demo archive made from four of them, and opens Chromium with the
// extension on the fifth, its side panel open on the related reports.
//
//   npm start              build, launch, keep running until Ctrl-C
//   npm start -- --check   the same, headless, then exit 0 once the panel lists related reports
//   npm start -- --no-build  reuse .output/chrome-mv3
//   npm start -- --screenshot FILE  save the panel's screenshot there (default test-results/start-panel.png)
//   npm start -- --empty-archive  start with an empty archive; the demo archive is written to
//                              test-results/demo-archive.json for the panel's "Import an archive file…"
//
// The browser's temporary profile is removed however it ends: Ctrl-C, SIGTERM, or the window closed.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildDemoBundle } from '../tests/support/demoArchive';
import { startDemoServer } from '../tests/support/demoServer';
import { findBrowser } from '../tests/support/extensionBrowser';
import { startVirtualDisplay } from '../tests/support/virtualDisplay';
import { launchForPeople } from './peopleBrowser';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const args = new Set(argv);
const check = args.has('--check');
const emptyArchive = args.has('--empty-archive');
const screenshotArg = argv[argv.indexOf('--screenshot') + 1];
const screenshotFile = args.has('--screenshot') && screenshotArg ? path.resolve(screenshotArg) : path.join(root, 'test-results', 'start-panel.png');
const say = (line: string) => console.log(`backstory: ${line}`);

function fail(line: string): never {
  console.error(`backstory: ${line}`);
  process.exit(1);
}

function hasCommand(name: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;
}

// A stop signal closes what is open, then exits; the 'exit' handlers below remove the rest.
let shutdown = async (): Promise<void> => undefined;
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => void shutdown().finally(() => process.exit(0)));
}

const browserPath = findBrowser();
if (!browserPath) {
  fail(
    process.env.CHROME_PATH
      ? `CHROME_PATH=${process.env.CHROME_PATH} does not exist; point it at a Chromium or Chrome binary.`
      : 'no Chromium or Chrome found: install one (Debian/Ubuntu: sudo apt-get install chromium) or set CHROME_PATH=/path/to/chrome.',
  );
}

const needsDisplay = !check && process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
if (needsDisplay && !hasCommand('Xvfb')) {
  fail('no display: run this from a desktop session, or install xvfb (sudo apt-get install xvfb) and run it again.');
}
// No desktop: our own Xvfb, in this process, so a stop signal reaches everything we started.
const display = needsDisplay ? await startVirtualDisplay() : null;
process.on('exit', () => display?.close());
if (display) say(`no display found: running on a virtual display (${display.display}; the browser window is virtual, a screenshot is saved).`);

if (!args.has('--no-build')) {
  say('building the extension (wxt build)…');
  execFileSync(path.join(root, 'node_modules/.bin/wxt'), ['build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
}

const server = await startDemoServer();
say(`demo news pages at ${server.origin}/`);
const archiveSeeds = server.seeds.slice(0, 4);
const openSeed = server.seeds[4];
if (!openSeed) fail('the seed articles are missing: ../shared/seeds should hold five.');
const bundle = await buildDemoBundle(archiveSeeds, server.urlOf);

const browser = await launchForPeople({ headless: check, executablePath: browserPath, display: display?.display });
let stopping = false;
shutdown = async () => {
  stopping = true;
  await browser.close();
  await server.close();
};
// Whatever stops us, the profile goes: the last resort runs even on process.exit().
process.on('exit', () => rmSync(browser.profileDir, { recursive: true, force: true }));
say(`temporary browser profile: ${browser.profileDir} (removed when this stops)`);
browser.context.on('close', () => {
  if (stopping) return;
  say('the browser was closed: stopping.');
  void shutdown().finally(() => process.exit(0));
});

async function loadDemoArchive(): Promise<void> {
  const options = await browser.openExtensionPage('options.html');
  const imported = await options.evaluate(
    (json) => chrome.runtime.sendMessage({ channel: 'backstory/v1', direction: 'page', name: 'importArchive', args: { json } }),
    JSON.stringify(bundle),
  );
  if (!imported?.ok) fail(`the demo archive could not be loaded: ${imported?.error?.message ?? 'no answer'}`);
  say(`demo archive loaded: ${imported.value.added} articles (${archiveSeeds.map((seed) => seed.file.slice(0, 3)).join(', ')})`);
  await options.close();
}

try {
  if (emptyArchive) {
    const file = path.join(root, 'test-results', 'demo-archive.json');
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(bundle));
    say(`archive left empty; the demo archive is in ${path.relative(process.cwd(), file)}: import it with the panel's “Import an archive file…”`);
  } else {
    await loadDemoArchive();
  }

  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  await page.goto(server.urlOf(openSeed));
  say(`opened ${server.urlOf(openSeed)}: “${openSeed.title}”`);
  const panel = await browser.openSidePanel(page);
  const text = await panel.waitForText(emptyArchive ? /Your archive is empty/ : /Related reports\s*\d+/i, 30_000);
  await panel.screenshot(screenshotFile);
  const shown = emptyArchive ? 'your archive is empty' : `${/Related reports\s*(\d+)/i.exec(text)?.[1]} related reports`;
  say(`side panel open: ${shown} (screenshot: ${path.relative(process.cwd(), screenshotFile)})`);
  if (check) {
    await shutdown();
    process.exit(0);
  }
  say('press Ctrl-C to quit.');
} catch (error) {
  await shutdown();
  fail(error instanceof Error ? error.message : String(error));
}
