import { loadSettings, onSettingsChange, type Settings } from '@/src/settings/settings';

/**
 * The reader's settings as the worker last read them, kept until they change: every page read
 * them from storage before its extraction could begin (2 ms median, 17-20 ms p95 at load 3-5 on
 * 2 cores, 29 Nov). A change in any context (the archive page's settings) replaces them at
 * once; a worker started afresh reads them again.
 */
export function heldSettings(load: () => Promise<Settings> = loadSettings): () => Promise<Settings> {
  let held: Promise<Settings> | null = null;
  onSettingsChange((settings) => {
    held = Promise.resolve(settings);
  });
  return () => {
    if (held) return held;
    const read = load();
    held = read;
    // A failed read is not kept: the next page asks again.
    read.catch(() => {
      if (held === read) held = null;
    });
    return read;
  };
}
