import { describe, expect, test } from 'vitest';
import { articleRows } from './articleRows';
import { contentHash } from './contentHash';
import { analyzedSeed } from './testing';

describe('the row an analysed article becomes', () => {
  test('a hash the caller has is used only for the text it was made from', () => {
    const analyzed = analyzedSeed(1);
    const own = contentHash(analyzed.article.text);
    // The file import hashed the extracted text before analysis: the same text, its hash kept.
    expect(articleRows(analyzed, 'imported', '', { text: analyzed.article.text, hash: 'feedfacefeedface' }).article.contentHash).toBe('feedfacefeedface');
    // Analysis gave back another text (a page cut to the caps): hashed again, not the caller's.
    expect(articleRows(analyzed, 'imported', '', { text: `${analyzed.article.text} more`, hash: 'feedfacefeedface' }).article.contentHash).toBe(own);
    expect(articleRows(analyzed, 'imported', '').article.contentHash).toBe(own);
  });
});
