import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ACLED_HEADER, csvRow, gdeltLine } from '../../src/datasets/testing/datasetFiles';
import { backstory } from './cliRun';

describe('ingest and check with event datasets', () => {
  it('reads an ACLED export and a zipped GDELT export by their content, reports rows kept and skipped, and check lists the events', () => {
    const dir = mkdtempSync(join(tmpdir(), 'backstory-datasets-'));
    const battle = { event_type: 'Battles', sub_event_type: 'Armed clash', actor1: 'Military Forces of Russia (2000-)', actor2: 'Military Forces of Ukraine (2019-)', country: 'Ukraine', admin1: 'Donetsk', location: 'Soledar', latitude: 48.68, longitude: 38.08 };
    // Named .txt: the header, not the name, makes it a dataset.
    writeFileSync(join(dir, 'export.txt'), [
      ACLED_HEADER.join(','),
      csvRow(ACLED_HEADER, { ...battle, event_id_cnty: 'UKR2001', event_date: '2023-01-12', fatalities: 3 }),
      csvRow(ACLED_HEADER, { ...battle, event_id_cnty: 'UKR2002', event_date: '2023-13-45', fatalities: 0 }),
    ].join('\n'));
    const gdelt = gdeltLine({
      GlobalEventID: 1072345678, Day: 20230112, Actor1Name: 'RUSSIA', Actor1CountryCode: 'RUS', EventCode: '192', ActionGeo_Type: 4,
      ActionGeo_FullName: "Soledar, Donets'k, Ukraine", ActionGeo_CountryCode: 'UP', ActionGeo_Lat: 48.68, ActionGeo_Long: 38.08, SOURCEURL: 'https://example.com/soledar',
    });
    writeFileSync(join(dir, '20230112.export.CSV.zip'), zipSync({ '20230112.export.CSV': new TextEncoder().encode(`${gdelt}\n`) }));
    writeFileSync(join(dir, 'article.txt'), 'Wagner claims capture of Soledar\n\nThe Wagner Group said it had taken full control of Soledar in the Donetsk region after days of fighting.');
    const archive = join(dir, 'archive.json');

    const ingest = backstory('ingest', '--archive', archive, join(dir, 'export.txt'), join(dir, '20230112.export.CSV.zip'));
    expect(ingest.code).toBe(0);
    const summary = JSON.parse(ingest.stdout);
    expect(summary.events.total).toBe(2);
    expect(summary.events.files).toEqual([
      expect.objectContaining({ dataset: 'acled', read: 2, kept: 1, skippedCount: 1, skipped: [{ line: 3, reason: expect.stringContaining('event_date') }] }),
      expect.objectContaining({ dataset: 'gdelt', read: 1, kept: 1, skippedCount: 0 }),
    ]);

    const check = backstory('check', join(dir, 'article.txt'), '--archive', archive, '--date', '2023-01-12');
    expect(check.code).toBe(0);
    const events = JSON.parse(check.stdout).events;
    expect(events.map((e: { dataset: string; id: string }) => `${e.dataset}:${e.id}`).sort()).toEqual(['acled:UKR2001', 'gdelt:1072345678']);
    // The contract's fields, and only those.
    expect(Object.keys(events[0]).sort()).toEqual(['actors', 'dataset', 'date', 'fatalities', 'id', 'place', 'reasons', 'score', 'sourceUrl', 'type']);
    expect(events.find((e: { dataset: string }) => e.dataset === 'acled')).toMatchObject({ date: '2023-01-12', place: 'Soledar', fatalities: 3 });
  }, 60_000);
});
