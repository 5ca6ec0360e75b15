import { analysisJson } from './contractJson';
import type { CommandLine } from './commandLine';
import { CliError } from './cliError';
import { readArticleFile } from './readArticleFile';

/** One file: one pretty JSON object. Several: one JSON object per line, each naming its file. */
export function analyzeCommand(line: CommandLine): string {
  if (line.files.length === 0) throw new CliError('analyze needs at least one FILE', true);
  const metadata = { url: line.url, publishedAt: line.date };
  if (line.files.length === 1) {
    return JSON.stringify(analysisJson(readArticleFile(line.files[0] ?? '', metadata)), null, 2);
  }
  return line.files
    .map((file) => JSON.stringify({ file, ...analysisJson(readArticleFile(file, metadata)) }))
    .join('\n');
}
