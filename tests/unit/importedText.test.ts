import { describe, expect, it } from 'vitest';
import { importedText } from '../../entrypoints/options/transfer';

// What the archive page says once a bundle is in: the articles, and the dataset events a bundle
// from the command line or another reader carries, so a reader knows the events arrived too.
describe('importedText: the message after a bundle import', () => {
  it('names the articles only when the bundle had no dataset events', () => {
    expect(importedText({ total: 12, added: 10, duplicates: 2, reanalysed: 0 }, 'colleague.json'))
      .toBe('Imported 10 articles from colleague.json; 2 already in your archive.');
  });

  it('counts the dataset events stored, and those the archive held newer', () => {
    const text = importedText({ total: 1, added: 1, duplicates: 0, reanalysed: 0, events: { total: 2_500, stored: 2_400, newerKept: 100 } }, 'acled.json');
    expect(text).toBe('Imported 1 article from acled.json; 2,400 dataset events stored, 100 kept as your archive had them (newer).');
  });

  it('says one event in the singular', () => {
    expect(importedText({ total: 0, added: 0, duplicates: 0, reanalysed: 0, events: { total: 1, stored: 1, newerKept: 0 } }, 'x.json'))
      .toBe('Imported 0 articles from x.json; 1 dataset event stored.');
  });
});
