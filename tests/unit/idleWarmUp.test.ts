import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { idleWarmUp } from '../../entrypoints/background/idleWarmUp';

describe('idleWarmUp', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('runs its steps after an idle spell, in order, one a task, and stops when all are done', () => {
    const ran: string[] = [];
    const warmUp = idleWarmUp((lang) => ran.push(lang), ['en', 'en', 'ru'], 100);
    vi.advanceTimersByTime(99);
    expect(ran).toEqual([]);
    vi.advanceTimersToNextTimer();
    expect(ran).toEqual(['en']);
    vi.advanceTimersToNextTimer();
    expect(ran).toEqual(['en', 'en']);
    vi.advanceTimersToNextTimer();
    expect(ran).toEqual(['en', 'en', 'ru']);
    vi.advanceTimersByTime(1000);
    expect(ran).toHaveLength(3);
    expect(warmUp.left).toBe(0);
  });

  it('begins no step while a page is analysed, and waits a whole idle spell after it', async () => {
    const ran: string[] = [];
    const warmUp = idleWarmUp((lang) => ran.push(lang), ['en', 'ru'], 100);
    vi.advanceTimersByTime(50);
    let finish!: () => void;
    const page = warmUp.whileBusy(() => new Promise<void>((resolve) => (finish = resolve)));
    vi.advanceTimersByTime(500);
    expect(ran).toEqual([]);
    finish();
    await page;
    vi.advanceTimersByTime(99);
    expect(ran).toEqual([]);
    vi.advanceTimersToNextTimer();
    expect(ran).toEqual(['en']);
    // A page reported between two steps: the rest wait for the next idle spell.
    const next = warmUp.whileBusy(async () => undefined);
    vi.advanceTimersToNextTimer();
    expect(ran).toEqual(['en']);
    await next;
    vi.advanceTimersByTime(100);
    expect(ran).toEqual(['en', 'ru']);
  });

  it('passes on the page\'s result or failure, and a failing step stops nothing', async () => {
    const ran: string[] = [];
    const warmUp = idleWarmUp((lang) => {
      ran.push(lang);
      if (lang === 'en') throw new Error('broken');
    }, ['en', 'ru'], 10);
    await expect(warmUp.whileBusy(async () => 7)).resolves.toBe(7);
    await expect(warmUp.whileBusy(async () => { throw new Error('page'); })).rejects.toThrow('page');
    vi.advanceTimersByTime(100);
    expect(ran).toEqual(['en', 'ru']);
  });
});
