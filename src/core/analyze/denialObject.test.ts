import { describe, expect, it } from 'vitest';
import { analyzeArticle } from './analyzeArticle';

// Denials told with "rejected", "dismissed", "disputed" and a participle after them: what is
// denied is the object, not the denier's own account that follows "saying".
const statementsOf = (text: string) => analyzeArticle({
  url: 'https://news.test/soledar', title: 'Fighting for Soledar', byline: null, siteName: null, publishedAt: '2023-01-13', lang: 'en', text,
}).statements;

describe('the claim a denial rejects', () => {
  it('"rejected Moscow\'s claim that Soledar had fallen, saying ...": the fall of Soledar, denied', () => {
    const [statement] = statementsOf('Ukrainian officials rejected Moscow\'s claim that Soledar had fallen, saying fighting was still going on in the town.');
    expect(statement).toMatchObject({ speaker: 'Ukrainian officials', polarity: 'deny', predicate: 'occupy' });
    expect(statement?.text).not.toContain('fighting was still going on');
  });

  it('the same with "denied"', () => {
    const [statement] = statementsOf('Ukrainian officials denied Moscow\'s claim that Soledar had fallen, saying fighting was still going on in the town.');
    expect(statement).toMatchObject({ polarity: 'deny', predicate: 'occupy' });
  });

  it('"dismissed reports of ..." is a denial of what was reported', () => {
    const [statement] = statementsOf('The Kremlin dismissed reports that Russian troops had been sent to Belarus as "nonsense".');
    expect(statement).toMatchObject({ speaker: 'Kremlin', polarity: 'deny', predicate: 'send_troops' });
  });

  it('a minister dismissed and a proposal rejected are acts, not denials of something said', () => {
    expect(statementsOf('Putin dismissed the defence minister on Tuesday after a long meeting.').some((s) => s.polarity === 'deny')).toBe(false);
    expect(statementsOf('The council rejected the proposal by a wide margin after a long debate.').some((s) => s.polarity === 'deny')).toBe(false);
  });

  it('"rejected the claim, saying ...": the claim only pointed at, the account after "saying" keeps its own yes or no', () => {
    expect(statementsOf('Kyiv rejected the claim, saying no HIMARS systems had been lost.')[0]).toMatchObject({ polarity: 'deny', predicate: 'casualties' });
    expect(statementsOf('Ukraine\'s military dismissed the reports, saying its troops were holding positions in Bakhmut.')[0]).toMatchObject({ polarity: 'affirm', predicate: 'hold' });
  });

  it('"disputed that ..." denies; "the disputed election" is no speech and speaks for no one', () => {
    const [statement] = statementsOf('The Ukrainian military disputed that Soledar had fallen to Russian forces.');
    expect(statement).toMatchObject({ polarity: 'deny', predicate: 'occupy' });
    const after = statementsOf('She stayed in Belarus after last month\'s disputed election led to a crackdown on protesters.');
    expect(after.map((s) => s.speaker)).not.toContainEqual(expect.stringContaining('last month'));
  });
});
