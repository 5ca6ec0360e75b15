import { describe, expect, test } from 'vitest';
import { importDatasetFile } from '../datasets/importDatasetFile';
import { ACLED_HEADER, bytesOf, csvRow } from '../datasets/testing/datasetFiles';
import { BundleError } from './bundle';
import { exportBundlePieces } from './bundleExport';
import { importBundleStream } from './bundleImport';
import { ingestArticle } from './ingest';
import { analyzedSeed, freshArchive } from './testing';

// Item 4 of issue 10: a bundle carries the archive's dataset events, so a backup restores the
// Prior events too; merged so that a newer copy of a row or an article is never replaced by an
// older one. The rows are written for the test in ACLED's column layout.
const battle = { event_type: 'Battles', sub_event_type: 'Armed clash', actor1: 'Wagner Group', actor2: 'Military Forces of Ukraine (2019-)', country: 'Ukraine', admin1: 'Donetsk', source: 'Ukrainska Pravda' };
const acled = (fatalities: number) => [
  ACLED_HEADER.join(','),
  csvRow(ACLED_HEADER, { ...battle, event_id_cnty: 'UKR9001', event_date: '2023-01-12', location: 'Soledar', latitude: 48.68, longitude: 38.09, fatalities, notes: 'Fighting for Soledar continued.' }),
  csvRow(ACLED_HEADER, { ...battle, event_id_cnty: 'UKR9002', event_date: '2023-01-13', location: 'Bakhmut', latitude: 48.59, longitude: 38.0, fatalities: 2 }),
].join('\n');

async function importAcled(db: ReturnType<typeof freshArchive>, fatalities: number, importedAt: string) {
  await importDatasetFile(bytesOf(acled(fatalities)), db, { importedAt });
}

async function bundleText(db: ReturnType<typeof freshArchive>): Promise<string> {
  let text = '';
  for await (const piece of exportBundlePieces(db, { batchSize: 1 })) text += piece;
  return text;
}

const source = (text: string) => async function* () {
  for (let at = 0; at < text.length; at += 1000) yield text.slice(at, at + 1000);
};

describe('dataset events in bundles', () => {
  test('an exported bundle restores the articles and the events, indexed as an import indexes them', async () => {
    const db = freshArchive('bundle-events-source');
    await ingestArticle(db, analyzedSeed(2), { origin: 'saved' });
    await importAcled(db, 7, '2026-11-01T00:00:00.000Z');
    const text = await bundleText(db);
    expect(JSON.parse(text).datasetEvents).toHaveLength(2);
    // Index keys are derived again on import, not carried.
    expect(JSON.parse(text).datasetEvents[0]).not.toHaveProperty('placeDays');

    const target = freshArchive('bundle-events-target');
    const summary = await importBundleStream(target, source(text));
    expect(summary.added).toBe(1);
    expect(summary.events).toEqual({ total: 2, stored: 2, newerKept: 0 });
    expect(await target.datasetEvents.toArray()).toEqual(await db.datasetEvents.toArray());
  });

  test('an archive without events writes a bundle without the list, as before', async () => {
    const db = freshArchive('bundle-no-events');
    await ingestArticle(db, analyzedSeed(0), { origin: 'saved' });
    expect(JSON.parse(await bundleText(db))).not.toHaveProperty('datasetEvents');
  });

  test('a row the archive has from a newer import keeps its revised deaths; an older one is updated', async () => {
    const older = freshArchive('bundle-events-older');
    await importAcled(older, 7, '2026-10-01T00:00:00.000Z');
    const olderBundle = await bundleText(older);

    const newer = freshArchive('bundle-events-newer');
    await importAcled(newer, 12, '2026-11-01T00:00:00.000Z');
    const summary = await importBundleStream(newer, source(olderBundle));
    expect(summary.events).toEqual({ total: 2, stored: 0, newerKept: 2 });
    expect((await newer.datasetEvents.get(['acled', 'UKR9001']))?.fatalities).toBe(12);

    await importBundleStream(older, source(await bundleText(newer)));
    expect((await older.datasetEvents.get(['acled', 'UKR9001']))?.fatalities).toBe(12);
    expect(await older.datasetEvents.count()).toBe(2);
  });

  test('an article the archive holds is never replaced by the bundle’s copy, older or not', async () => {
    const db = freshArchive('bundle-article-newer');
    const url = 'https://www.reuters.com/world/europe/putin-heads-belarus-2022-12-19/';
    const bundleSource = freshArchive('bundle-article-older');
    await ingestArticle(bundleSource, analyzedSeed(3, url), { origin: 'saved', savedAt: '2022-12-19T10:00:00.000Z' });
    const updated = analyzedSeed(3, url);
    updated.article = { ...updated.article, text: `${updated.article.text}\n\nThis story has been updated with Zelensky's remarks.` };
    await ingestArticle(db, updated, { origin: 'saved', savedAt: '2022-12-20T10:00:00.000Z' });

    const summary = await importBundleStream(db, source(await bundleText(bundleSource)));
    expect(summary).toMatchObject({ added: 0, duplicates: 1 });
    const [kept] = await db.articles.toArray();
    expect(kept?.savedAt).toBe('2022-12-20T10:00:00.000Z');
    expect(kept?.text).toContain('updated with Zelensky');
  });

  test('a broken event refuses the file before anything is stored', async () => {
    const db = freshArchive('bundle-events-broken');
    await ingestArticle(db, analyzedSeed(1), { origin: 'saved' });
    await importAcled(db, 3, '2026-11-01T00:00:00.000Z');
    const bundle = JSON.parse(await bundleText(db));
    bundle.datasetEvents[1].date = '13 Smarch 2023';
    const target = freshArchive('bundle-events-broken-target');
    await expect(importBundleStream(target, source(JSON.stringify(bundle)))).rejects.toThrow(BundleError);
    await expect(importBundleStream(target, source(JSON.stringify(bundle)))).rejects.toThrow(/datasetEvents\[1\]: "date"/);
    expect(await target.articles.count()).toBe(0);
    expect(await target.datasetEvents.count()).toBe(0);
  });
});
