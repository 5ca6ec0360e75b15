// `npm start`: builds Backstory, serves the five seed articles as demo news pages on
// 127.0.0.1, loads a demo archive made from four of them, and opens Chromium with the
// extension on the fifth, its side panel open on the related reports.
//
//   npm start              build, launch, keep running until Ctrl-C
//   npm start -- --check   the same, headless, then exit 0 once the panel lists related reports
//   npm start -- --no-build  reuse .output/chrome-mv3
import { execFileSync, spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildDemoBundle } from '../tests/support/demoArchive';
import { startDemoServer } from '../tests/support/demoServer';
import { findBrowser, launchWithExtension } from '../tests/support/extensionBrowser';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = new Set(process.argv.slice(2));
const check = args.has('--check');
const say = (line: string) => console.log(`backstory: ${line}`);

function fail(line: string): never {
  console.error(`backstory: ${line}`);
  process.exit(1);
}

function hasCommand(name: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;
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
if (needsDisplay) {
  if (process.env.BACKSTORY_UNDER_XVFB) fail('xvfb-run started, but no display came up.');
  if (!hasCommand('xvfb-run')) {
    fail('no display: run this from a desktop session, or install xvfb (sudo apt-get install xvfb) and run it again.');
  }
  say('no display found: running under xvfb-run (the browser window is virtual; a screenshot is saved).');
  const rerun = spawnSync('xvfb-run', ['-a', '--server-args=-screen 0 1400x900x24', process.execPath, ...process.execArgv, ...process.argv.slice(1)], {
    stdio: 'inherit',
    env: { ...process.env, BACKSTORY_UNDER_XVFB: '1' },
  });
  process.exit(rerun.status ?? 1);
}

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

const browser = await launchWithExtension({ headless: check, executablePath: browserPath });
const shutdown = async () => {
  await browser.close();
  await server.close();
};
process.on('SIGINT', () => void shutdown().then(() => process.exit(0)));

try {
  const options = await browser.openExtensionPage('options.html');
  const imported = await options.evaluate(
    (json) => chrome.runtime.sendMessage({ channel: 'backstory/v1', direction: 'page', name: 'importArchive', args: { json } }),
    JSON.stringify(bundle),
  );
  if (!imported?.ok) fail(`the demo archive could not be loaded: ${imported?.error?.message ?? 'no answer'}`);
  say(`demo archive loaded: ${imported.value.added} articles (${archiveSeeds.map((seed) => seed.file.slice(0, 3)).join(', ')})`);
  await options.close();

  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  await page.goto(server.urlOf(openSeed));
  say(`opened ${server.urlOf(openSeed)}: “${openSeed.title}”`);
  const panel = await browser.openSidePanel(page);
  const text = await panel.waitForText(/Related reports\s*\d+/i, 30_000);
  const shot = path.join(root, 'test-results', 'start-panel.png');
  await panel.screenshot(shot);
  say(`side panel open: ${/Related reports\s*(\d+)/i.exec(text)?.[1]} related reports (screenshot: ${path.relative(process.cwd(), shot)})`);
  if (check) {
    await shutdown();
    process.exit(0);
  }
  say('press Ctrl-C to quit.');
} catch (error) {
  await shutdown();
  fail(error instanceof Error ? error.message : String(error));
}
