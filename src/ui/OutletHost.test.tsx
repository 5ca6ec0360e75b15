import { describe, expect, test } from 'vitest';
import type { RelatedReport } from '@/src/core/types';
import { ArticleHeader } from './ArticleHeader';
import { RelatedReports } from './RelatedReports';
import { renderForTest } from './renderForTest';

const spoof: RelatedReport = {
  url: 'https://attacker.example/news/ukraine-ceasefire',
  title: 'Ukraine agrees to ceasefire in Bakhmut, officials say',
  siteName: 'Reuters',
  publishedAt: '2023-01-12',
  score: 0.4,
  sameEvent: false,
  reasons: ['shares Bakhmut'],
  outletHost: 'attacker.example',
};

describe('an outlet name that does not fit its address', () => {
  test('a related report shows the real host beside the claimed name', () => {
    const view = renderForTest(<RelatedReports related={[spoof]} publishedAt="2023-01-13" />);
    const meta = view.all('.report-meta')[0]!.textContent!.replace(/\s+/g, ' ');
    expect(meta).toContain('Reuters');
    expect(meta).toContain('via attacker.example');
  });

  test('the open article shows it in its header', () => {
    const article = {
      url: 'https://attacker.example/news/ukraine-ceasefire', title: 'Ukraine agrees to ceasefire', byline: null,
      siteName: 'Reuters', publishedAt: '2023-01-12', lang: 'en', text: '', outletHost: 'attacker.example',
    };
    const view = renderForTest(<ArticleHeader article={article} detection={null} />);
    expect(view.all('.outlet-host')[0]?.textContent).toBe('via attacker.example');
  });

  test('a name that fits says nothing more', () => {
    const honest = { ...spoof, url: 'https://www.reuters.com/world/europe/ukraine-ceasefire', outletHost: undefined };
    const view = renderForTest(<RelatedReports related={[honest]} publishedAt="2023-01-13" />);
    expect(view.text()).not.toContain('via ');
  });
});
