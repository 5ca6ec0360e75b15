import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { deleteArticle, ingestArticle } from '../archive';
import { freshArchive } from '../archive/testing';
import { analyzeText } from '../core/pipeline';
import { ArchiveSearch } from './archiveSearch';
import { EMPTY_QUERY, type SearchQuery } from './filterDocs';

// Short reports written for the test, one per language, with what a reader would search by.
const REPORTS = [
  { url: 'https://www.reuters.com/world/belarus-exercises', date: '2022-02-10', text: 'Belarus and Russia begin joint military exercises\n\nPresident Alexander Lukashenko said on Thursday that the drills near Brest were purely defensive. Russian troops arrived in Gomel last week.' },
  { url: 'https://meduza.io/news/2022/10/01/lukashenko', date: '2022-10-01', text: 'Лукашенко заявил, что Беларусь не будет воевать\n\nАлександр Лукашенко заявил журналистам в Минске, что белорусская армия не вступит в войну. По его словам, самолёты остаются на аэродромах.' },
  { url: 'https://www.pravda.com.ua/news/2023/01/05/kyiv-strike', date: '2023-01-05', text: 'Росія вдарила ракетами по Києву\n\nВолодимир Зеленський заявив, що російські ракети влучили в енергетичну інфраструктуру Києва. Загиблих немає, повідомили у Києві.' },
  { url: 'https://nashaniva.com/be/news/2023-03-02', date: null, text: 'Лукашэнка сустрэўся з Пуціным у Маскве\n\nАляксандр Лукашэнка ў чацвер сустрэўся з Уладзімірам Пуціным у Маскве. Бакі абмеркавалі вайсковае супрацоўніцтва.' },
];

async function archiveWithReports() {
  const archive = freshArchive();
  const ids: number[] = [];
  for (const [i, report] of REPORTS.entries()) {
    const analyzed = analyzeText(report.text, { url: report.url, publishedAt: report.date });
    const outcome = await ingestArticle(archive, analyzed, { origin: i === 2 ? 'imported' : 'saved', savedAt: `2024-01-0${i + 1}T10:00:00.000Z` });
    ids.push(outcome.id);
  }
  return { archive, ids };
}

const search = (index: ArchiveSearch, query: Partial<SearchQuery>) => index.search({ ...EMPTY_QUERY, ...query });

describe('the archive page search', () => {
  it('finds articles by words of their text, in any case and as word beginnings, newest first', async () => {
    const { archive, ids } = await archiveWithReports();
    const index = new ArchiveSearch('search-a', { indexedDB: new IDBFactory(), IDBKeyRange });
    await index.sync(archive);
    // Newest publication first; the Belarusian report has no date and comes last.
    expect(search(index, {})).toEqual([ids[2], ids[1], ids[0], ids[3]]);
    expect(search(index, { text: 'drills brest' })).toEqual([ids[0]]);
    // "самолет" typed without ё finds "самолёты"; "лукашенк" begins every case form.
    expect(search(index, { text: 'самолет' })).toEqual([ids[1]]);
    expect(search(index, { text: 'Лукашенк' })).toEqual([ids[1]]);
    expect(search(index, { text: 'інфраструктур' })).toEqual([ids[2]]);
    expect(search(index, { text: 'Пуцін' })).toEqual([ids[3]]);
    expect(search(index, { text: 'drills Києва' })).toEqual([]);
    expect(search(index, { sort: 'oldest' })).toEqual([ids[0], ids[1], ids[2], ids[3]]);
  });

  it('filters by language, origin, outlet and publication dates', async () => {
    const { archive, ids } = await archiveWithReports();
    const index = new ArchiveSearch('search-b', { indexedDB: new IDBFactory(), IDBKeyRange });
    await index.sync(archive);
    expect(search(index, { lang: 'ru' })).toEqual([ids[1]]);
    expect(search(index, { origin: 'imported' })).toEqual([ids[2]]);
    expect(search(index, { outlet: 'meduza' })).toEqual([ids[1]]);
    expect(search(index, { from: '2022-06-01', to: '2022-12-31' })).toEqual([ids[1]]);
    // An undated article is outside any date range.
    expect(search(index, { from: '2020-01-01' })).toEqual([ids[2], ids[1], ids[0]]);
    expect(index.facets.langs.sort()).toEqual(['be', 'en', 'ru', 'uk']);
  });

  it('filters by a person or a place the analysis found', async () => {
    const { archive, ids } = await archiveWithReports();
    const index = new ArchiveSearch('search-c', { indexedDB: new IDBFactory(), IDBKeyRange });
    await index.sync(archive);
    const lukashenko = search(index, { person: 'lukashenk' });
    expect(lukashenko).toContain(ids[0]);
    expect(lukashenko).toContain(ids[1]);
    expect(lukashenko).not.toContain(ids[2]);
    expect(search(index, { place: 'kyiv' })).toEqual([ids[2]]);
  });

  it('follows the archive: a deleted article leaves, a new one comes, and the stored index is used on reopening', async () => {
    const { archive, ids } = await archiveWithReports();
    const factory = new IDBFactory();
    const index = new ArchiveSearch('search-d', { indexedDB: factory, IDBKeyRange });
    await index.sync(archive);
    await deleteArticle(archive, ids[1]!);
    const added = await ingestArticle(archive, analyzeText('Минск принимает переговоры\n\nВ Минске прошли переговоры делегаций России и Украины.', { url: 'https://example.by/talks', publishedAt: '2022-02-28' }), { origin: 'saved' });
    const progress: number[][] = [];
    await index.sync(archive, (done, total) => progress.push([done, total]));
    expect(progress.at(-1)).toEqual([1, 1]);
    expect(search(index, { text: 'заявил' })).toEqual([]);
    expect(search(index, { text: 'переговоры' })).toEqual([added.id]);

    const reopened = new ArchiveSearch('search-d', { indexedDB: factory, IDBKeyRange });
    await reopened.load();
    expect(reopened.size).toBe(4);
    expect(search(reopened, { text: 'переговоры' })).toEqual([added.id]);
  });
});
