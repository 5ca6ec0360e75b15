import { describe, expect, test } from 'vitest';
import { canonicalUrl } from './canonicalUrl';

describe('canonicalUrl', () => {
  test.each([
    ['https://WWW.Reuters.com/world/putin-minsk/', 'https://www.reuters.com/world/putin-minsk'],
    ['https://www.reuters.com/world/putin-minsk#comments', 'https://www.reuters.com/world/putin-minsk'],
    [
      'https://www.reuters.com/world/putin-minsk?utm_source=tw&utm_medium=social&id=7',
      'https://www.reuters.com/world/putin-minsk?id=7',
    ],
    ['https://example.org/a?fbclid=xyz', 'https://example.org/a'],
    ['https://example.org/a?b=2&a=1', 'https://example.org/a?a=1&b=2'],
    ['https://example.org:443/', 'https://example.org'],
    ['  not a url  ', 'not a url'],
  ])('%s -> %s', (input, expected) => {
    expect(canonicalUrl(input)).toBe(expected);
  });

  test('keeps the path case, which servers may distinguish', () => {
    expect(canonicalUrl('https://example.org/News/A')).toBe('https://example.org/News/A');
  });
});
