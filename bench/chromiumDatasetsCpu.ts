// CPU time the browser spends on a step, all its processes and threads together (the page, its
// workers, IndexedDB's in the browser process): unlike the wall-clock rate, it hardly moves with
// the machine's load, so a change can be judged on a machine others share. Linux only (/proc);
// null elsewhere.
import { readdirSync, readFileSync } from 'node:fs';

const TICKS_PER_SECOND = 100;

function stat(pid: string): { ppid: string; ticks: number } | null {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name may hold spaces and parentheses: the fields follow the last ')'.
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    return { ppid: fields[1]!, ticks: Number(fields[11]) + Number(fields[12]) };
  } catch {
    return null;
  }
}

/** Milliseconds of CPU used so far by the browser started on `profileDir` and its child processes. */
export function browserCpuMs(profileDir: string): number | null {
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return null;
  }
  const root = pids.find((pid) => {
    try {
      const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
      return args.includes(`--user-data-dir=${profileDir}`) && !args.some((arg) => arg.startsWith('--type='));
    } catch {
      return false;
    }
  });
  if (!root) return null;
  const stats = new Map(pids.map((pid) => [pid, stat(pid)] as const));
  const inTree = (pid: string): boolean => {
    for (let at: string | undefined = pid, hops = 0; at && hops < 10; at = stats.get(at)?.ppid, hops++) if (at === root) return true;
    return false;
  };
  let ticks = 0;
  for (const [pid, entry] of stats) if (entry && inTree(pid)) ticks += entry.ticks;
  return (ticks * 1000) / TICKS_PER_SECOND;
}

/** CPU ms so far of each thread of the browser's processes, by process type and thread name (`--threads`). */
export function browserThreadMs(profileDir: string): Map<string, number> | null {
  const out = new Map<string, number>();
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return null;
  }
  const argsOf = (pid: string) => {
    try {
      return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
    } catch {
      return [];
    }
  };
  const root = pids.find((pid) => {
    const args = argsOf(pid);
    return args.includes(`--user-data-dir=${profileDir}`) && !args.some((arg) => arg.startsWith('--type='));
  });
  if (!root) return null;
  const stats = new Map(pids.map((pid) => [pid, stat(pid)] as const));
  const inTree = (pid: string): boolean => {
    for (let at: string | undefined = pid, hops = 0; at && hops < 10; at = stats.get(at)?.ppid, hops++) if (at === root) return true;
    return false;
  };
  for (const pid of pids) {
    if (!stats.get(pid) || !inTree(pid)) continue;
    const args = argsOf(pid);
    const type = `${args.find((arg) => arg.startsWith('--type='))?.slice(7) ?? 'browser'}${args.includes('--extension-process') ? '(extension)' : ''}`;
    let tids: string[] = [];
    try {
      tids = readdirSync(`/proc/${pid}/task`);
    } catch {
      continue;
    }
    for (const tid of tids) {
      try {
        const text = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
        const comm = text.slice(text.indexOf('(') + 1, text.lastIndexOf(')')).replace(/\d+$/, '');
        const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
        const key = `${type} ${pid}/${comm}`;
        out.set(key, (out.get(key) ?? 0) + ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND);
      } catch {
        // a thread that ended
      }
    }
  }
  return out;
}
