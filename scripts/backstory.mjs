// `npm run backstory`: the command line run from one prebuilt file. Compiling the TypeScript on
// every command (tsx) cost about 0.6 s of CPU per command; the prebuilt file starts in a third
// of that. It is rebuilt (esbuild, already installed with WXT's toolchain) whenever a source
// file is newer than it, so an edit is never run stale.
import { mkdirSync, readdirSync, renameSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const entry = path.join(root, 'src/cli/main.ts');
// Inside node_modules, so the bundle's packages resolve as the sources' do; never committed.
const bundle = path.join(root, 'node_modules/.cache/backstory-cli/main.mjs');

/** The newest modification time of the files the command line is built from. */
function newestSource() {
  let newest = Math.max(statSync(path.join(root, 'package-lock.json')).mtimeMs, statSync(fileURLToPath(import.meta.url)).mtimeMs);
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.(ts|json)$/.test(entry.name)) newest = Math.max(newest, statSync(full).mtimeMs);
    }
  };
  walk(path.join(root, 'src'));
  return newest;
}

function builtAt() {
  try {
    return statSync(bundle).mtimeMs;
  } catch {
    return 0;
  }
}

if (builtAt() < newestSource()) {
  const { build } = await import('esbuild');
  mkdirSync(path.dirname(bundle), { recursive: true });
  const temporary = `${bundle}.${process.pid}.tmp.mjs`;
  await build({
    entryPoints: [entry], outfile: temporary, bundle: true, platform: 'node', format: 'esm', target: 'node20',
    packages: 'external', logLevel: 'error',
  });
  // Renamed into place whole, so a command started meanwhile never runs half a file.
  renameSync(temporary, bundle);
}
await import(pathToFileURL(bundle).href);
