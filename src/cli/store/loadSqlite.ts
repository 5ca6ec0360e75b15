import type * as Sqlite from 'node:sqlite';

let loaded: typeof Sqlite | null | undefined;

/**
 * Node's own SQLite module (Node 22.13 and later, no flag; the npm scripts run Node 22), or null
 * on an older Node. Its load-time ExperimentalWarning is dropped: the command line's stderr
 * carries only its own warnings and errors, one line each.
 */
export async function loadSqlite(): Promise<typeof Sqlite | null> {
  if (loaded !== undefined) return loaded;
  const emitWarning = process.emitWarning;
  process.emitWarning = function (this: unknown, warning: string | Error, ...rest: unknown[]) {
    const text = typeof warning === 'string' ? warning : warning.message;
    if (/SQLite is an experimental feature/.test(text)) return;
    return (emitWarning as (...args: unknown[]) => void).call(process, warning, ...rest);
  } as typeof process.emitWarning;
  try {
    loaded = await import('node:sqlite');
  } catch {
    loaded = null;
  } finally {
    process.emitWarning = emitWarning;
  }
  return loaded;
}
