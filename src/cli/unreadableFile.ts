import { CliError } from './cliError';

/**
 * One file that cannot be read as an article (missing, empty, binary, too big, no text). A
 * command over several files reports it on its own line and goes on with the others.
 */
export class UnreadableFile extends CliError {
  override name = 'UnreadableFile';
  constructor(
    readonly file: string,
    readonly reason: string,
    message = `${file}: ${reason}`,
  ) {
    super(message);
  }
}
