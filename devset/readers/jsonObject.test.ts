// The JSON-dump reader on a hand-made scraper dump: the article is the first object, in document
// order, whose key field matches, wherever it is nested; its text fields become paragraphs.
import { describe, expect, it } from 'vitest';
import { read } from './jsonObject';

const dump = Buffer.from(
  '\uFEFF' +
    JSON.stringify({
      page: 1,
      items: [
        { url: 'https://example.org/a', title: 'Старий заголовок', lead: 'Інше' },
        {
          group: [
            {
              url: 'https://example.org/b',
              headline: '  Зеленський: «Ми не відступимо»\n',
              lead: 'Президент звернувся до українців уночі.',
              body: '  За його словами, "оборона триває".  ',
              empty: '',
            },
          ],
        },
        { url: 'https://example.org/b', headline: 'A later duplicate', lead: 'ignored' },
      ],
    }),
);

describe('jsonObject', () => {
  it('finds the nested object by its address and joins the named fields as paragraphs', () => {
    const article = read(dump, { match: { field: 'url', value: 'https://example.org/b' }, title: 'headline', text: ['lead', 'empty', 'body'] });
    expect(article.title).toBe('Зеленський: «Ми не відступимо»');
    expect(article.text).toBe('Президент звернувся до українців уночі.\n\nЗа його словами, "оборона триває".');
  });

  it('takes the title from `title` by default, and a dump of headlines alone gives an empty text', () => {
    expect(read(dump, { match: { field: 'url', value: 'https://example.org/a' } })).toEqual({ title: 'Старий заголовок', text: '' });
  });

  it('says which object or field is missing', () => {
    expect(() => read(dump, { match: { field: 'url', value: 'https://example.org/z' } })).toThrow(/jsonObject: no object with url = https:\/\/example.org\/z/);
    expect(() => read(dump, { match: { field: 'url', value: 'https://example.org/b' } })).toThrow(/has no title/);
  });
});
