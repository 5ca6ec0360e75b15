import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../analyze';
import { saysActWithVerb } from '../analyze/predicates';
import { articleFromText } from '../analyze/testing/seedArticles';
import { findContradictions } from './contradictions';
import type { MatchCandidate } from './rankRelated';

// A change of position is a no and a later yes about one act. The no must deny the act itself:
// Lukashenko's "no sanctions will bend us" names sanctions as a topic and denies that they bend
// Belarus, which is no reversal of his "the sanction war waged against us" two months before.
// (Sentences from the English releases of the Kremlin, February and April 2022.)
function report(url: string, publishedAt: string, text: string): MatchCandidate {
  const article = articleFromText(text, { url, publishedAt });
  return { article, analysis: analyzeArticle(article) };
}

const february = report('https://kremlin.test/feb', '2022-02-18', `Russian-Belarusian talks

Alexander Lukashenko said: "You mentioned in your speeches the sanction war waged against us and against you. These are not simply sanctions – rather, an economic war unleashed against our alliance."`);

const april = report('https://kremlin.test/apr', '2022-04-12', `Meeting with Alexander Lukashenko

Alexander Lukashenko said: "We will keep working in all the areas and no sanctions will bend us or keep us from our path."`);

describe('changed position: the no denies the act, not a topic', () => {
  it('tells an act said with its verb from a topic named by its noun', () => {
    expect(saysActWithVerb('The EU imposed new sanctions on Belarus.', 'sanction')).toBe(true);
    expect(saysActWithVerb('Евросоюз ввёл новые санкции против Белоруссии.', 'sanction')).toBe(true);
    expect(saysActWithVerb('No sanctions will bend us or keep us from our path.', 'sanction')).toBe(false);
    expect(saysActWithVerb('Nobody likes secondary sanctions or direct sanctions pressure.', 'sanction')).toBe(false);
  });

  it('does not set "no sanctions will bend us" against the same speaker\'s "sanction war" as a change of position', () => {
    expect(findContradictions(april, [february]).filter((c) => c.kind === 'changed_position')).toEqual([]);
  });
});

// A plan denied, then the act announced by the same speaker weeks later: the two remarks differ
// in the one word that changed ("не планирует" / "объявляет"), so they are two remarks, not one
// cut differently. Sentences written for the test.
describe('changed position: a plan denied, then the act', () => {
  const at = (url: string, publishedAt: string, lang: string, text: string): MatchCandidate => {
    const article = { url, title: 'Заголовок', text, lang, publishedAt, siteName: null, byline: null };
    return { article, analysis: analyzeArticle(article) };
  };

  it.each([
    ['ru', 'Песков заявил, что Россия не планирует новую волну мобилизации.', 'Песков заявил, что Россия объявляет новую волну мобилизации.'],
    ['en', 'Peskov said Russia had no plans for a new wave of mobilisation.', 'Peskov said Russia was announcing a new wave of mobilisation.'],
  ])('%s', (lang, no, yes) => {
    const january = at('https://wire.test/jan', '2024-01-10', lang, no);
    const march = at('https://wire.test/mar', '2024-03-20', lang, yes);
    expect(findContradictions(march, [january]).map((c) => c.kind)).toEqual(['changed_position']);
  });

  it('is not read in one remark quoted twice, a week apart', () => {
    const first = at('https://wire.test/a', '2024-01-10', 'ru', 'Песков заявил, что Россия не планирует новую волну мобилизации.');
    const again = at('https://wire.test/b', '2024-01-25', 'ru', 'Ранее Песков заявил, что Россия не планирует новую волну мобилизации в стране.');
    expect(findContradictions(again, [first])).toEqual([]);
  });
});
