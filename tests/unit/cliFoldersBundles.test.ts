import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ACLED_HEADER, csvRow } from '../../src/datasets/testing/datasetFiles';
import { backstory, seed } from './cliRun';

// Issue 10, "Files and folders ... from the command line (ingest)": a folder is read as the
// archive page reads one, and a Backstory bundle given as a FILE is merged, with duplicate
// detection, never replacing a newer copy with an older one.
const soledarPage = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Wagner claims Soledar | Kyiv Independent</title>
<meta property="og:type" content="article"><link rel="canonical" href="https://kyivindependent.example/wagner-soledar/">
<meta property="article:published_time" content="2023-01-11T09:30:00Z"></head><body><article><h1>Wagner claims capture of Soledar</h1>
<p>The Wagner Group said on Jan. 11 that its fighters had taken full control of Soledar, a salt-mining town in Donetsk Oblast.</p>
<p>Ukraine's military denied the claim, saying fighting in the town continued. "Soledar has not been captured," said Serhii Cherevatyi, spokesperson for Ukraine's Eastern Group of Forces.</p>
<p>Russian forces have tried for months to advance on Bakhmut, ten kilometres south-west of Soledar.</p></article></body></html>`;
const battle = (fatalities: number) => [
  ACLED_HEADER.join(','),
  csvRow(ACLED_HEADER, {
    event_id_cnty: 'UKR88120', event_date: '2023-01-11', event_type: 'Battles', sub_event_type: 'Armed clash', actor1: 'Wagner Group',
    actor2: 'Military Forces of Ukraine (2019-)', country: 'Ukraine', admin1: 'Donetsk', location: 'Soledar', latitude: 48.68, longitude: 38.09, fatalities,
  }),
].join('\n');

describe('ingest of folders and bundles', () => {
  it('walks a folder of saved pages: articles stored, an unreadable page listed with why, the page assets counted apart', () => {
    const dir = mkdtempSync(join(tmpdir(), 'backstory-folder-'));
    const saved = join(dir, 'saved');
    mkdirSync(join(saved, '2023-01', 'soledar_files'), { recursive: true });
    mkdirSync(join(saved, 'notes'));
    mkdirSync(join(saved, '.git'));
    writeFileSync(join(saved, '2023-01', 'soledar.html.gz'), gzipSync(soledarPage));
    writeFileSync(join(saved, '2023-01', 'soledar_files', 'logo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    writeFileSync(join(saved, '2023-01', 'soledar_files', 'site.css'), 'body { margin: 0 }');
    copyFileSync(seed('001_c733fd2226c880bb.txt'), join(saved, 'notes', 'belarus-troops.txt'));
    writeFileSync(join(saved, 'notes', 'empty.txt'), '');
    writeFileSync(join(saved, '.git', 'HEAD'), 'ref: refs/heads/main\n');

    const run = backstory('ingest', '--archive', join(dir, 'archive.json'), saved);
    expect(run.code).toBe(0);
    const summary = JSON.parse(run.stdout);
    expect(summary.added.map((a: { title: string }) => a.title).sort()).toEqual(["Panic as Russia Drag's Another Neighbor to the Brink of War", 'Wagner claims capture of Soledar']);
    expect(summary.skipped).toEqual([{ file: join(saved, 'notes', 'empty.txt'), reason: 'empty file' }]);
    expect(summary.ignored).toBe(2);
    // The same folder again: nothing stored twice.
    const again = JSON.parse(backstory('ingest', '--archive', join(dir, 'archive.json'), saved).stdout);
    expect(again.added).toEqual([]);
    expect(again.duplicates).toHaveLength(2);
    expect(again.total).toBe(2);
  }, 60_000);

  it('merges a bundle: new articles and events added, those it holds already kept, a newer event never replaced by an older copy', () => {
    const dir = mkdtempSync(join(tmpdir(), 'backstory-merge-'));
    writeFileSync(join(dir, 'soledar.html'), soledarPage);
    // A colleague's archive: the Soledar report, and ACLED's first count of the battle.
    writeFileSync(join(dir, 'acled-first.csv'), battle(2));
    const theirs = join(dir, 'colleague.json');
    expect(backstory('ingest', '--archive', theirs, join(dir, 'soledar.html'), join(dir, 'acled-first.csv')).code).toBe(0);
    // Mine: a Belarus report, and a later export of the same ACLED row with revised deaths.
    writeFileSync(join(dir, 'acled-revised.csv'), battle(7));
    const mine = join(dir, 'mine.json');
    expect(backstory('ingest', '--archive', mine, seed('001_c733fd2226c880bb.txt'), join(dir, 'acled-revised.csv')).code).toBe(0);

    const merge = backstory('ingest', '--archive', mine, theirs);
    expect(merge.code).toBe(0);
    const summary = JSON.parse(merge.stdout);
    expect(summary.bundles).toEqual([{ file: theirs, articles: 1, added: 1, duplicates: 0, events: { total: 1, stored: 0, newerKept: 1 } }]);
    expect(summary.total).toBe(2);
    const bundle = JSON.parse(readFileSync(mine, 'utf8'));
    expect(bundle.datasetEvents).toEqual([expect.objectContaining({ sourceId: 'UKR88120', fatalities: 7 })]);

    // Merged again: the article is a duplicate, nothing is added.
    const again = JSON.parse(backstory('ingest', '--archive', mine, theirs).stdout);
    expect(again.bundles[0]).toMatchObject({ added: 0, duplicates: 1 });
    expect(again.total).toBe(2);
  }, 60_000);

  it('a .json that is no bundle is left out with why, and the rest is still stored', () => {
    const dir = mkdtempSync(join(tmpdir(), 'backstory-notbundle-'));
    writeFileSync(join(dir, 'index.json'), JSON.stringify([{ file: 'soledar.html', url: 'https://kyivindependent.example/wagner-soledar/' }]));
    writeFileSync(join(dir, 'soledar.html'), soledarPage);
    const run = backstory('ingest', '--archive', join(dir, 'archive.json'), join(dir, 'index.json'), join(dir, 'soledar.html'));
    expect(run.code).toBe(0);
    const summary = JSON.parse(run.stdout);
    expect(summary.added).toHaveLength(1);
    expect(summary.skipped).toEqual([{ file: join(dir, 'index.json'), reason: expect.stringMatching(/not a Backstory archive/) }]);
  }, 60_000);
});
