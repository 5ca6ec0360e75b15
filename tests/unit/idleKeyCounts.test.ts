import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { idleKeyCounts } from '../../entrypoints/background/idleKeyCounts';

describe('idleKeyCounts', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('reads the counts after an idle spell, and again after each page once idle', async () => {
    let reads = 0;
    const counts = idleKeyCounts(async () => (++reads, true), 100);
    vi.advanceTimersByTime(99);
    expect(reads).toBe(0);
    vi.advanceTimersByTime(1);
    expect(reads).toBe(1);
    await counts.loading;
    vi.advanceTimersByTime(1000);
    expect(reads).toBe(1);
    await counts.whileBusy(async () => undefined);
    expect(reads).toBe(1);
    vi.advanceTimersByTime(100);
    expect(reads).toBe(2);
  });

  it('begins no read while a page is analysed, and tells a read under way to stop when one comes', async () => {
    const stops: boolean[] = [];
    let release!: () => void;
    let reads = 0;
    const counts = idleKeyCounts(async (stop) => {
      reads++;
      await new Promise<void>((resolve) => (release = resolve));
      stops.push(stop());
      return !stop();
    }, 100);
    let finish!: () => void;
    const page = counts.whileBusy(() => new Promise<void>((resolve) => (finish = resolve)));
    vi.advanceTimersByTime(500);
    expect(reads).toBe(0);
    finish();
    await page;
    vi.advanceTimersByTime(100);
    expect(reads).toBe(1);
    // A page comes while the read waits on the storage: the read is told to stop.
    let finishSecond!: () => void;
    const second = counts.whileBusy(() => new Promise<void>((resolve) => (finishSecond = resolve)));
    release();
    await counts.loading;
    expect(stops).toEqual([true]);
    finishSecond();
    await second;
    vi.advanceTimersByTime(100);
    expect(reads).toBe(2);
  });

  it('reads again once idle after the archive changed elsewhere, and survives a failed read', async () => {
    let reads = 0;
    const counts = idleKeyCounts(async () => {
      reads++;
      throw new Error('storage gone');
    }, 100);
    vi.advanceTimersByTime(100);
    await counts.loading;
    expect(reads).toBe(1);
    counts.changed();
    vi.advanceTimersByTime(100);
    await counts.loading;
    expect(reads).toBe(2);
  });
});
