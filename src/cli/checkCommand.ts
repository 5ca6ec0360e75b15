import { checkArticle } from '../archive';
import { openArchiveFile } from './archiveFile';
import { CliError } from './cliError';
import type { CommandLine } from './commandLine';
import { checkJson } from './contractJson';
import { requireArchive } from './ingestCommand';
import { readArticleFile } from './readArticleFile';

/** Matches one file against the archive without storing it. */
export async function checkCommand(line: CommandLine): Promise<string> {
  const archivePath = requireArchive(line);
  const [file, ...extra] = line.files;
  if (file === undefined) throw new CliError('check needs a FILE', true);
  if (extra.length > 0) throw new CliError('check takes one FILE', true);
  const analyzed = readArticleFile(file, { url: line.url, publishedAt: line.date });
  const db = await openArchiveFile(archivePath, { create: false });
  try {
    return JSON.stringify(checkJson(await checkArticle(db, analyzed)), null, 2);
  } finally {
    db.close();
  }
}
