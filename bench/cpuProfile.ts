// Where a page's main thread spends its time during one step of a Chromium bench: the V8 CPU
// profiler over the debugging protocol, summed by function (self time), heaviest first. Used by
// bench/chromiumDatasets.ts with `--cpu`; the page's workers and the browser's IndexedDB process
// are not in it (time waiting for them shows as "(idle)").
import type { Page } from 'playwright-core';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

export async function cpuProfile<T>(page: Page, step: () => Promise<T>, top = 40): Promise<{ result: T; lines: string[] }> {
  const session = await page.context().newCDPSession(page);
  await session.send('Profiler.enable');
  await session.send('Profiler.setSamplingInterval', { interval: 500 });
  await session.send('Profiler.start');
  const result = await step();
  const { profile } = (await session.send('Profiler.stop')) as unknown as { profile: CpuProfile };
  await session.detach();
  return { result, lines: summarizeProfile(profile, top) };
}

export interface CpuProfile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }

/** A V8 CPU profile (from Chromium's debugging protocol or node:inspector) by function, heaviest first. */
export function summarizeProfile(profile: CpuProfile, top = 40): string[] {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const nameOf = (frame: ProfileNode['callFrame']) => `${frame.functionName || '(anonymous)'} ${frame.url.split('/').pop() ?? ''}:${frame.lineNumber + 1}`;
  const self = new Map<string, number>();
  // Time in a function and what it calls (each sample counted once per function on its stack).
  const inclusive = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const name = nameOf(byId.get(id)!.callFrame);
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    total += ms;
    self.set(name, (self.get(name) ?? 0) + ms);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const caller = nameOf(byId.get(at)!.callFrame);
      if (seen.has(caller)) continue;
      seen.add(caller);
      inclusive.set(caller, (inclusive.get(caller) ?? 0) + ms);
    }
  });
  const listed = (times: Map<string, number>) => [...times].sort((a, b) => b[1] - a[1]).slice(0, top)
    .map(([name, ms]) => `${ms.toFixed(0).padStart(7)} ms ${((100 * ms) / total).toFixed(1).padStart(5)}%  ${name}`);
  return [`${total.toFixed(0)} ms sampled; by function alone:`, ...listed(self), 'with what each calls:', ...listed(inclusive)];
}
