import { CliError } from './cliError';
import type { CommandLine } from './commandLine';

/** The archive a command works on; apart from ingestCommand.ts so `check` loads none of ingest's code. */
export function requireArchive(line: CommandLine): string {
  if (!line.archive) throw new CliError(`${line.command} needs --archive ARCHIVE.json`, true);
  return line.archive;
}
