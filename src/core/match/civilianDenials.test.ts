import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../analyze';
import { articleFromText } from '../analyze/testing/seedArticles';
import { findContradictions } from './contradictions';
import type { MatchCandidate } from './rankRelated';

// A denial that names whom the fire spares concedes the strikes: "Moscow denied targeting
// civilians" is answered by a report of civilians, homes or the dead, not by a count of missiles.
function report(url: string, publishedAt: string, text: string): MatchCandidate {
  const article = articleFromText(text, { url, publishedAt });
  return { article, analysis: analyzeArticle(article) };
}

const denial = report('https://news.test/denial', '2023-01-15', `Kremlin rejects blame for deaths in Ukraine

Moscow has denied targeting civilians in Ukraine. "Our forces do not strike residential buildings," Kremlin spokesman Dmitry Peskov told reporters on Sunday.`);

const missiles = report('https://news.test/missiles', '2023-01-14', `Russia fires missiles at Ukraine's power grid

Russia launched 33 missiles at Ukraine's energy facilities on Saturday, the Ukrainian air force said.`);

const homes = report('https://news.test/dnipro', '2023-01-14', `Missile hits apartment block in Dnipro

A Russian missile struck a residential building in Dnipro on Saturday, killing at least 20 civilians, the regional governor said.`);

describe('findContradictions: a denial of harm to civilians', () => {
  it('reads "do not strike residential buildings" as a denied strike', () => {
    expect(denial.analysis.statements.find((s) => s.text.includes('do not strike'))).toMatchObject({ predicate: 'strike', polarity: 'deny', speaker: 'Dmitry Peskov' });
  });

  it('is not answered by strikes on power plants that tell of no civilians', () => {
    expect(findContradictions(denial, [missiles])).toEqual([]);
  });

  it('is answered by a strike on a residential building that killed civilians', () => {
    const found = findContradictions(denial, [homes]);
    expect(found.length).toBeGreaterThan(0);
    expect(found[0]!.other.text).toContain('residential building in Dnipro');
  });
});
