import { describe, expect, test } from 'vitest';
import { seedRaw } from '../../../tests/support/seeds';
import { articleFromPlainText } from '.';
import { analyzeText } from '../pipeline';

function seed(file: string, publishedAt?: string) {
  const text = seedRaw(file);
  return articleFromPlainText(text, { url: `https://archive.example/${file}`, publishedAt });
}

describe('articleFromPlainText on the seed articles', () => {
  test.each([
    ['000_3a0ba16347866999.txt', 'Putin hints at unleashing horror defence pact with Belarus in chilling warning to West'],
    // the copy starts with the page's skip link, and repeats the headline below it
    ['001_c733fd2226c880bb.txt', "Panic as Russia Drag's Another Neighbor to the Brink of War"],
    ['002_4bc1e774403bc3b4.txt', 'Russia issues an ultimatum to formally involve a third country in Putin’s war'],
    // the copy prints its date before the headline
    ['003_a5b2a6d156f426f8.txt', 'Putin heads for Belarus amid fears of new assault on Ukraine'],
    ['004_061d1f42c0d59b28.txt', 'Putin arrived in Belarus and enlists “tactical exercises” of the Russian troops together with the dictator Lukashenko'],
  ])('%s has the title "%s"', (file, title) => {
    const article = seed(file);
    expect(article.title).toBe(title);
    expect(article.lang).toBe('en');
    expect(article.text.startsWith(title)).toBe(false);
  });

  test('the date printed before the headline becomes publishedAt; a given date wins', () => {
    expect(seed('003_a5b2a6d156f426f8.txt').publishedAt).toBe('2022-12-19');
    expect(seed('003_a5b2a6d156f426f8.txt', '2022-12-20').publishedAt).toBe('2022-12-20');
    expect(seed('002_4bc1e774403bc3b4.txt').publishedAt).toBeNull();
    expect(seed('002_4bc1e774403bc3b4.txt', '2023-01-13').publishedAt).toBe('2023-01-13');
  });

  test('inserts, sign-up notices and photo credits are gone, the reporting stays', () => {
    const express = seed('000_3a0ba16347866999.txt').text;
    expect(express).not.toContain('We use your sign-up');
    expect(express).not.toContain('READ MORE');
    expect(express).not.toContain('DON’T MISS');
    expect(express).not.toContain('[LIVE BLOG]');
    expect(express).toContain('Putin has also promised Lukashenko new missiles capable of carrying nuclear warheads.');
    const beast = seed('002_4bc1e774403bc3b4.txt').text;
    expect(beast).not.toContain('ALSO READ');
    expect(beast).toContain('Minsk can count on Russia’s full support here');
    const reuters = seed('003_a5b2a6d156f426f8.txt').text;
    expect(reuters).not.toContain('Photo: Collected');
    expect(reuters).toContain('Kremlin leader Vladimir Putin flies to Belarus on Monday');
    const infobae = seed('004_061d1f42c0d59b28.txt').text;
    expect(infobae).not.toContain('Keep reading');
    expect(infobae).not.toContain('(Sputnik/Reuters)');
  });

  test('the lists of other stories at the foot of the page are cut', () => {
    const blog = seed('001_c733fd2226c880bb.txt').text;
    expect(blog).toContain('this force grouping is supposed to carry out purely defensive tasks');
    expect(blog).not.toContain('Prince Harry');
    const reuters = seed('003_a5b2a6d156f426f8.txt').text;
    expect(reuters).toContain('Kremlin spokesman Dmitry Peskov told journalists');
    expect(reuters).not.toContain('Duolingo');
  });

  test('paragraphs are separated by one blank line', () => {
    const text = seed('000_3a0ba16347866999.txt').text;
    expect(text).not.toMatch(/\n{3,}/u);
    expect(text.split('\n\n').every((paragraph) => paragraph === paragraph.trim() && !paragraph.includes('\n'))).toBe(true);
  });
});

describe('articleFromPlainText on small inputs', () => {
  test('a title with no text, and an empty file', () => {
    expect(articleFromPlainText('\n\nJust a headline\n', { url: 'file:///a.txt' })).toMatchObject({
      title: 'Just a headline',
      text: '',
      siteName: null,
      publishedAt: null,
    });
    expect(articleFromPlainText('', { url: 'file:///empty.txt' })).toMatchObject({ title: '', text: '', lang: null });
  });
});

describe('a message saved without its page', () => {
  test('a first line that ends with a full stop opens the text as well as naming it', () => {
    const post = 'МВД Беларуси опровергает сообщения о том, что 9 августа в ходе беспорядков в Минске погиб человек.\n\nОб этом сообщает ТАСС со ссылкой на пресс-секретаря МВД.\n';
    const article = articleFromPlainText(post, { url: 'file:///post.txt' });
    expect(article.title).toBe('МВД Беларуси опровергает сообщения о том, что 9 августа в ходе беспорядков в Минске погиб человек.');
    expect(article.text).toBe('МВД Беларуси опровергает сообщения о том, что 9 августа в ходе беспорядков в Минске погиб человек.\n\nОб этом сообщает ТАСС со ссылкой на пресс-секретаря МВД.');
  });

  test('one paragraph of two sentences is the text, not a headline with nothing under it', () => {
    const post = 'Пригожин назвал Шойгу «тварью» и пообещал «восстановить справедливость» в России. Кажется, к такому не был готов никто\n';
    expect(articleFromPlainText(post, { url: 'file:///post.txt' }).text).toBe(post.trim());
  });

  test('a headline keeps out of the text, with or without text under it', () => {
    const story = 'Russia denies limiting ammunition shipments to Wagner\n\nRussia’s defence ministry denied the claims on Friday.\n';
    expect(articleFromPlainText(story, { url: 'file:///a.txt' }).text).toBe('Russia’s defence ministry denied the claims on Friday.');
    expect(articleFromPlainText('Is Belarus next? Lukashenko says no\n', { url: 'file:///b.txt' }).text).toBe('');
    expect(articleFromPlainText('Wagner turns back…\n\nThe column stopped at dawn.', { url: 'file:///c.txt' }).text).toBe('The column stopped at dawn.');
  });

  test('a post whose first sentence is a denial is read as one', () => {
    const post = 'МВД Беларуси опровергает сообщения о том, что 9 августа в ходе беспорядков в Минске погиб человек.\n\nОб этом сообщает ТАСС.\n';
    const statements = analyzeText(post, { url: 'file:///post.txt', publishedAt: '2020-08-10' }).statements;
    expect(statements.some((s) => s.polarity === 'deny' && s.text.includes('погиб человек'))).toBe(true);
  });
});

// Files saved one paragraph a line have no blank lines between paragraphs; files wrapped at a
// width break every paragraph over several short lines. Each is read as it was written.
describe('paragraphs a line, or wrapped at a width', () => {
  const long = (words: string) => `${words} ${'и снова о том же самом, подробно и долго'.repeat(4)}.`;
  test('lines longer than any wrap width are paragraphs of their own', () => {
    const text = ['Заголовок', long('Первый абзац'), '— Это прямая речь свидетеля, сказанная редакции.', long('Третий абзац')].join('\n');
    const article = articleFromPlainText(text, { url: 'file:///lines.txt' });
    expect(article.text.split('\n\n')).toHaveLength(3);
    expect(article.text.split('\n\n')[1]).toBe('— Это прямая речь свидетеля, сказанная редакции.');
  });

  test('text wrapped at 72 characters is joined into one paragraph', () => {
    const text = 'Headline\n\nRussian forces shelled the town overnight, the regional governor said on\nTuesday, adding that two people were wounded and several houses were\ndamaged.';
    expect(articleFromPlainText(text, { url: 'file:///wrapped.txt' }).text).toBe(
      'Russian forces shelled the town overnight, the regional governor said on Tuesday, adding that two people were wounded and several houses were damaged.',
    );
  });
});
