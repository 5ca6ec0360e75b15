import { describe, expect, it, vi } from 'vitest';
import { analyzeText } from '../core/pipeline';
import { importDatasetFile } from '../datasets/importDatasetFile';
import { ACLED_HEADER, UCDP_HEADER, bytesOf, csvRow } from '../datasets/testing/datasetFiles';
import { datasetNumberDisagreements } from './datasetNumbers';
import { findPriorEvents, flattenPriorEvents } from './priorEvents';
import { freshArchive } from './testing';

const battle = { event_type: 'Battles', sub_event_type: 'Armed clash', actor1: 'Military Forces of Russia (2000-)', assoc_actor_1: 'Wagner Group', actor2: 'Military Forces of Ukraine (2019-)', country: 'Ukraine', admin1: 'Donetsk', admin2: 'Bakhmutskyi' };
const acled = [
  ACLED_HEADER.join(','),
  csvRow(ACLED_HEADER, { ...battle, event_id_cnty: 'UKR1001', event_date: '2023-01-12', location: 'Soledar', latitude: 48.68, longitude: 38.08, fatalities: 3, source: 'Ukrinform' }),
  csvRow(ACLED_HEADER, { ...battle, event_id_cnty: 'UKR1002', event_date: '2022-11-02', location: 'Soledar', latitude: 48.68, longitude: 38.08, fatalities: 0 }),
  csvRow(ACLED_HEADER, { ...battle, event_id_cnty: 'UKR1003', event_date: '2023-01-11', event_type: 'Explosions/Remote violence', sub_event_type: 'Shelling/artillery/missile attack', location: 'Bakhmut', latitude: 48.59, longitude: 38.0, fatalities: 1 }),
  csvRow(ACLED_HEADER, { ...battle, event_id_cnty: 'UKR1004', event_date: '2023-01-12', admin1: 'Kharkiv', admin2: 'Kupianskyi', location: 'Kupiansk', latitude: 49.7, longitude: 37.6, fatalities: 0 }),
  csvRow(ACLED_HEADER, { ...battle, event_id_cnty: 'UKR1006', event_date: '2023-01-10', event_type: 'Explosions/Remote violence', sub_event_type: 'Shelling/artillery/missile attack', location: 'Kramatorsk', admin2: 'Kramatorskyi', latitude: 48.72, longitude: 37.56, fatalities: 2 }),
  csvRow(ACLED_HEADER, { event_id_cnty: 'UKR1005', event_date: '2023-01-12', event_type: 'Protests', sub_event_type: 'Peaceful protest', actor1: 'Protesters (Ukraine)', country: 'Ukraine', admin1: 'Donetsk', location: 'Soledar', latitude: 48.68, longitude: 38.08, fatalities: 0 }),
].join('\n');
const ucdp = [
  UCDP_HEADER.join(','),
  csvRow(UCDP_HEADER, { id: 600001, type_of_violence: 1, side_a: 'Government of Russia (Soviet Union)', side_b: 'Government of Ukraine', where_coordinates: 'Donetsk oblast', adm_1: 'Donetsk oblast', country: 'Ukraine', latitude: 48.0, longitude: 37.8, date_start: '2023-01-12', date_end: '2023-01-12', best: 40, low: 20, high: 60 }),
].join('\n');

async function archiveWithRows() {
  const db = freshArchive('prior-events');
  await importDatasetFile(bytesOf(acled), db);
  await importDatasetFile(bytesOf(ucdp), db);
  return db;
}

const english = `Wagner claims capture of Soledar

The Wagner Group said on Wednesday it had taken full control of Soledar in the Donetsk region after days of fighting. The Ukrainian military said there were no casualties among civilians in Soledar.`;

describe('findPriorEvents', () => {
  it('reads no range of an archive that holds no dataset events, and finds nothing there', async () => {
    const db = freshArchive('prior-events-none');
    const analyzed = analyzeText(english, { url: 'https://example.com/soledar', publishedAt: '2023-01-12' });
    const where = vi.spyOn(db.datasetEvents, 'where');
    expect(await findPriorEvents(db, analyzed)).toEqual([]);
    expect(where).not.toHaveBeenCalled();
    // Once one is imported, the same article reads its ranges and finds it.
    await importDatasetFile(bytesOf(acled), db);
    expect(flattenPriorEvents(await findPriorEvents(db, analyzed)).map((e) => e.id)).toContain('UKR1001');
    expect(where).toHaveBeenCalled();
  });

  it('puts the battle at Soledar beside a report of its fall, and what happened around it in Donetsk Region lower, not other towns, months or kinds', async () => {
    const db = await archiveWithRows();
    const analyzed = analyzeText(english, { url: 'https://example.com/soledar', publishedAt: '2023-01-12' });
    const groups = await findPriorEvents(db, analyzed);
    const flat = flattenPriorEvents(groups);
    const ids = flat.map((e) => e.id);
    expect(ids[0]).toBe('UKR1001');
    expect(ids).toEqual(expect.arrayContaining(['UKR1003', '600001']));
    expect(ids).not.toContain('UKR1002'); // two months before
    expect(ids).not.toContain('UKR1004'); // Kupiansk, Kharkiv Region
    expect(ids).not.toContain('UKR1005'); // a protest, not fighting
    expect(groups[0]).toMatchObject({ placeId: 'place:soledar', placeName: 'Soledar' });
    expect(flat[0]).toMatchObject({ dataset: 'acled', date: '2023-01-12', place: 'Soledar', fatalities: 3 });
    expect(flat[0]!.reasons).toContain('at Soledar');
    db.close();
  });

  it('finds the same battle for a Russian report of the town taken', async () => {
    const db = await archiveWithRows();
    const russian = 'Вагнер заявил о взятии Соледара\n\nБойцы ЧВК «Вагнер» полностью взяли под контроль Соледар, заявил Евгений Пригожин.';
    const analyzed = analyzeText(russian, { url: 'https://example.ru/soledar', publishedAt: '2023-01-11' });
    const flat = flattenPriorEvents(await findPriorEvents(db, analyzed));
    expect(flat.map((e) => e.id)).toContain('UKR1001');
    db.close();
  });

  it('finds nothing for an article about a visit to Minsk', async () => {
    const db = await archiveWithRows();
    const analyzed = analyzeText('Putin arrives in Minsk\n\nVladimir Putin arrived in Minsk on Monday for talks with Alexander Lukashenko.', { url: 'https://example.com/minsk', publishedAt: '2022-12-19' });
    expect(await findPriorEvents(db, analyzed)).toEqual([]);
    db.close();
  });
});

describe('datasetNumberDisagreements', () => {
  it('sets "no casualties" at Soledar against the dead ACLED records there that day', async () => {
    const db = await archiveWithRows();
    const analyzed = analyzeText(english, { url: 'https://example.com/soledar', publishedAt: '2023-01-12' });
    const found = datasetNumberDisagreements(analyzed, flattenPriorEvents(await findPriorEvents(db, analyzed)));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ kind: 'numbers_disagree', statement: { text: expect.stringContaining('no casualties') }, other: { speaker: 'ACLED', publishedAt: '2023-01-12' } });
    expect(found[0]!.other.text).toContain('3 killed at Soledar');
    db.close();
  });

  it('sees no disagreement where a report and the dataset give close counts', async () => {
    const db = await archiveWithRows();
    const text = 'Shelling kills civilians in Soledar\n\nTwo civilians were killed by Russian shelling in Soledar on Thursday, the regional governor said.';
    const analyzed = analyzeText(text, { url: 'https://example.com/soledar2', publishedAt: '2023-01-13' });
    const events = flattenPriorEvents(await findPriorEvents(db, analyzed));
    expect(events.map((e) => e.id)).toContain('UKR1001');
    expect(datasetNumberDisagreements(analyzed, events)).toEqual([]);
    db.close();
  });

  it('sets a Ukrainian "no dead" after a missile strike on Kramatorsk against the dead ACLED records there that day', async () => {
    const db = await archiveWithRows();
    const text = 'Удар по Краматорську\n\nУ вівторок російська ракета влучила в житловий будинок у Краматорську. Загиблих немає, повідомив голова ОВА Павло Кириленко.';
    const analyzed = analyzeText(text, { url: 'https://example.com.ua/kramatorsk', publishedAt: '2023-01-12' });
    const events = flattenPriorEvents(await findPriorEvents(db, analyzed));
    expect(events[0]).toMatchObject({ id: 'UKR1006', place: 'Kramatorsk', type: 'strike' });
    const found = datasetNumberDisagreements(analyzed, events);
    expect(found.map((c) => c.statement.text)).toEqual([expect.stringContaining('Загиблих немає')]);
    expect(found[0]!.other.text).toContain('2 killed at Kramatorsk');
    db.close();
  });
});

describe('findPriorEvents in Belarusian', () => {
  // "ідуць баі" (fighting goes on) is an attack at the place it names, as ACLED's battles are.
  it('finds the battle at Soledar for a Belarusian report of fighting there', async () => {
    const db = await archiveWithRows();
    const analyzed = analyzeText('Баі за Саледар\n\nУ Саледары ідуць баі, заявіў Пригожин.', { url: 'https://example.by/soledar', publishedAt: '2023-01-12' });
    expect(flattenPriorEvents(await findPriorEvents(db, analyzed)).map((e) => e.id)).toContain('UKR1001');
    db.close();
  });
});
