import { describe, expect, it } from 'vitest';
import type { Analysis, Statement } from '../types';
import { analyzeArticle } from './analyzeArticle';
import { seedArticle } from './testing/seedArticles';

const analyses = new Map<string, Analysis>();
function analysisOf(seed: string): Analysis {
  if (!analyses.has(seed)) analyses.set(seed, analyzeArticle(seedArticle(seed)));
  return analyses.get(seed) as Analysis;
}
const entityNames = (seed: string) => analysisOf(seed).entities.map((e) => e.name);
function statementWith(seed: string, words: string): Statement | undefined {
  return analysisOf(seed).statements.find((s) => s.text.includes(words));
}

describe('analyzeArticle on the seed articles: entities', () => {
  it.each([
    ['003', ['Vladimir Putin', 'Alexander Lukashenko', 'Minsk', 'Belarus', 'Sergei Shoigu', 'Vladimir Makei', 'Valerii Zaluzhnyi', 'Serhiy Nayev']],
    ['004', ['Vladimir Putin', 'Alexander Lukashenko', 'Volodymyr Zelensky', 'Institute for the Study of War']],
    ['001', ['Viktor Khrenin', 'Alexander Lukashenko', 'Sviatlana Tsikhanouskaya']],
    ['002', ['Valery Gerasimov', 'Sergei Surovikin', 'Soledar', 'Bakhmut', 'Aleksey Polishchuk']],
  ])('%s names %j', (seed, names) => {
    expect(entityNames(seed)).toEqual(expect.arrayContaining(names));
  });

  it('sorts entities by mentions, and the story\'s main actors lead', () => {
    const entities = analysisOf('003').entities;
    const counts = entities.map((e) => e.mentions);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(entities.slice(0, 5).map((e) => e.id)).toEqual(expect.arrayContaining(['country:BY', 'person:putin', 'person:lukashenko']));
  });
});

describe('analyzeArticle on the seed articles: statements', () => {
  it('reads Khrenin\'s quoted denial of an attack (001)', () => {
    expect(statementWith('001', 'We are not going to attack anyone')).toMatchObject({
      speaker: 'Viktor Khrenin', attribution: 'direct', polarity: 'deny', predicate: 'attack', subject: 'Belarus',
    });
  });

  it('gives a quote introduced by "He claimed in May:" to the last person named in prose (000)', () => {
    expect(statementWith('000', 'We categorically do not accept any war')).toMatchObject({
      speaker: 'Alexander Lukashenko', attribution: 'direct', polarity: 'deny',
    });
  });

  it('reads indirect speech with its negation and intention (004)', () => {
    expect(statementWith('004', 'he has no intention of sending troops')).toMatchObject({
      speaker: 'Alexander Lukashenko', attribution: 'indirect', polarity: 'deny', modality: 'intention', predicate: 'send_troops', target: 'Ukraine',
    });
  });

  it('resolves "he said" after a quote to the person named before (003)', () => {
    expect(statementWith('003', 'No one other than us runs Belarus')?.speaker).toBe('Alexander Lukashenko');
  });

  it('keeps a quantity as an interval and dates "said Monday" against publication (001)', () => {
    const sending = statementWith('001', 'Russia is sending as many as 9,000 servicemen');
    expect(sending).toMatchObject({ speaker: 'Belarusian Defence Ministry', predicate: 'send_troops', subject: 'Russia', target: 'Belarus', date: '2022-10-17' });
    expect(sending?.quantities[0]).toMatchObject({ min: null, max: 9000, unit: 'troops' });
  });

  it('keeps "last week" as the week before publication, with its granularity (003)', () => {
    expect(statementWith('003', 'Three Russian warplanes')).toMatchObject({
      predicate: 'deploy', date: '2022-12-12', dateEnd: '2022-12-18', dateGranularity: 'week',
    });
  });

  it('reads a possibility as such, not as a report (002)', () => {
    expect(statementWith('002', 'could formally join the war')).toMatchObject({ predicate: 'join_war', modality: 'possibility', polarity: 'affirm' });
  });

  it('keeps narrative statements without a speaker (002)', () => {
    expect(statementWith('002', 'repeatedly used Belarus as a launching pad')).toMatchObject({ attribution: 'narrative', speaker: null, polarity: 'affirm' });
  });

  it('takes no statements from link lists and inserts (000\'s DON\'T MISS block)', () => {
    expect(statementWith('000', 'Lavrov issues chilling threat')).toBeUndefined();
  });
});

describe('analyzeArticle on the seed articles: events and terms', () => {
  it('finds Putin\'s visit on the day of publication in both reports of it', () => {
    for (const seed of ['003', '004']) {
      const visit = analysisOf(seed).events.find((e) => e.type === 'visit' && e.date === '2022-12-19');
      expect(visit, seed).toMatchObject({ cameo: '042' });
      expect(visit?.actors).toContain('person:putin');
    }
  });

  it('gives distinctive terms without stopwords, numbers or entity names', () => {
    const terms = analysisOf('003').terms;
    expect(terms.length).toBeGreaterThan(10);
    expect(terms.length).toBeLessThanOrEqual(40);
    expect(terms).toContain('talk');
    for (const term of terms) expect(term).not.toMatch(/^(?:the|said|putin|belarus|\d+)$/);
  });

  it('does not crash on an empty article', () => {
    const empty = analyzeArticle({ url: 'https://x.test/', title: '', byline: null, siteName: null, publishedAt: null, lang: null, text: '' });
    expect(empty).toEqual({ entities: [], statements: [], events: [], terms: [] });
  });
});

// A headline is often the report itself: a short post that is all headline and a link still
// tells of a death, and a longer page's headline states its main claim.
describe('analyzeArticle: what the headline claims', () => {
  const analysed = (title: string, text: string, lang: string) => analyzeArticle({
    url: 'https://news.test/post', title, text, lang, publishedAt: '2020-08-19', siteName: null, byline: null,
  });

  it.each([
    ['ru', 'В Минске умер 43-летний мужчина, получивший огнестрельное ранение во время протестов', 'https://news.test/minsk'],
    ['en', 'A 43-year-old man shot during the protests has died in a Minsk hospital', 'https://news.test/minsk'],
  ])('%s: a headline with a claim is a statement of the narrator', (lang, title, text) => {
    expect(analysed(title, text, lang).statements).toContainEqual(expect.objectContaining({ predicate: 'casualties', attribution: 'narrative', speaker: null }));
  });

  it('a headline of a few words states nothing', () => {
    expect(analysed('Погибшие в Минске', 'https://news.test/minsk', 'ru').statements).toEqual([]);
  });
});
