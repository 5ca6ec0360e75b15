import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';

export interface VirtualDisplay {
  display: string;
  /** Presses keys in the focused window as a person would (xdotool syntax: "alt+shift+s"). */
  pressKeys(keys: string): void;
  close(): void;
}

export function canUseVirtualDisplay(): boolean {
  const has = (name: string) => spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;
  return has('Xvfb') && has('xdotool');
}

/**
 * Starts an Xvfb server on a free display number. Browser shortcuts (chrome.commands) only
 * fire on real key presses from the window system, which Playwright's keyboard does not send.
 */
export async function startVirtualDisplay(): Promise<VirtualDisplay> {
  let number = 90 + Math.floor(Math.random() * 400);
  while (existsSync(`/tmp/.X11-unix/X${number}`) || existsSync(`/tmp/.X${number}-lock`)) number++;
  const display = `:${number}`;
  const server: ChildProcess = spawn('Xvfb', [display, '-screen', '0', '1400x900x24', '-nolisten', 'tcp'], { stdio: 'ignore' });
  for (let attempt = 0; attempt < 50 && !existsSync(`/tmp/.X11-unix/X${number}`); attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  if (!existsSync(`/tmp/.X11-unix/X${number}`)) {
    server.kill();
    throw new Error(`Xvfb did not start on ${display}`);
  }
  return {
    display,
    pressKeys(keys) {
      const run = spawnSync('xdotool', ['key', '--clearmodifiers', keys], { env: { ...process.env, DISPLAY: display } });
      if (run.status !== 0) throw new Error(`xdotool failed: ${run.stderr}`);
    },
    close() {
      server.kill();
    },
  };
}
