import { describe, expect, test } from 'vitest';
import type { PanelPriorGroup } from '@/src/messaging/protocol';
import { AtAGlance } from './AtAGlance';
import { summarizeGlance } from './glance';
import { PriorEvents } from './PriorEvents';
import { renderForTest } from './renderForTest';

const bakhmut: PanelPriorGroup = {
  placeId: 'bakhmut',
  placeName: 'Bakhmut',
  events: [
    {
      dataset: 'ucdp', id: '451234', date: '2023-01-14', place: 'Bakhmut', type: 'attack', datasetType: 'State-based / Russia - Ukraine',
      actors: ['Government of Russia', 'Government of Ukraine'], fatalities: 1, sourceUrl: null,
    },
    {
      dataset: 'acled', id: 'UKR98765', date: '2023-01-12', place: 'Bakhmut', type: 'attack', datasetType: 'Battles / Armed clash',
      actors: ['Wagner Group', 'Ukrainian forces'], fatalities: 3, sourceUrl: 'https://www.ukrinform.net/rubric-ato/3650000-bakhmut.html',
    },
  ],
};
const soledar: PanelPriorGroup = {
  placeId: 'soledar',
  placeName: 'Soledar',
  events: [
    {
      dataset: 'gdelt', id: '1071234567', date: '2023-01-11', place: 'Soledar', type: 'strike', datasetType: 'CAMEO 195',
      actors: ['<img src=x onerror=alert(1)>'], fatalities: null, sourceUrl: 'javascript:alert(1)',
    },
  ],
};

/** The line as a reader sees it: its items with a "·" between them. */
const shownLine = (li: HTMLElement) =>
  [...li.querySelectorAll('.meta-item')].map((item) => item.textContent!.replace('·', '').replace(/\s+/g, ' ').trim()).join(' · ');

describe('prior events in the panel', () => {
  test('each place heads its events, dated, earliest first, with kind, sides, deaths and dataset', () => {
    const view = renderForTest(<PriorEvents groups={[bakhmut, soledar]} />);
    expect(view.all('h3').map((h) => h.textContent)).toEqual(['Bakhmut', 'Soledar']);
    const lines = view.all('.prior-event').map(shownLine);
    expect(lines[0]).toBe('12 Jan 2023 · attack · Wagner Group vs Ukrainian forces · 3 fatalities · ACLED');
    expect(lines[1]).toBe('14 Jan 2023 · attack · Government of Russia vs Government of Ukraine · 1 fatality · UCDP GED');
    expect(view.text()).toContain('Prior events 3');
  });

  test('the dataset name links to the row\'s source when it has one', () => {
    const view = renderForTest(<PriorEvents groups={[bakhmut]} />);
    const links = view.all('a');
    expect(links).toHaveLength(1);
    expect(links[0]!.textContent).toBe('ACLED');
    expect(links[0]!.getAttribute('href')).toBe('https://www.ukrinform.net/rubric-ato/3650000-bakhmut.html');
  });

  test('a GDELT row says nothing of deaths, and its text and link stay inert', () => {
    const view = renderForTest(<PriorEvents groups={[soledar]} />);
    const line = view.all('.prior-event')[0]!;
    expect(line.textContent).not.toContain('fatalit');
    expect(line.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(view.all('img')).toHaveLength(0);
    expect(view.all('a')).toHaveLength(0);
  });

  test('the strip at a glance counts them and leads to the section', () => {
    const glance = summarizeGlance({
      article: { url: 'https://kyivindependent.com/bakhmut', title: 'Fighting in Bakhmut', byline: null, siteName: 'The Kyiv Independent', publishedAt: '2023-01-15', lang: 'en', text: '' },
      related: [], contradictions: [], priorEvents: 3,
    });
    const view = renderForTest(<AtAGlance glance={glance} />);
    const stat = view.all('a.stat').find((a) => a.getAttribute('href') === '#prior-events');
    expect(stat?.textContent?.replace(/\s+/g, ' ').trim()).toBe('3 prior events');
  });
});
