import { h } from 'preact';
import { describe, expect, test } from 'vitest';
import type { Contradiction, RelatedReport } from '../../src/core/types';
import type { PanelPriorGroup } from '../../src/messaging/protocol';
import { ArticleHeader } from '../../src/ui/ArticleHeader';
import { Contradictions } from '../../src/ui/Contradictions';
import { PriorEvents } from '../../src/ui/PriorEvents';
import { RelatedReports } from '../../src/ui/RelatedReports';
import { renderForTest } from '../../src/ui/renderForTest';
import { timed } from './timed';

// Every string the panel shows comes from a page or a bundle someone else wrote: HTML in any
// of them must be shown as text, and a `javascript:` (or data:, or extension) address must
// never become a link. One hostile value in every field of the article, a related report, a
// contradiction and a dataset event.
const HTML = '<img src=x onerror="window.pwned=1"><a href="javascript:alert(1)">click</a><script>window.pwned=1</script>';
const LINKS = ['javascript:alert(document.domain)', 'JaVaScRiPt:alert(1)', ' javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'chrome-extension://abcdefghijklmnop/options.html'];

function renderEverything(link: string) {
  const article = { url: link, title: `Title ${HTML}`, byline: `Byline ${HTML}`, siteName: `Site ${HTML}`, publishedAt: `2023 ${HTML}`, lang: `en ${HTML}`, text: HTML, outletHost: `host ${HTML}` };
  const report: RelatedReport = { url: link, title: `Report ${HTML}`, siteName: `Outlet ${HTML}`, publishedAt: `2023 ${HTML}`, score: 0.5, sameEvent: true, reasons: [`shares ${HTML}`], outletHost: `host ${HTML}` };
  const contradiction: Contradiction = {
    kind: 'denial_vs_report', score: 0.9,
    statement: { text: `Statement ${HTML}`, speaker: `Speaker ${HTML}` },
    other: { text: `Other ${HTML}`, speaker: `Other speaker ${HTML}`, url: link, title: `Other title ${HTML}`, publishedAt: `2022 ${HTML}` },
    explanation: `Because ${HTML}`,
  };
  const prior: PanelPriorGroup[] = [{
    placeId: 'place:kyiv', placeName: `Kyiv ${HTML}`,
    events: [{ dataset: 'acled', id: `id ${HTML}`, date: '2022-12-16', place: `Kyiv ${HTML}`, type: `strike ${HTML}`, datasetType: `type ${HTML}`, actors: [HTML], fatalities: 3, sourceUrl: link }],
  }];
  return renderForTest(h('div', null,
    h(ArticleHeader, { article, detection: { isArticle: true, relevant: true, score: 5, countries: ['UA'], reasons: [HTML] } }),
    h(RelatedReports, { related: [report], publishedAt: '2023-01-13' }),
    h(Contradictions, { contradictions: [contradiction], self: { outlet: `Self ${HTML}`, url: link, publishedAt: null, lang: null } }),
    h(PriorEvents, { groups: prior }),
  ));
}

describe('hostile strings in every field the panel shows', () => {
  test.each(LINKS)('HTML stays text and %s is no link', (link) => {
    const { result: view, ms, mb } = timed(() => renderEverything(link));
    expect(ms).toBeLessThan(2_000);
    expect(mb).toBeLessThan(64); // MB of heap
    // No element from the strings: the only images, scripts and frames are none at all.
    expect(view.all('img, script, iframe, object, embed')).toEqual([]);
    expect(view.all('[onerror], [onclick], [onload]')).toEqual([]);
    // Every link the panel made goes to the web or to a place in the panel, never to code.
    const hrefs = view.all('a[href]').map((a) => a.getAttribute('href')!.trim().toLowerCase());
    expect(hrefs.filter((href) => !/^(?:https?:|#)/u.test(href))).toEqual([]);
    // Nothing lost: the text of each field is there, as text.
    for (const shown of ['Title', 'Report', 'Statement', 'Other']) expect(view.text()).toContain(`${shown} <img src=x onerror="window.pwned=1">`);
    expect(view.text()).toContain('<script>window.pwned=1</script>');
  });
});
