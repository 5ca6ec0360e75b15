import { analyzeCommand } from './analyzeCommand';
import { checkCommand } from './checkCommand';
import { CliError } from './cliError';
import { parseCommandLine } from './commandLine';
import { ingestCommand } from './ingestCommand';
import { USAGE } from './usage';

/** Runs one command; returns the exit code. Output goes to stdout, one-line errors to stderr. */
async function main(argv: string[]): Promise<number> {
  try {
    const line = parseCommandLine(argv);
    if (line.command === 'help') {
      process.stdout.write(USAGE);
      return 0;
    }
    const output =
      line.command === 'analyze'
        ? analyzeCommand(line)
        : line.command === 'ingest'
          ? await ingestCommand(line)
          : await checkCommand(line);
    process.stdout.write(`${output}\n`);
    return 0;
  } catch (error) {
    process.stderr.write(`${errorLine(error)}\n`);
    return 2;
  }
}

function errorLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const hint = error instanceof CliError && error.usage ? ' (see --help)' : '';
  return `backstory: ${message.replace(/\s+/g, ' ').trim()}${hint}`;
}

process.exitCode = await main(process.argv.slice(2));
