import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportBundlePieces } from '../../src/archive/bundleExport';
import { importBundleStream } from '../../src/archive/bundleImport';
import { freshArchive } from '../../src/archive/testing';
import { importDatasetFile } from '../../src/datasets/importDatasetFile';
import { ACLED_HEADER, UCDP_HEADER, bytesOf, csvRow } from '../../src/datasets/testing/datasetFiles';
import { backstory } from './cliRun';

// Issue 10: `--archive X.json` is the bundle the extension imports and exports, so the dataset
// events the command line ingests travel in it both ways, and `check` reads them from the file
// itself (not only from the store kept beside it). Rows written for the test in each layout.
const battle = { event_type: 'Battles', sub_event_type: 'Armed clash', actor1: 'Wagner Group', actor2: 'Military Forces of Ukraine (2019-)', country: 'Ukraine', admin1: 'Donetsk', source: 'Ukrainska Pravda' };
const acledCsv = [
  ACLED_HEADER.join(','),
  csvRow(ACLED_HEADER, { ...battle, event_id_cnty: 'UKR77101', event_date: '2023-01-12', location: 'Soledar', latitude: 48.68, longitude: 38.09, fatalities: 4, notes: 'Wagner Group fighters clashed with Ukrainian forces in Soledar.' }),
].join('\n');
const ucdpCsv = [
  UCDP_HEADER.join(','),
  csvRow(UCDP_HEADER, {
    id: 503311, relid: 'UKR-2023-1-503311', year: 2023, type_of_violence: 1, conflict_name: 'Russia - Ukraine', side_a: 'Government of Russia (Soviet Union)', side_b: 'Government of Ukraine',
    where_description: 'Soledar town', adm_1: 'Donetsk oblast', latitude: 48.68, longitude: 38.09, country: 'Ukraine', date_start: '2023-01-11', date_end: '2023-01-11', best: 9, low: 6, high: 12, source_article: 'Reuters, 11 January 2023',
  }),
].join('\n');
const article = 'Wagner claims capture of Soledar\n\nThe Wagner Group said on Thursday it had taken full control of Soledar, a salt-mining town in the Donetsk region, after days of fighting with Ukrainian forces.';

const eventIds = (stdout: string) => (JSON.parse(stdout).events as { dataset: string; id: string }[]).map((e) => `${e.dataset}:${e.id}`).sort();

describe('dataset events in the command line bundle', () => {
  it('ingest writes them into X.json, check finds them from the file alone, and the extension imports them', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'backstory-bundle-events-'));
    writeFileSync(join(dir, 'acled.csv'), acledCsv);
    writeFileSync(join(dir, 'soledar.txt'), article);
    const archive = join(dir, 'archive.json');
    expect(backstory('ingest', '--archive', archive, join(dir, 'acled.csv')).code).toBe(0);

    const bundle = JSON.parse(readFileSync(archive, 'utf8'));
    expect(bundle.datasetEvents).toEqual([expect.objectContaining({ dataset: 'acled', sourceId: 'UKR77101', date: '2023-01-12', fatalities: 4 })]);
    // The store beside the bundle is a cache: without it the events come from the bundle.
    rmSync(`${archive}.sqlite`, { force: true });
    const check = backstory('check', join(dir, 'soledar.txt'), '--archive', archive, '--date', '2023-01-12');
    expect(check.code).toBe(0);
    expect(eventIds(check.stdout)).toEqual(['acled:UKR77101']);

    // The archive page's import of that file.
    const browser = freshArchive('cli-bundle-into-extension');
    const text = readFileSync(archive, 'utf8');
    const summary = await importBundleStream(browser, async function* () { yield text; });
    expect(summary.events).toEqual({ total: 1, stored: 1, newerKept: 0 });
    expect((await browser.datasetEvents.get(['acled', 'UKR77101']))?.place.name).toBe('Soledar');
    browser.close();
  }, 60_000);

  it('a bundle the extension exported, with events from two datasets, is checked and grown by the command line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'backstory-bundle-events-'));
    const browser = freshArchive('extension-bundle-to-cli');
    await importDatasetFile(bytesOf(acledCsv), browser);
    await importDatasetFile(bytesOf(ucdpCsv), browser);
    let text = '';
    for await (const piece of exportBundlePieces(browser)) text += piece;
    browser.close();
    const archive = join(dir, 'exported.json');
    writeFileSync(archive, text);
    writeFileSync(join(dir, 'soledar.txt'), article);

    const check = backstory('check', join(dir, 'soledar.txt'), '--archive', archive, '--date', '2023-01-12');
    expect(eventIds(check.stdout)).toEqual(['acled:UKR77101', 'ucdp:503311']);

    // Adding an article rewrites the file: the events it came with are still in it.
    expect(backstory('ingest', '--archive', archive, join(dir, 'soledar.txt')).code).toBe(0);
    const rewritten = JSON.parse(readFileSync(archive, 'utf8'));
    expect(rewritten.articles).toHaveLength(1);
    expect(rewritten.datasetEvents.map((e: { sourceId: string }) => e.sourceId).sort()).toEqual(['503311', 'UKR77101']);
  }, 60_000);
});
