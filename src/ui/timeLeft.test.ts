import { describe, expect, it } from 'vitest';
import { formatDuration, msLeftFor } from './timeLeft';

describe('time left', () => {
  it('is said as a person says it, never as nothing', () => {
    expect(formatDuration(42_000)).toBe('42 s');
    expect(formatDuration(185_000)).toBe('3 min 5 s');
    expect(formatDuration(3_720_000)).toBe('1 h 2 min');
    expect(formatDuration(200)).toBe('1 s');
  });

  it('follows the pace so far: 10 pages read in 30 s leave 20 pages for about a minute', () => {
    expect(msLeftFor(10, 20, 30_000)).toBe(60_000);
  });

  it('is not guessed from one or two pages, nor given when nothing is left', () => {
    expect(msLeftFor(1, 40, 9_000)).toBeNull();
    expect(msLeftFor(12, 0, 9_000)).toBeNull();
  });
});
