import type { UnreadableFile } from './unreadableFile';

/** What a command prints: its JSON, and the lines about single files that go to stderr. */
export interface CommandResult {
  stdout: string;
  /** Said on stderr; the command still succeeds. */
  warnings: string[];
  /** Files left out: each one a line on stderr; exit code 2 only when every file was. */
  skipped: UnreadableFile[];
  /** Files the command tried to read, when not its FILE arguments (a folder given stands for the files in it). */
  read?: number;
}
