import { describe, expect, test } from 'vitest';
import { isFromBackground, senderDirection } from './sender';

const self = { id: 'backstory-id', origin: 'chrome-extension://backstory-id/' };

describe('senderDirection', () => {
  test.each([
    ['side panel', { id: self.id, url: 'chrome-extension://backstory-id/sidepanel.html' }, 'page'],
    ['options page in a tab', { id: self.id, url: 'chrome-extension://backstory-id/options.html', tab: { id: 4 } }, 'page'],
    ['our content script', { id: self.id, url: 'https://news.example/a', tab: { id: 7 } }, 'content'],
    ['another extension', { id: 'other', url: 'chrome-extension://other/x.html' }, null],
    ['another extension posing with our page URL', { id: 'other', url: 'chrome-extension://backstory-id/sidepanel.html' }, null],
    ['no tab and a web URL', { id: self.id, url: 'https://evil.example/' }, null],
    ['a pre-rendered tab (-1)', { id: self.id, url: 'https://news.example/a', tab: { id: -1 } }, null],
  ] as const)('%s -> %s', (_label, sender, expected) => {
    expect(senderDirection(sender, self)).toBe(expected);
  });
});

describe('isFromBackground', () => {
  test('accepts the background worker', () => {
    expect(isFromBackground({ id: self.id, url: 'chrome-extension://backstory-id/background.js' }, self)).toBe(true);
  });
  test('refuses a content script and other extensions', () => {
    expect(isFromBackground({ id: self.id, url: 'https://news.example/', tab: { id: 3 } }, self)).toBe(false);
    expect(isFromBackground({ id: 'other' }, self)).toBe(false);
  });
});
