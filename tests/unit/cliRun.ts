import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const SEEDS = '../shared/seeds';
export const seed = (name: string) => `${SEEDS}/${name}`;

/** Runs the command line as a user would, from the project folder. */
export function backstory(...args: string[]) {
  const run = spawnSync(join(ROOT, 'node_modules/.bin/tsx'), ['src/cli/main.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** The lines the run wrote on stderr. */
export const stderrLines = (run: ReturnType<typeof backstory>) => run.stderr.trimEnd().split('\n').filter(Boolean);
