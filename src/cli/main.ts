import { CliError } from './cliError';
import { parseCommandLine } from './commandLine';
import type { CommandResult } from './commandResult';
import { USAGE } from './usage';

/**
 * Runs one command; returns the exit code. Output goes to stdout, one-line errors and warnings
 * to stderr. Exit 2 when the command failed, or when it could read none of its files; a run
 * that stored or printed the others succeeds, its summary listing what it left out and why
 * (as rows left out of a dataset are), with one line on stderr per file.
 */
async function main(argv: string[]): Promise<number> {
  try {
    const line = parseCommandLine(argv);
    if (line.command === 'help') {
      process.stdout.write(USAGE);
      return 0;
    }
    // Each command loads only its own code: start-up is most of a check's time, and ingest's
    // feeds, datasets and bundles are modules a check never needs.
    const result: CommandResult =
      line.command === 'analyze'
        ? (await import('./analyzeCommand')).analyzeCommand(line)
        : line.command === 'ingest'
          ? await (await import('./ingestCommand')).ingestCommand(line)
          : await (await import('./checkCommand')).checkCommand(line);
    if (result.stdout !== '') process.stdout.write(`${result.stdout}\n`);
    for (const warning of result.warnings) process.stderr.write(`${oneLine(`warning: ${warning}`)}\n`);
    for (const skipped of result.skipped) process.stderr.write(`${errorLine(skipped)}\n`);
    return result.skipped.length > 0 && result.skipped.length >= (result.read ?? line.files.length) ? 2 : 0;
  } catch (error) {
    process.stderr.write(`${errorLine(error)}\n`);
    return 2;
  }
}

function errorLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const hint = error instanceof CliError && error.usage ? ' (see --help)' : '';
  return `${oneLine(message)}${hint}`;
}

function oneLine(message: string): string {
  return `backstory: ${message.replace(/\s+/g, ' ').trim()}`;
}

process.exitCode = await main(process.argv.slice(2));
