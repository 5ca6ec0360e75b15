import { ingestArticles } from '../archive';
import { ingestFeeds } from '../feeds/ingestFeeds';
import type { AnalyzedArticle } from '../core/types';
import { openArchive } from './archiveFile';
import { CliError } from './cliError';
import { ingestBundles, isBundleFile } from './ingestBundles';
import { ingestDatasets, isDatasetFile } from './ingestDatasets';
import { ingestInputs } from './ingestInputs';
import { ProgressLines } from './progressLines';
import type { CommandLine } from './commandLine';
import type { CommandResult } from './commandResult';
import { metadataFor, readIndexFile } from './indexFile';
import { readArticleFile } from './readArticleFile';
import { requireArchive } from './requireArchive';
import { UnreadableFile } from './unreadableFile';

/**
 * Adds files to the archive file, creating it if missing; every file is read before any write.
 * A file that is no article (empty, binary, no text) is skipped with its reason, and the others
 * are still added: the summary lists it under `skipped` (exit code 2 only when no file could be read).
 */
export async function ingestCommand(line: CommandLine): Promise<CommandResult> {
  const archivePath = requireArchive(line);
  if (line.files.length === 0 && !line.feeds?.length) throw new CliError('ingest needs at least one FILE or --feed URL', true);
  const index = line.index === undefined ? null : readIndexFile(line.index);
  const result: CommandResult = { stdout: '', warnings: [], skipped: [] };
  const analysed: [string, AnalyzedArticle][] = [];
  // Folders are read as the archive page reads one; bundles are merged, datasets streamed in.
  const inputs = ingestInputs(line.files, archivePath);
  result.read = inputs.files.length;
  const bundleFiles = inputs.files.filter(isBundleFile);
  const datasetFiles = inputs.files.filter((f) => !isBundleFile(f) && isDatasetFile(f));
  const articleFiles = inputs.files.filter((f) => !bundleFiles.includes(f) && !datasetFiles.includes(f));
  // Many pages take a while to read: a bar on a terminal, plain lines in a log.
  const progress = articleFiles.length >= PROGRESS_FROM ? new ProgressLines('pages', articleFiles.length) : null;
  const counts = () => `${analysed.length.toLocaleString('en')} read, ${result.skipped.length.toLocaleString('en')} skipped`;
  for (const [i, file] of articleFiles.entries()) {
    try {
      const { analyzed, warnings } = readArticleFile(file, metadataFor(index, file));
      analysed.push([file, analyzed]);
      result.warnings.push(...warnings);
    } catch (error) {
      if (!(error instanceof UnreadableFile)) throw error;
      result.skipped.push(error);
    }
    progress?.update(i + 1, counts());
  }
  progress?.finish(articleFiles.length, counts());
  const archive = await openArchive(archivePath, { create: true, write: true });
  const { db } = archive;
  try {
    const added: { file: string; title: string; url: string }[] = [];
    const duplicates: { file: string; duplicateOf: { title: string; url: string }; reason: string }[] = [];
    // In batches, each one transaction with one write per table: the same outcome as one at a
    // time (a file repeating an earlier one of the run is its duplicate), several times faster.
    const outcomes = [];
    for (let start = 0; start < analysed.length; start += INGEST_BATCH) {
      const batch = analysed.slice(start, start + INGEST_BATCH);
      outcomes.push(...(await ingestArticles(db, batch.map(([, analyzed]) => ({ analyzed, origin: 'imported' as const })))));
    }
    for (const [i, [file, analyzed]] of analysed.entries()) {
      const stored = outcomes[i]!;
      if (stored.status === 'added') {
        added.push({ file, title: analyzed.article.title, url: analyzed.article.url });
      } else {
        const { title, url, reason } = stored.duplicateOf;
        duplicates.push({ file, duplicateOf: { title, url }, reason });
      }
    }
    const bundles = bundleFiles.length > 0 ? await ingestBundles(db, bundleFiles) : null;
    for (const { file, reason } of bundles?.unreadable ?? []) result.skipped.push(new UnreadableFile(file, reason));
    // Event datasets (ACLED, UCDP GED, GDELT 2.0) are streamed in; `events` appears only when some were given.
    const events = datasetFiles.length > 0 ? await ingestDatasets(db, datasetFiles) : null;
    for (const { file, reason } of events?.unreadable ?? []) result.skipped.push(new UnreadableFile(file, reason));
    // Feeds (--feed): fetched once, their pages read one at a time per host, a line on stderr per request.
    const feeds = line.feeds?.length ? await ingestFeeds(db, line.feeds, (progress) => process.stderr.write(`backstory: ${progress}\n`)) : null;
    await archive.save();
    const total = await db.articles.count();
    const skipped = result.skipped.map(({ file, reason }) => ({ file, reason }));
    const eventSummary = events ? { events: { files: events.files, total: events.total } } : {};
    const extra = { ...(bundles ? { bundles: bundles.bundles } : {}), ...(inputs.ignored > 0 ? { ignored: inputs.ignored } : {}) };
    result.stdout = JSON.stringify({ archive: archivePath, added, duplicates, skipped, total, ...eventSummary, ...extra, ...(feeds ? { feeds } : {}) }, null, 2);
    return result;
  } finally {
    archive.close();
  }
}

/** Articles stored per transaction. */
const INGEST_BATCH = 200;
/** Pages from which their reading shows progress (a few are read before a bar could say anything). */
const PROGRESS_FROM = 50;

export { requireArchive };
