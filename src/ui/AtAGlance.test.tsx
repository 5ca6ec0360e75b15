import { describe, expect, test } from 'vitest';
import { AtAGlance } from './AtAGlance';
import type { Glance } from './glance';
import { renderForTest } from './renderForTest';

const glance: Glance = {
  related: 4, sameEvent: 1, contradicted: 2,
  outlets: ['The Business Standard', 'The Daily Beast', 'Express (UK)', 'Радыё Свабода', 'Meduza', 'Reuters'],
  languages: ['English', 'Belarusian'],
  timeline: {
    first: '2022-07-02', last: '2022-12-19', self: 1, selfDay: '2022-12-19',
    marks: [
      { url: 'https://a.example/1', day: '2022-07-02', at: 0, sameEvent: false, label: 'Express (UK), 2 Jul 2022: Putin hints' },
      { url: 'https://b.example/2', day: '2022-12-19', at: 1, sameEvent: true, label: 'The Business Standard, 19 Dec 2022: Putin heads' },
    ],
  },
};

describe('the at-a-glance strip', () => {
  test('each count says what it counts and leads to its section', () => {
    const view = renderForTest(<AtAGlance glance={glance} />);
    const stats = view.all('.stat');
    expect(stats.map((stat) => stat.textContent)).toEqual(['4 related', '1 same event', '2 contradictions']);
    expect(stats.map((stat) => stat.getAttribute('href'))).toEqual(['#related', '#related', '#contradictions']);
  });

  test('names four outlets and says how many more', () => {
    const view = renderForTest(<AtAGlance glance={glance} />);
    expect(view.all('.outlets')[0]!.textContent).toBe('Outlets The Business Standard, The Daily Beast, Express (UK), Радыё Свабода and 2 more');
    expect(view.all('.languages')[0]!.textContent).toBe('Languages English, Belarusian');
  });

  test('the timeline reads as a sentence to a screen reader and marks this article', () => {
    const view = renderForTest(<AtAGlance glance={glance} />);
    expect(view.all('figcaption')[0]!.textContent).toBe('2 dated reports over 2 Jul 2022 to 19 Dec 2022; this article is marked on it.');
    expect(view.all('.timeline-track .mark.self')[0]!.getAttribute('style')).toMatch(/left:\s*100\.00%/);
    expect(view.all('.timeline-ends')[0]!.textContent).toBe('2 Jul 202219 Dec 2022');
    expect(view.all('.timeline-key')[0]!.textContent).toBe('this article, 19 Dec 2022reportsame event');
  });

  test('a story with nothing related yet shows zero counts and no timeline', () => {
    const view = renderForTest(<AtAGlance glance={{ related: 0, sameEvent: 0, contradicted: 0, outlets: [], languages: ['Russian'], timeline: null }} />);
    expect(view.all('.stat.conflict')).toHaveLength(0);
    expect(view.all('.timeline')).toHaveLength(0);
    expect(view.text()).toContain('Language Russian');
  });
});
