import { h } from 'preact';
import { describe, expect, test } from 'vitest';
import { progressDetail } from '../../../entrypoints/options/datasetImport';
import { SkippedRows } from '../../../entrypoints/options/SkippedRows';
import { renderForTest } from '../../../src/ui/renderForTest';

const counts = { dataset: 'acled' as const, read: 40_000, kept: 12_000, outside: 27_990, skippedCount: 10, skipped: [] };

describe('importing a dataset on the archive page', () => {
  test('progress says how much of the file is read, the time left and what was skipped', () => {
    const detail = progressDetail({ ...counts, bytesRead: 25_000_000, totalBytes: 100_000_000, elapsedMs: 10_000, msLeft: 30_000 });
    expect(detail).toBe('25% of the file, about 30 s left, 10 skipped');
  });

  test('a long wait is said in minutes', () => {
    expect(progressDetail({ ...counts, skippedCount: 0, bytesRead: 1_000_000, totalBytes: 100_000_000, elapsedMs: 3_000, msLeft: 297_000 })).toBe('1% of the file, about 4 min 57 s left');
  });

  test('the skipped rows are listed with their line numbers and reasons, and the unlisted counted', () => {
    const view = renderForTest(
      h(SkippedRows, { report: { file: 'acled-2023.csv', count: 1_203, rows: [{ line: 4, reason: '2 columns where the header has 31' }, { line: 1_017, reason: 'no date' }] } }),
    );
    expect(view.text()).toContain('1,203 rows of acled-2023.csv skipped');
    expect(view.all('li').map((li) => li.textContent!.replace(/\s+/g, ' '))).toEqual(['Line 4: 2 columns where the header has 31', 'Line 1,017: no date']);
    expect(view.text()).toContain('and 1,201 more not listed');
  });
});
