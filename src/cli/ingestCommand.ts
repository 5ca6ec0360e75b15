import { ingestArticle } from '../archive';
import type { AnalyzedArticle } from '../core/types';
import { openArchiveFile, saveArchiveFile } from './archiveFile';
import { CliError } from './cliError';
import type { CommandLine } from './commandLine';
import { metadataFor, readIndexFile } from './indexFile';
import { readArticleFile } from './readArticleFile';

/** Adds files to the archive file, creating it if missing; every file is read before any write. */
export async function ingestCommand(line: CommandLine): Promise<string> {
  const archivePath = requireArchive(line);
  if (line.files.length === 0) throw new CliError('ingest needs at least one FILE', true);
  const index = line.index === undefined ? null : readIndexFile(line.index);
  const analysed: [string, AnalyzedArticle][] = line.files.map((file) => [
    file,
    readArticleFile(file, metadataFor(index, file)),
  ]);
  const db = await openArchiveFile(archivePath, { create: true });
  try {
    const added: { file: string; title: string; url: string }[] = [];
    const duplicates: { file: string; duplicateOf: { title: string; url: string }; reason: string }[] = [];
    for (const [file, analyzed] of analysed) {
      const result = await ingestArticle(db, analyzed, { origin: 'imported' });
      if (result.status === 'added') {
        added.push({ file, title: analyzed.article.title, url: analyzed.article.url });
      } else {
        const { title, url, reason } = result.duplicateOf;
        duplicates.push({ file, duplicateOf: { title, url }, reason });
      }
    }
    await saveArchiveFile(db, archivePath);
    const total = await db.articles.count();
    return JSON.stringify({ archive: archivePath, added, duplicates, total }, null, 2);
  } finally {
    db.close();
  }
}

export function requireArchive(line: CommandLine): string {
  if (!line.archive) throw new CliError(`${line.command} needs --archive ARCHIVE.json`, true);
  return line.archive;
}
