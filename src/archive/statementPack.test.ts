import { describe, expect, test } from 'vitest';
import { analyzeText } from '../core/pipeline';
import { articleRows } from './articleRows';
import { packEvents, unpackEvents, type StoredEvent } from './eventPack';
import { packStatements, unpackStatements, type StoredStatement } from './statementPack';

const statement = (text: string, fields: Partial<StoredStatement> = {}): StoredStatement => ({
  text, speaker: null, attribution: 'narrative', polarity: 'affirm', modality: 'asserted', predicate: null,
  subject: null, target: null, quantities: [], date: null, localId: 's1', ...fields,
});

describe("an article's statements packed into its row", () => {
  test('read back as they were, in each language, sentences taken from the text', () => {
    const texts = [
      ['en', 'Kremlin denies troops\n\nKremlin spokesman Dmitry Peskov said on Monday that Russia had not sent troops to Belarus. Ukraine says 9,000 Russian soldiers arrived in Belarus last week.'],
      ['ru', 'Песков опроверг\n\nПесков заявил, что Россия не направляла войска в Белоруссию. По данным Генштаба ВСУ, в Беларусь прибыли 9 тысяч российских военных.'],
      ['uk', 'Генштаб про Білорусь\n\nУ Генштабі ЗСУ заявили, що до Білорусі прибули 9 тисяч російських військових. Пєсков сказав, що Росія не відправляла війська.'],
      ['be', 'Лукашэнка пра войска\n\nЛукашэнка заявіў, што беларускае войска не будзе ўдзельнічаць у вайне супраць Украіны.'],
    ];
    for (const [lang, raw] of texts) {
      const analyzed = analyzeText(raw!, { url: `https://news.invalid/${lang}`, publishedAt: '2022-10-17' });
      const { article, statements } = articleRows(analyzed, 'saved', '2022-10-17T08:00:00.000Z');
      expect(statements.length, lang).toBeGreaterThan(0);
      const pack = packStatements(article.text, statements);
      expect(unpackStatements(article.text, pack), lang).toEqual(statements);
      // Every sentence stands in the text: none is stored as a string again.
      for (const s of statements) expect(pack.w, lang).not.toContain(s.text);
    }
  });

  test('a sentence not found in the text is kept whole, and null, absent and unusual fields stay as they were', () => {
    const text = 'Zelensky said Ukraine would not cede Bakhmut. Russian forces shelled Kharkiv overnight, killing 3 people.';
    const rows: StoredStatement[] = [
      statement('Zelensky said Ukraine would not cede Bakhmut.', { speaker: 'Zelensky', attribution: 'indirect', polarity: 'deny', predicate: 'cede_territory', localId: 's1', namedPlace: '14.1|place:bakhmut' }),
      // Quoted with other quotation marks than the page's: not a substring of the text.
      statement('«Ми не віддамо Бахмут»', { speaker: 'Зеленський', attribution: 'direct', localId: 's2', dateEnd: null, dateGranularity: 'day', date: '2023-03-01' }),
      statement('Russian forces shelled Kharkiv overnight, killing 3 people.', {
        predicate: 'attack', subject: 'Russian forces', target: 'Kharkiv', localId: 's3',
        quantities: [{ min: 3, max: 3, unit: 'people', text: '3 people' }],
      }),
      { ...statement('Russian forces shelled Kharkiv overnight', { localId: 's4' }), confidence: 0.5 } as StoredStatement,
    ];
    const back = unpackStatements(text, packStatements(text, rows));
    expect(back).toEqual(rows);
    expect(back[1]!.text).toBe('«Ми не віддамо Бахмут»');
    expect(back[1]).toHaveProperty('dateEnd', null);
    expect(back[0]).not.toHaveProperty('dateEnd');
    expect(back[2]!.quantities).toEqual([{ min: 3, max: 3, unit: 'people', text: '3 people' }]);
    expect((back[3] as unknown as { confidence: number }).confidence).toBe(0.5);
  });

  test('the speaker and labels repeated by many statements are stored once', () => {
    const text = Array.from({ length: 20 }, (_, i) => `Peskov said the talks would resume in round ${i + 1}.`).join(' ');
    const rows = Array.from({ length: 20 }, (_, i) => statement(`Peskov said the talks would resume in round ${i + 1}.`, { speaker: 'Dmitry Peskov', attribution: 'indirect', localId: `s${i + 1}` }));
    const pack = packStatements(text, rows);
    expect(pack.w.filter((w) => w === 'Dmitry Peskov')).toHaveLength(1);
    expect(JSON.stringify(pack).length).toBeLessThan(JSON.stringify(rows).length / 3);
  });

  test("an article's events come back as they were, one with fields of its own kept whole", () => {
    const events: StoredEvent[] = [
      { type: 'visit', cameo: '042', actors: ['person:putin', 'person:lukashenko'], place: 'place:minsk', date: '2022-12-19', statementIds: ['s1', 's4'], localId: 'e1' },
      { type: 'strike', cameo: '195', actors: [], place: null, date: null, statementIds: ['s7'], localId: 'e2' },
      { ...{ type: 'threat', cameo: '138', actors: ['country:RU'], place: null, date: null, statementIds: [], localId: 'e3' }, confidence: 0.4 } as StoredEvent,
    ];
    const packed = packEvents(events);
    expect(unpackEvents(packed)).toEqual(events);
    // The two plain events carry no field names; the third, with a field of its own, does.
    expect(JSON.stringify(packed.slice(0, 2))).not.toContain('statementIds');
    expect(packed[2]).toHaveProperty('confidence', 0.4);
  });
});
