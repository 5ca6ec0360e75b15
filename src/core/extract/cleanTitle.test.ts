import { describe, expect, test } from 'vitest';
import { parseHtml } from '../../cli/html';
import { extractArticle } from '.';

const PROSE = '<p>The defence ministry said on Tuesday that a new group of Russian troops had arrived at the ranges near Brest, and more were expected.</p>'.repeat(4);

function titleOf(head: string, body: string): string {
  const url = 'https://news.example/world/troops';
  return extractArticle(parseHtml(`<html><head>${head}</head><body>${body}${PROSE}</body></html>`, url), url).title;
}

describe('the title', () => {
  test('is the headline the reader sees, not the kicker-laden title written for sharing', () => {
    const head = '<title>Corona-Pandemie - „Es kommt darauf an, wie die Menschen sterben“ | Example</title><meta property="og:title" content="Corona-Pandemie - „Es kommt darauf an, wie die Menschen sterben“">';
    expect(titleOf(head, '<h1>„Es kommt darauf an, wie die Menschen sterben“</h1>')).toBe('„Es kommt darauf an, wie die Menschen sterben“');
  });

  test('drops a kicker printed inside the <h1> when the metadata title is the rest of it', () => {
    const head = '<meta property="og:title" content="St. Louis Park elects a new mayor">';
    expect(titleOf(head, '<h1><span>Politics</span> | St. Louis Park elects a new mayor</h1>')).toBe('St. Louis Park elects a new mayor');
  });

  test('passes over a logo <h1> that names the site, and strips the site from <title>', () => {
    const head = '<title>Troops arrive in Belarus | Baltic Wire</title><meta property="og:site_name" content="Baltic Wire">';
    expect(titleOf(head, '<h1>Baltic Wire</h1>')).toBe('Troops arrive in Belarus');
  });

  test('finds a forum’s or old blog’s headline in an <h2> that its <title> repeats', () => {
    const head = '<title>Was ist Freie Software - Community Forum</title>';
    expect(titleOf(head, '<h2>Was ist Freie Software</h2>')).toBe('Was ist Freie Software');
  });

  test('removes soft hyphens', () => {
    expect(titleOf('', '<h1>Mes&shy;sen&shy;ger&shy;diens&shy;te sind kein rechts&shy;frei&shy;er Raum</h1>')).toBe('Messengerdienste sind kein rechtsfreier Raum');
  });
});
