import { describe, expect, test, vi } from 'vitest';
import { matchIntoState } from '../../entrypoints/background/pageAnalysis';
import { emptyTabState } from '../../entrypoints/background/tabStates';
import { freshArchive } from '../../src/archive/testing';
import { analyzeText } from '../../src/core/pipeline';
import { importDatasetFile } from '../../src/datasets/importDatasetFile';
import { ACLED_HEADER, bytesOf, csvRow } from '../../src/datasets/testing/datasetFiles';

vi.mock('../../entrypoints/background/browserUi', () => ({ setBadge: async () => undefined }));

// The panel's Prior events come with the tab's state, which lives in storage.session: the rows
// must arrive there, but as a few short fields each, never a dataset row's whole record.

const battle = { event_type: 'Battles', sub_event_type: 'Armed clash', actor1: 'Military Forces of Russia (2000-)', assoc_actor_1: 'Wagner Group', actor2: 'Military Forces of Ukraine (2019-)', country: 'Ukraine', admin1: 'Donetsk', admin2: 'Bakhmutskyi', location: 'Soledar', latitude: 48.68, longitude: 38.08 };
const acled = [
  ACLED_HEADER.join(','),
  csvRow(ACLED_HEADER, { ...battle, event_id_cnty: 'UKR2001', event_date: '2023-01-11', fatalities: 3, source: 'Ukrinform', notes: `On 11 January 2023, Wagner Group forces clashed with Ukrainian forces in Soledar. ${'Further detail. '.repeat(400)}` }),
  csvRow(ACLED_HEADER, { ...battle, event_id_cnty: 'UKR2002', event_date: '2023-01-12', fatalities: 0, source: 'Ukrinform' }),
].join('\n');

const report = `Wagner claims capture of Soledar

The Wagner Group said on Wednesday it had taken full control of Soledar in the Donetsk region after days of fighting.`;

describe('prior events in the tab state', () => {
  test('the battles at Soledar reach the panel, grouped under the town, without their records or long notes', async () => {
    const db = freshArchive(`tab-prior-${Math.random()}`);
    await importDatasetFile(bytesOf(acled), db);
    const url = 'https://news.test/2023/01/soledar';
    const analyzed = analyzeText(report, { url, publishedAt: '2023-01-12' });
    const state = await matchIntoState(db, { ...emptyTabState(3, url), detection: analyzed.detection }, analyzed);
    const soledar = state.priorEvents?.find((group) => group.placeName === 'Soledar');
    expect(soledar?.events.map((event) => event.id).sort()).toEqual(['UKR2001', 'UKR2002']);
    expect(soledar?.events.find((event) => event.id === 'UKR2001')).toMatchObject({ dataset: 'acled', date: '2023-01-11', fatalities: 3 });
    for (const event of soledar!.events) expect(Object.keys(event)).not.toContain('record');
    expect(JSON.stringify(state.priorEvents).length).toBeLessThan(2_000);
    db.close();
  });

  test('an archive without datasets leaves the list empty', async () => {
    const db = freshArchive(`tab-prior-${Math.random()}`);
    const analyzed = analyzeText(report, { url: 'https://news.test/2023/01/soledar', publishedAt: '2023-01-12' });
    const state = await matchIntoState(db, emptyTabState(4, null), analyzed);
    expect(state.priorEvents).toEqual([]);
    db.close();
  });
});
