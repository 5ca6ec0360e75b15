import { checkArticle } from '../archive';
import { openArchive } from './archiveFile';
import { CliError } from './cliError';
import type { CommandLine } from './commandLine';
import type { CommandResult } from './commandResult';
import { checkJson } from './contractJson';
import { metadataFor, readIndexFile } from './indexFile';
import { priorEventsJson } from './priorEventsJson';
import { requireArchive } from './requireArchive';
import { readArticleFile } from './readArticleFile';

/**
 * Matches one file against the archive without storing it. Its date and outlet come from the
 * flags, else from its --index entry, as for ingest: without a date no report can be marked the
 * same event, so a file that has none anywhere gets a warning.
 */
export async function checkCommand(line: CommandLine): Promise<CommandResult> {
  const archivePath = requireArchive(line);
  const [file, ...extra] = line.files;
  if (file === undefined) throw new CliError('check needs a FILE', true);
  if (extra.length > 0) throw new CliError('check takes one FILE', true);
  const indexed = metadataFor(line.index === undefined ? null : readIndexFile(line.index), file);
  const { analyzed, warnings } = readArticleFile(file, {
    ...indexed,
    url: line.url ?? indexed.url,
    publishedAt: line.date ?? indexed.publishedAt,
  });
  if (!analyzed.article.publishedAt) {
    warnings.push(
      `${file}: no publication date in the file${line.index ? ' or the index' : ''}; ` +
        'without one no report can be marked the same event (give --date YYYY-MM-DD)',
    );
  }
  const archive = await openArchive(archivePath, { create: false, write: false });
  try {
    const json = checkJson(await checkArticle(archive.db, analyzed));
    const datasets = await priorEventsJson(archive.db, analyzed);
    const contradictions = [...json.contradictions, ...datasets.contradictions].sort((a, b) => b.score - a.score);
    // `events` (DESIGN.md) is printed once the archive holds dataset events, so the output of an
    // archive of articles alone keeps the four fields it always had.
    const hasEvents = datasets.events.length > 0 || (await archive.db.datasetEvents.limit(1).count()) > 0;
    const stdout = JSON.stringify(hasEvents ? { ...json, contradictions, events: datasets.events } : json, null, 2);
    return { stdout, warnings, skipped: [] };
  } finally {
    archive.close();
  }
}
