/**
 * Timing and memory for the hostile suite. Bounds are generous (a 2-core CI machine, a cold
 * JIT): each is several times what the stage takes here, and far below what the quadratic
 * version took, so a test fails on a regression to superlinear work, not on a slow runner.
 * `mb` is the heap's growth across the run in MB: what the run kept plus garbage not yet
 * collected, an upper bound on what it holds (a stage that copied its input per step would
 * show gigabytes).
 */
export function timed<T>(run: () => T): { result: T; ms: number; mb: number } {
  const heapBefore = process.memoryUsage().heapUsed;
  const start = performance.now();
  const result = run();
  const ms = performance.now() - start;
  const mb = Math.max(0, process.memoryUsage().heapUsed - heapBefore) / 1024 / 1024;
  return { result, ms, mb };
}

/** `count` pieces joined, piece(i) for i = 0, 1, ...: repetitive text that still varies. */
export function repeat(count: number, piece: (i: number) => string, separator = ''): string {
  return Array.from({ length: count }, (_, i) => piece(i)).join(separator);
}

/** At least `chars` characters of pieces. */
export function fillTo(chars: number, piece: (i: number) => string, separator = ''): string {
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < chars; i += 1) {
    const part = piece(i);
    parts.push(part);
    length += part.length + separator.length;
  }
  return parts.join(separator);
}
