import { describe, expect, test } from 'vitest';
import { isPageToPanel, isPanelToPage } from './protocol';

describe('messages between the panel and the page', () => {
  test('the page side takes only well-formed requests of bounded size', () => {
    expect(isPanelToPage({ type: 'highlight', statements: [{ key: 'k1', text: 'Лукашенко заявил, что армия не будет участвовать.' }] })).toBe(true);
    expect(isPanelToPage({ type: 'scrollTo', key: 'k1' })).toBe(true);
    expect(isPanelToPage({ type: 'highlight', statements: [{ key: 'k1', text: 'x'.repeat(6_000) }] })).toBe(false);
    expect(isPanelToPage({ type: 'highlight', statements: Array.from({ length: 501 }, (_, i) => ({ key: `k${i}`, text: 'a' })) })).toBe(false);
    expect(isPanelToPage({ type: 'eval', code: 'alert(1)' })).toBe(false);
    expect(isPanelToPage(null)).toBe(false);
  });

  test('the panel believes the page only about statements it asked for', () => {
    const known = new Set(['k1', 'k2']);
    expect(isPageToPanel({ type: 'clicked', key: 'k2' }, known)).toBe(true);
    expect(isPageToPanel({ type: 'clicked', key: '<img src=x onerror=alert(1)>' }, known)).toBe(false);
    expect(isPageToPanel({ type: 'located', keys: ['k1'], supported: true }, known)).toBe(true);
    expect(isPageToPanel({ type: 'located', keys: ['k1', 'k3'], supported: true }, known)).toBe(false);
    expect(isPageToPanel({ type: 'located', keys: ['k1'] }, known)).toBe(false);
  });
});
