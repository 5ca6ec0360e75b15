import { describe, expect, test } from 'vitest';
import { cleanParagraphs } from './cleanParagraphs';

const body = Array.from({ length: 4 }, (_, index) =>
  `Paragraph ${index + 1} of the report describes the troop movements near the border in enough detail to count as prose.`,
);

describe('cleanParagraphs', () => {
  test('drops immediate repeats and a copy of the title near the top', () => {
    expect(cleanParagraphs(['Putin flies to Minsk', body[0]!, body[0]!, body[1]!], 'Putin flies to Minsk')).toEqual([body[0], body[1]]);
  });

  test('cuts a listing of other stories after the article, but not the article after such a heading', () => {
    // "Top News" above the article is a section label: it goes, the article below it stays
    expect(cleanParagraphs(['Top News', ...body, 'Popular posts from this blog', 'Prince Harry news'])).toEqual(body);
  });

  test('drops the labels, byline and date above the first sentence, not a subheading inside the article', () => {
    const top = ['World+Biz', 'Reuters 19 December, 2022, 11:20 am Photo: Collected'];
    expect(cleanParagraphs([...top, body[0]!, 'Fears in Kyiv', body[1]!])).toEqual([body[0], 'Fears in Kyiv', body[1]]);
  });

  test('cuts teasers whose blurb repeats their headline, even when a headline is long', () => {
    const tail = [
      'Popular posts from this blog',
      'Royal heartbreak revealed',
      'Royal heartbreak revealed The prince earlier confirmed he will attend the ceremony alone and has penned a moving letter.',
      'The Most Devastating News About A Legal Battle Between Two Sisters Who Have Not Spoken For Years And Must Be Freaking Out',
      'The Most Devastating News About A Legal Battle Between Two Sisters Who Have Not Spoken For Years And Must Be Freaking Out The estranged half-sister said.',
    ];
    expect(cleanParagraphs([...body, ...tail])).toEqual(body);
  });

  test('a related-links box inside the article goes, the article below it stays', () => {
    const box = [
      { text: 'Related news', linkShare: 1 },
      { text: 'Markets close higher as investors weigh rate outlook', linkShare: 1 },
      { text: 'Storm warning issued for the weekend', linkShare: 1 },
    ];
    const rest = ['Officials in Kyiv said the troops had been moved north as a precaution.', 'Lukashenko said again that Belarus would not join the war.'];
    expect(cleanParagraphs([...body, ...box, ...rest])).toEqual([...body, ...rest]);
  });

  test('drops short blocks that are all link text (teasers), keeps prose with a link in it', () => {
    const teaser = { text: 'Prince Andrew: universities abandon ties with duke', linkShare: 1 };
    const linked = { text: 'The ministry published the order on its website on Monday, officials said.', linkShare: 0.3 };
    expect(cleanParagraphs([body[0]!, teaser, linked, body[1]!])).toEqual([body[0], linked.text, body[1]]);
  });

  test('drops the writer’s box at the foot: the name, the bio, what follows', () => {
    const box = ['Phil Helsel', 'Phil Helsel is a reporter for NBC News.', 'More articles from Phil Helsel'];
    expect(cleanParagraphs([...body, ...box], 'Title', 'Phil Helsel')).toEqual(body);
    expect(cleanParagraphs([...body, 'Phil joined the paper in 2017 and covers crime and courts.'], 'Title', 'Phil Helsel')).toEqual(body);
  });
});
