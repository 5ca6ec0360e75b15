import type { SkippedReport } from './datasetImport';

/** The rows of a dataset file the import could not read: line numbers and reasons. */
export function SkippedRows({ report }: { report: SkippedReport }) {
  const unlisted = report.count - report.rows.length;
  return (
    <details class="skipped" data-testid="skipped-rows">
      <summary>
        {report.count.toLocaleString('en')} row{report.count === 1 ? '' : 's'} of {report.file} skipped
      </summary>
      <ul>
        {report.rows.map((row) => (
          <li key={row.line}>
            Line {row.line.toLocaleString('en')}: {row.reason}
          </li>
        ))}
      </ul>
      {unlisted > 0 && <p>and {unlisted.toLocaleString('en')} more not listed</p>}
    </details>
  );
}
