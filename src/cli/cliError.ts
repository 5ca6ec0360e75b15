/** An error the command line reports as one line on stderr with exit code 2. */
export class CliError extends Error {
  override name = 'CliError';
  constructor(
    message: string,
    /** Show the usage hint after the message: the command line itself was wrong. */
    readonly usage = false,
  ) {
    super(message);
  }
}
