import { parseArgs } from 'node:util';
import { CliError } from './cliError';

export type CommandName = 'analyze' | 'ingest' | 'check';

export interface CommandLine {
  command: CommandName | 'help';
  files: string[];
  url?: string;
  date?: string;
  archive?: string;
  index?: string;
  /** ingest --feed URL (repeatable): RSS or Atom feeds whose articles are added. */
  feeds?: string[];
}

const FLAGS_BY_COMMAND: Record<CommandName, readonly string[]> = {
  analyze: ['url', 'date'],
  ingest: ['archive', 'index', 'feed'],
  check: ['url', 'date', 'archive', 'index'],
};

/** Reads argv (without node and the script) into a command, or throws a usage CliError. */
export function parseCommandLine(argv: string[]): CommandLine {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        url: { type: 'string' },
        date: { type: 'string' },
        archive: { type: 'string' },
        index: { type: 'string' },
        feed: { type: 'string', multiple: true },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new CliError((error as Error).message, true);
  }
  const { values, positionals } = parsed;
  const [command, ...files] = positionals;
  if (values.help || command === 'help') return { command: 'help', files: [] };
  if (command === undefined) throw new CliError('no command given', true);
  if (!isCommand(command)) throw new CliError(`unknown command "${command}"`, true);
  for (const flag of ['url', 'date', 'archive', 'index', 'feed'] as const) {
    if (values[flag] !== undefined && !FLAGS_BY_COMMAND[command].includes(flag)) {
      throw new CliError(`${command} does not take --${flag}`, true);
    }
  }
  if (values.date !== undefined) checkDate(values.date);
  for (const feed of values.feed ?? []) checkFeedUrl(feed);
  return { command, files, url: values.url, date: values.date, archive: values.archive, index: values.index, ...(values.feed ? { feeds: values.feed } : {}) };
}

function isCommand(name: string): name is CommandName {
  return Object.hasOwn(FLAGS_BY_COMMAND, name);
}

function checkFeedUrl(url: string): void {
  let valid = false;
  try {
    valid = ['http:', 'https:'].includes(new URL(url).protocol);
  } catch {
    // not a URL at all
  }
  if (!valid) throw new CliError(`--feed must be a feed's http or https address, not "${url}"`, true);
}

function checkDate(date: string): void {
  const time = Date.parse(`${date}T00:00:00Z`);
  // Date.parse accepts 2022-02-30 in some engines: the round trip rejects it.
  const valid =
    /^\d{4}-\d{2}-\d{2}$/.test(date) &&
    !Number.isNaN(time) &&
    new Date(time).toISOString().startsWith(date);
  if (!valid) throw new CliError(`--date must be a real date as YYYY-MM-DD, not "${date}"`, true);
}
