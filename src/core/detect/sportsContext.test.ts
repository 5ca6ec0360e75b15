import { describe, expect, test } from 'vitest';
import { sportsContext } from './sportsContext';

describe('sportsContext', () => {
  test.each([
    ['a tennis report', 'Medvedev saved two match points and won the final-set tiebreak 7-5 to reach the semi-finals.'],
    ['a hockey recap', 'The goalie made 41 saves and the Capitals won in overtime; the NHL leaders host Boston next.'],
    ['a Russian football report', 'Матч завершился со счётом 2-1, и команда возглавила турнирную таблицу чемпионата.'],
  ])('recognises %s by its words', (_what, text) => {
    expect(sportsContext({ section: '', url: '', text })).toMatch(/^sports terms/u);
  });

  test('recognises a sports section or address', () => {
    expect(sportsContext({ section: 'Tennis', url: '', text: '' })).toBe('sports section "Tennis"');
    expect(sportsContext({ section: 'Sport', url: '', text: '' })).toBe('sports section "Sport"');
    expect(sportsContext({ section: 'Transport', url: '', text: '' })).toBeNull();
    expect(sportsContext({ section: '', url: 'https://news.example/sport/football/report', text: '' })).toMatch(/^sports address/u);
  });

  test('leaves war and politics reports alone', () => {
    const text =
      'The final round of talks ended without a deal. Troops were awarded medals, the coach carrying refugees was hit, ' +
      'and the league of Arab states called for a ceasefire as the arms race in the region continued.';
    expect(sportsContext({ section: 'World', url: 'https://news.example/world/talks', text })).toBeNull();
  });
});
