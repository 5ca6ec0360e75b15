import { describe, expect, it } from 'vitest';
import { unglueBlocks } from './gluedWords';
import { articleFromPlainText } from './plainTextArticle';
import { analyzeText } from '../pipeline';

describe('unglueBlocks: blocks a scrape glued together', () => {
  it('breaks a caption, a byline and the first sentence apart', () => {
    expect(unglueBlocks('Soldiers dig trenches near the riverBy Jane SmithBBC News, near Kupiansk, UkraineUkrainian troops have pulled back.'))
      .toBe('Soldiers dig trenches near the river\n\nBy Jane Smith\n\nBBC News, near Kupiansk, Ukraine\n\nUkrainian troops have pulled back.');
    expect(unglueBlocks('The shelling lasted for hoursThe mayor said three people were hurt.'))
      .toBe('The shelling lasted for hours\n\nThe mayor said three people were hurt.');
    expect(unglueBlocks('Обстрел продолжался всю ночьМэр сообщил о трёх раненых.'))
      .toBe('Обстрел продолжался всю ночь\n\nМэр сообщил о трёх раненых.');
  });

  it('leaves names and words written with an inner capital', () => {
    const prose = 'DeSantis, McDonald and FitzGerald used WhatsApp, LinkedIn, an iPhone and YouTube; AstraZeneca shipped '
      + 'vaccines via NordStream land. У ЄвроМайдану та АвтоМайдану; облВА и БелТА сообщили.';
    expect(unglueBlocks(prose)).toBe(prose);
  });

  it('leaves addresses, handles and hashtags', () => {
    const links = 'See https://example.org/warReport/newsFeed and @kyivIndependent #StandWithUkraine today.';
    expect(unglueBlocks(links)).toBe(links);
  });
});

describe('a glued scrape read as an article', () => {
  const scrape = [
    'Ukrainian troops pull back from village',
    'Image caption, Soldiers dig trenches near the riverBy Jane SmithBBC News, near Kupiansk, UkraineUkrainian forces have acknowledged withdrawing from the village of Synkivka. The army said the move was planned.',
  ].join('\n');

  it('keeps the story its own paragraph', () => {
    const paragraphs = articleFromPlainText(scrape, { url: 'https://example.org/a' }).text.split('\n\n');
    expect(paragraphs).toContain('Ukrainian forces have acknowledged withdrawing from the village of Synkivka. The army said the move was planned.');
  });

  it('reads the speaker without the glued place', () => {
    const { statements } = analyzeText(scrape, { url: 'https://example.org/a', publishedAt: '2024-02-01' });
    const withdrawal = statements.find((s) => s.text.includes('withdrawing from the village'));
    expect(withdrawal?.speaker).toBe('Ukrainian forces');
  });
});

describe('a glued block after the last full stop', () => {
  it('is set apart, so the paragraph before it still ends as prose', () => {
    expect(unglueBlocks('We agreed to go on. Thank you. Alexander Lukashenko Lukashenko AlexanderPresident of Belarus: Thank you.'))
      .toBe('We agreed to go on. Thank you.\n\nAlexander Lukashenko Lukashenko AlexanderPresident of Belarus: Thank you.');
    expect(unglueBlocks('Shops reopened. Why the town mattersThe town lies on a key road.'))
      .toBe('Shops reopened.\n\nWhy the town matters\n\nThe town lies on a key road.');
  });
});

describe('a name glued to the title opening a transcript turn', () => {
  it('stays with the turn, which opens a paragraph', () => {
    expect(unglueBlocks('Thank you for your attention. Defence Minister Sergei Shoigu Shoigu SergeiDefence Minister: Mr President, the city is taken.'))
      .toBe('Thank you for your attention.\n\nDefence Minister Sergei Shoigu Shoigu SergeiDefence Minister: Mr President, the city is taken.');
  });
});
