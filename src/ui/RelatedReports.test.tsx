import { describe, expect, test } from 'vitest';
import type { RelatedReport } from '@/src/core/types';
import { RelatedReports } from './RelatedReports';
import { renderForTest } from './renderForTest';

const reuters: RelatedReport = {
  url: 'https://www.tbsnews.net/world/putin-heads-belarus-amid-fears-new-assault-ukraine-550882',
  title: 'Putin heads for Belarus amid fears of new assault on Ukraine',
  siteName: 'The Business Standard',
  publishedAt: '2022-12-19',
  score: 0.325,
  sameEvent: true,
  reasons: ['both report a visit', 'shares Alexander Lukashenko, Vladimir Putin, Minsk'],
};
const express: RelatedReport = {
  url: 'https://www.express.co.uk/news/world/1635678/putin-belarus-defence-pact',
  title: 'Putin hints at unleashing horror defence pact with Belarus in chilling warning to West',
  siteName: null,
  publishedAt: '2022-07-02',
  score: 0.052,
  sameEvent: false,
  reasons: ['shares Alexander Lukashenko, Vladimir Putin'],
};

describe('a related report', () => {
  test('names its outlet and, beside it, the domain its link leads to', () => {
    const view = renderForTest(<RelatedReports related={[reuters]} publishedAt="2022-12-19" />);
    const meta = view.all('.report-meta')[0]!.textContent!;
    expect(meta).toContain('The Business Standard');
    expect(meta).toContain('tbsnews.net');
    expect(meta).not.toContain('www.');
  });

  test('an outlet known only by its host is not named twice', () => {
    const view = renderForTest(<RelatedReports related={[express]} publishedAt="2022-12-19" />);
    expect(view.all('.report-meta')[0]!.textContent!.match(/express\.co\.uk/g)).toHaveLength(1);
  });

  test('its title is a source link, styled like the contradictions’ sources', () => {
    const view = renderForTest(<RelatedReports related={[reuters]} publishedAt="2022-12-19" />);
    const [link] = view.all('a');
    expect(link!.textContent).toBe(reuters.title);
    expect(link!.getAttribute('href')).toBe(reuters.url);
    expect(link!.classList.contains('source-link')).toBe(true);
  });

  test('says in words how close it is: the same event reads as the strongest match', () => {
    const view = renderForTest(<RelatedReports related={[reuters, express]} publishedAt="2022-12-19" />);
    const [same, old] = view.all('.match');
    expect(same!.textContent).toContain('Match: same event');
    expect(same!.querySelectorAll('.step.on')).toHaveLength(4);
    expect(old!.textContent).toContain('Match: loosely related');
    expect(old!.querySelectorAll('.step.on')).toHaveLength(1);
    expect(same!.getAttribute('title')).toBe('Match score 0.33 of 1');
  });

  test('its date and distance in time are one meta line, separators inside the items they precede', () => {
    const view = renderForTest(<RelatedReports related={[express]} publishedAt="2022-12-19" />);
    const items = view.all('.report-date .meta-item');
    expect(items.map((item) => item.textContent)).toEqual(['·2 Jul 2022', '·6 months earlier']);
    expect(items.every((item) => item.querySelector('.sep')?.getAttribute('aria-hidden') === 'true')).toBe(true);
  });

  test('says the language a report is written in, and marks its title in that language', () => {
    const svaboda: RelatedReport = { ...express, url: 'https://www.svaboda.org/a/32182000.html', title: 'Лукашэнка прыняў Пуціна ў Мінску', siteName: 'Радыё Свабода', publishedAt: '2022-12-19' };
    const view = renderForTest(<RelatedReports related={[svaboda]} publishedAt="2022-12-19" langOf={() => 'be'} />);
    expect(view.all('.report-date .meta-item').map((item) => item.textContent)).toEqual(['·19 Dec 2022', '·same day', '·Belarusian']);
    expect(view.all('a.report-title')[0]!.getAttribute('lang')).toBe('be');
  });
});
