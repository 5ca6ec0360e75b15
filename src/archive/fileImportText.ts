import type { FileImportProgress, FileImportSummary } from './fileImport';
import type { SkipKind } from './fileImportRead';

/** What the reader sees for each kind of skipped file. */
export const SKIP_LABELS: Record<SkipKind, string> = {
  not_topical: 'not topical',
  not_article: 'not an article',
  duplicate: 'duplicate',
  unreadable: 'unreadable',
  too_large: 'too large',
};

/** The same, counted: "3 duplicates, 1 not an article". */
const COUNTED: Record<SkipKind, [string, string]> = {
  not_topical: ['not topical', 'not topical'],
  not_article: ['not an article', 'not articles'],
  duplicate: ['duplicate', 'duplicates'],
  unreadable: ['unreadable', 'unreadable'],
  too_large: ['too large', 'too large'],
};

const n = (count: number) => count.toLocaleString('en');
const plural = (count: number, word: string) => `${n(count)} ${word}${count === 1 ? '' : 's'}`;

function timeLeft(ms: number): string {
  const seconds = Math.ceil(ms / 1000);
  return seconds < 90 ? `${seconds} s` : `${Math.round(seconds / 60)} min`;
}

/** "12 added, 3 skipped, about 40 s left", beside the count of files read. */
export function progressDetail(progress: FileImportProgress): string {
  const parts = [`${n(progress.added)} added`];
  if (progress.skipped > 0) parts.push(`${n(progress.skipped)} skipped`);
  if (progress.msLeft !== null && progress.msLeft > 0 && progress.done < progress.total) parts.push(`about ${timeLeft(progress.msLeft)} left`);
  return parts.join(', ');
}

/** The sentence after an import: what was added, what was skipped by kind, and how to finish a stopped one. */
export function fileImportNotice(summary: FileImportSummary): string {
  const byKind = new Map<SkipKind, number>();
  for (const file of summary.skippedFiles) byKind.set(file.kind, (byKind.get(file.kind) ?? 0) + 1);
  const skipped = [...byKind].map(([kind, count]) => `${n(count)} ${COUNTED[kind][count === 1 ? 0 : 1]}`).join(', ');
  const head = summary.cancelled || summary.error ? 'Stopped: added' : 'Imported';
  let text = `${head} ${plural(summary.added, 'article')} from ${plural(summary.done, 'file')}`;
  if (summary.total > summary.done) text += ` of ${n(summary.total)}`;
  if (summary.events > 0) text += ` and ${plural(summary.events, 'dataset event')}`;
  text += skipped ? ` (skipped: ${skipped})` : '';
  if (summary.ignored > 0) text += `; ${plural(summary.ignored, 'other file')} (images, scripts, styles) not read`;
  text += '.';
  if (summary.error) text += ` ${summary.error}`;
  if (summary.cancelled || summary.error) text += ' Import the same files again to finish: what is already stored is skipped, never stored twice.';
  return text;
}
