import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { loadSeeds, offTopicPageHtml, seedPageHtml } from '../../tests/support/seedPages';
import { parseHtml } from '../cli/html';
import { analyzeDocument, analyzeExtracted } from '../core/pipeline';
import { importFiles, type Analyze, type ImportEntry } from './fileImport';
import { fileImportNotice } from './fileImportText';
import { ingestArticles } from './ingest';
import { freshArchive } from './testing';

const seeds = loadSeeds();
const page = (n: number, url = `https://news.example/story-${n}.html`) => seedPageHtml(seeds[n]!, { url });
const entry = (path: string, content: BlobPart): ImportEntry => ({ path, file: new Blob([content]) });
const parse = (html: string) => parseHtml(html, 'about:blank');

// Written for the test: a Russian and a Ukrainian report, as a saved page and as plain text.
const RUSSIAN_PAGE = `<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>Лукашенко провёл встречу с Путиным в Минске</title>
<meta property="og:type" content="article"></head><body><article><h1>Лукашенко провёл встречу с Путиным в Минске</h1>
<p>Президент Белоруссии Александр Лукашенко в понедельник встретился в Минске с президентом России Владимиром Путиным. Стороны обсудили военное сотрудничество и совместные учения войск.</p>
<p>«Мы будем и дальше укреплять оборону Союзного государства», — заявил Лукашенко журналистам после переговоров, которые продолжались больше трёх часов.</p>
<p>Путин сказал, что Россия не намерена втягивать Белоруссию в войну на Украине, и назвал такие сообщения выдумкой западных СМИ.</p>
<p>Украинские власти в тот же день предупредили о возможном наступлении с территории Белоруссии на Киев и усилили охрану северной границы.</p>
<p>По данным министерства обороны Белоруссии, в страну уже прибыли около девяти тысяч российских военнослужащих, которые разместятся на полигонах в Гродненской и Брестской областях.</p>
<p>Белорусская оппозиция назвала визит Путина попыткой окончательно подчинить страну Москве и призвала граждан не поддаваться на мобилизационные призывы властей.</p>
<p>Эксперты отмечают, что за последний год Лукашенко и Путин встречались больше десяти раз, и каждая встреча заканчивалась новыми соглашениями о военном и экономическом сотрудничестве двух стран.</p>
</article></body></html>`;
const UKRAINIAN_TEXT = `Зеленський: Україна посилює кордон з Білоруссю

Президент України Володимир Зеленський заявив у понеділок, що Україна посилює захист кордону з Білоруссю після візиту Путіна до Мінська.

«Ми готові до будь-якого сценарію, і наш кордон захищений», — сказав Зеленський у вечірньому зверненні до українців.

За його словами, прикордонники та Збройні сили України отримали додаткову техніку, а на півночі країни тривають навчання.

Міністерство оборони Білорусі раніше повідомило, що російські військові прибули до країни для спільних навчань.

Державна прикордонна служба України повідомила, що ситуація на кордоні наразі контрольована, проте загроза наступу з півночі зберігається, і прикордонники щодня фіксують переміщення техніки.

Аналітики вважають, що Кремль намагається змусити Лукашенка відкрито вступити у війну, однак білоруська армія поки не готова до великої операції проти України.

У Києві тим часом посилили протиповітряну оборону, а місцева влада закликала мешканців не ігнорувати сигнали повітряної тривоги та заздалегідь підготувати укриття.

Речник Повітряних сил України нагадав, що з території Білорусі вже неодноразово запускали ракети по українських містах, тому система оповіщення на півночі працює цілодобово.

Західні партнери пообіцяли Києву нові зенітні комплекси найближчими тижнями, а представники НАТО заявили, що уважно стежать за переміщенням російських військ у Білорусі.
`;

describe('importing files and folders', () => {
  test('a folder of saved pages: each topical article stored once, the rest listed with why', async () => {
    const db = freshArchive('file-import-folder');
    const folder: ImportEntry[] = [
      entry('saved/putin-minsk.html', page(3)),
      entry('saved/putin-minsk_files/style.css', 'body { color: red }'),
      entry('saved/putin-minsk_files/photo.jpg', new Uint8Array([0xff, 0xd8, 0xff, 0x00])),
      entry('saved/belarus-troops.html.gz', gzipSync(page(1))),
      entry('saved/lukashenko-ru.html', RUSSIAN_PAGE),
      entry('saved/zelensky-uk.txt', UKRAINIAN_TEXT),
      entry('saved/second-copy.html', page(3)),
      entry('saved/sourdough.html', offTopicPageHtml()),
      entry('saved/empty.html', ''),
      entry('saved/renamed-image.html', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0x49, 0x48])),
      entry('saved/huge.html', new Uint8Array(33 * 1024 * 1024)),
    ];
    const summary = await importFiles(db, folder, { parse });
    expect(summary.added).toBe(4);
    expect(await db.articles.count()).toBe(4);
    expect(summary.ignored).toBe(2);
    expect(summary.total).toBe(9);
    const why = Object.fromEntries(summary.skippedFiles.map((file) => [file.path, file.kind]));
    expect(why).toEqual({
      'saved/second-copy.html': 'duplicate',
      'saved/sourdough.html': 'not_topical',
      'saved/empty.html': 'unreadable',
      'saved/renamed-image.html': 'unreadable',
      'saved/huge.html': 'too_large',
    });
    const titles = (await db.articles.toArray()).map((article) => article.title);
    expect(titles).toContain('Лукашенко провёл встречу с Путиным в Минске');
    expect(titles).toContain('Зеленський: Україна посилює кордон з Білоруссю');
    // A page keeps the address its canonical link gives; the text file gets one from its path.
    expect((await db.articles.toArray()).map((article) => article.url)).toContain('https://news.example/story-3.html');
    expect((await db.articles.toArray()).map((article) => article.url)).toContain('file:///saved/zelensky-uk.txt');
  });

  test('stopped halfway, the same folder imported again adds only what is missing', async () => {
    const db = freshArchive('file-import-resume');
    const folder = [0, 1, 2, 3, 4].map((n) => entry(`folder/${n}.html`, page(n)));
    const stop = new AbortController();
    const first = await importFiles(db, folder, {
      parse,
      batchSize: 2,
      signal: stop.signal,
      onProgress: (progress) => progress.done === 2 && stop.abort(),
    });
    expect(first.cancelled).toBe(true);
    expect(first.added).toBe(2);
    expect(await db.articles.count()).toBe(2);

    const again = await importFiles(db, folder, { parse, batchSize: 2 });
    expect(again.cancelled).toBe(false);
    expect(again.added).toBe(3);
    expect(again.skippedFiles.map((file) => [file.path, file.kind])).toEqual([
      ['folder/0.html', 'duplicate'],
      ['folder/1.html', 'duplicate'],
    ]);
    expect(await db.articles.count()).toBe(5);
    expect(new Set((await db.articles.toArray()).map((article) => article.contentHash)).size).toBe(5);
  });

  test('pages analysed elsewhere, several at once and finishing out of order, are stored once each in the order chosen', async () => {
    const db = freshArchive('file-import-in-flight');
    const folder = [0, 1, 2, 3, 4].map((n) => entry(`folder/${n}.html`, page(n)));
    folder.push(entry('folder/5-copy.html', page(2)));
    // As a pool of workers answers: later pages may come back first; one page defeats the analyzer.
    let call = 0;
    const analyze: Analyze = (article, detection) => {
      const delay = [30, 5, 20, 0, 10][call++ % 5]!;
      return new Promise((resolve, reject) =>
        setTimeout(() => (article.url.endsWith('story-4.html') ? reject(new RangeError('Maximum call stack size exceeded')) : resolve(analyzeExtracted(article, detection))), delay),
      );
    };
    const summary = await importFiles(db, folder, { parse, analyze, inFlight: 4, batchSize: 2 });
    expect(summary.added).toBe(4);
    expect(summary.done).toBe(6);
    expect(summary.skippedFiles.map((file) => [file.path, file.kind])).toEqual([
      ['folder/4.html', 'unreadable'],
      ['folder/5-copy.html', 'duplicate'],
    ]);
    expect((await db.articles.toArray()).map((article) => article.url)).toEqual([0, 1, 2, 3].map((n) => `https://news.example/story-${n}.html`));
  });

  test('a batch not yet full is stored once it has waited long enough, so a page closed mid-import keeps what was read', async () => {
    const folder = [0, 1, 2, 3].map((n) => entry(`folder/${n}.html`, page(n)));
    // How many articles the archive holds as each page is analysed (each analysis takes 20 ms).
    const seen = async (batchMs: number | undefined) => {
      const db = freshArchive(`file-import-batch-ms-${batchMs}`);
      const counts: number[] = [];
      const analyze: Analyze = async (article, detection) => {
        await new Promise((resolve) => setTimeout(resolve, 20));
        counts.push(await db.articles.count());
        return analyzeExtracted(article, detection);
      };
      const summary = await importFiles(db, folder, { parse, analyze, batchMs });
      return { counts, added: summary.added };
    };
    // Stored as soon as read: the third page finds the first two in the archive.
    const eager = await seen(0);
    expect(eager.added).toBe(4);
    expect(eager.counts[3]).toBeGreaterThanOrEqual(2);
    // By default four pages read in well under a second are one batch, stored at the end.
    expect(await seen(undefined)).toEqual({ counts: [0, 0, 0, 0], added: 4 });
  });

  test('a write that fails stops the import, keeping the batches stored before it and saying so', async () => {
    const db = freshArchive('file-import-write-fails');
    const folder = [0, 1, 2, 3, 4].map((n) => entry(`folder/${n}.html`, page(n)));
    // A value IndexedDB cannot store, as a full disk would refuse any: the third page's batch fails.
    const analyze: Analyze = (article, detection) => {
      const analyzed = analyzeExtracted(article, detection);
      return article.url.endsWith('story-2.html') ? { ...analyzed, terms: [(() => '') as unknown as string] } : analyzed;
    };
    const summary = await importFiles(db, folder, { parse, analyze, batchSize: 2 });
    expect(summary.error).not.toBeNull();
    expect(summary.added).toBe(2);
    expect(await db.articles.count()).toBe(2);
    expect(fileImportNotice(summary)).toMatch(/^Stopped: added 2 articles from \d files\. The archive could not be written \(.*\)\. Import the same files again to finish/);
  });

  test('a file that is not JSON of a bundle is listed, and a broken file never stops the rest', async () => {
    const db = freshArchive('file-import-bad-bundle');
    const summary = await importFiles(db, [entry('a/package.json', '{"name":"x"}'), entry('a/b.html', page(0))], { parse });
    expect(summary.added).toBe(1);
    expect(summary.skippedFiles).toEqual([{ path: 'a/package.json', kind: 'unreadable', reason: expect.stringContaining('not a bundle Backstory can read') }]);
  });

  test('a folder imported again: what the archive holds is named and never analysed a second time', async () => {
    const db = freshArchive('file-import-known');
    const folder = [0, 1, 2].map((n) => entry(`folder/${n}.html`, page(n)));
    await importFiles(db, folder.slice(0, 2), { parse });
    const analysed: string[] = [];
    const analyze: Analyze = (article, detection) => (analysed.push(article.url), analyzeExtracted(article, detection));
    const again = await importFiles(db, folder, { parse, analyze });
    expect(analysed).toEqual(['https://news.example/story-2.html']);
    expect(again.added).toBe(1);
    expect(again.skippedFiles.map((file) => file.reason)).toEqual([0, 1].map((n) => `already in your archive (same canonical URL): “${seeds[n]!.title}”`));
  });

  test('a page the reader saved although it is off topic is named as already in the archive, not as off topic, when its folder is imported', async () => {
    const db = freshArchive('file-import-saved-off-topic');
    const url = 'https://news.example/baking.html';
    const html = offTopicPageHtml(url);
    await ingestArticles(db, [{ analyzed: analyzeDocument(parse(html), url), origin: 'saved' }]);
    const analysed: string[] = [];
    const analyze: Analyze = (article, detection) => (analysed.push(article.url), analyzeExtracted(article, detection));
    const summary = await importFiles(db, [entry('folder/baking.html', html), entry('folder/0.html', page(0))], { parse, analyze });
    expect(summary.added).toBe(1);
    expect(analysed).toEqual(['https://news.example/story-0.html']);
    expect(summary.skippedFiles).toEqual([
      { path: 'folder/baking.html', kind: 'duplicate', reason: 'already in your archive (same canonical URL): “Retired teacher wins county fair sourdough contest”' },
    ]);
  });

  test('an article saved elsewhere while the import runs is not stored a second time', async () => {
    const db = freshArchive('file-import-saved-meanwhile');
    const folder = [0, 1, 2, 3].map((n) => entry(`folder/${n}.html`, page(n)));
    // The reader saves the third page's article from a tab while the first page is analysed.
    let saved = false;
    const analyze: Analyze = async (article, detection) => {
      if (!saved) {
        saved = true;
        const doc = parse(page(2));
        await ingestArticles(db, [{ analyzed: analyzeDocument(doc, 'https://news.example/story-2.html'), origin: 'saved' }]);
      }
      return analyzeExtracted(article, detection);
    };
    const summary = await importFiles(db, folder, { parse, analyze, batchSize: 2 });
    expect(summary.added).toBe(3);
    expect(summary.skippedFiles.map((file) => [file.path, file.kind])).toEqual([['folder/2.html', 'duplicate']]);
    expect(await db.articles.count()).toBe(4);
  });

  test('a few pages into a large archive: each is still looked up and a stored one refused', async () => {
    const db = freshArchive('file-import-large-archive');
    const stored = analyzeDocument(parse(page(0)), 'https://news.example/story-0.html');
    // 41 articles: more than twenty times the two files chosen.
    const others = Array.from({ length: 40 }, (_, n) => ({ ...stored, article: { ...stored.article, url: `https://news.example/other-${n}.html`, text: `${stored.article.text} Update ${n}.` } }));
    await ingestArticles(db, [stored, ...others].map((analyzed) => ({ analyzed, origin: 'saved' as const })));
    const analysed: string[] = [];
    const analyze: Analyze = (article, detection) => (analysed.push(article.url), analyzeExtracted(article, detection));
    const summary = await importFiles(db, [entry('a/0.html', page(0)), entry('a/1.html', page(1))], { parse, analyze });
    expect(analysed).toEqual(['https://news.example/story-1.html']);
    expect(summary.skippedFiles.map((file) => file.reason)).toEqual([`already in your archive (same canonical URL): “${seeds[0]!.title}”`]);
  });
});
