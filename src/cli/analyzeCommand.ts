import { analysisJson } from './contractJson';
import type { CommandLine } from './commandLine';
import type { CommandResult } from './commandResult';
import { CliError } from './cliError';
import { readArticleFile } from './readArticleFile';
import { UnreadableFile } from './unreadableFile';

/**
 * One file: one pretty JSON object. Several: one JSON object per line, each naming its file;
 * a file that is no article is left out with a line on stderr, and the others are printed.
 */
export function analyzeCommand(line: CommandLine): CommandResult {
  if (line.files.length === 0) throw new CliError('analyze needs at least one FILE', true);
  const metadata = { url: line.url, publishedAt: line.date };
  if (line.files.length === 1) {
    const { analyzed, warnings } = readArticleFile(line.files[0] ?? '', metadata);
    return { stdout: JSON.stringify(analysisJson(analyzed), null, 2), warnings, skipped: [] };
  }
  const result: CommandResult = { stdout: '', warnings: [], skipped: [] };
  const lines: string[] = [];
  for (const file of line.files) {
    try {
      const { analyzed, warnings } = readArticleFile(file, metadata);
      lines.push(JSON.stringify({ file, ...analysisJson(analyzed) }));
      result.warnings.push(...warnings);
    } catch (error) {
      if (!(error instanceof UnreadableFile)) throw error;
      result.skipped.push(error);
    }
  }
  return { ...result, stdout: lines.join('\n') };
}
