import { describe, expect, test } from 'vitest';
import { cleanParagraphs, isNoise } from './cleanParagraphs';

describe('isNoise', () => {
  test.each([
    'READ MORE: Russia ‘already targeting’ Poland, Sweden AND Finland over NATO entry',
    'ALSO READ  North Korean Kim’s sister condemns US decision',
    'Related News',
    'Keep reading:',
    'Photo: Collected',
    'Illustration: TBS',
    '(Getty Images)',
    'Vladimir Putin and Alexander Lukashenko (Sputnik/Reuters)',
    'Sign up to our free newsletter for the latest updates.',
    'We use your sign-up to provide content in ways you’ve consented to and to improve our understanding of you. You can unsubscribe at any time.',
    'Your email address will not be published. Required fields are marked *',
    'Skip to main content',
    'Advertisement',
    'What do you think? Let us know in the comments below.',
  ])('drops "%s"', (line) => {
    expect(isNoise(line)).toBe(true);
  });

  test.each([
    'More than 9,000 Russian troops have arrived in Belarus, the ministry said.',
    'Read the full statement, the minister told reporters, and you will see there is no plan to mobilise.',
    'Volunteers said they would sign up for the territorial defence units if Belarus joined the war.',
    'The photo, taken near Gomel, shows a column of tanks.',
    'Lukashenko has repeatedly said he will not send troops to Ukraine (the Kremlin has not commented).',
  ])('keeps "%s"', (line) => {
    expect(isNoise(line)).toBe(false);
  });
});

describe('cleanParagraphs', () => {
  const body = Array.from({ length: 4 }, (_, index) =>
    `Paragraph ${index + 1} of the report describes the troop movements near the border in enough detail to count as prose.`,
  );

  test('drops repeats and a copy of the title near the top', () => {
    expect(cleanParagraphs(['Putin flies to Minsk', body[0]!, body[0]!, body[1]!], 'Putin flies to Minsk')).toEqual([body[0], body[1]]);
  });

  test('cuts a listing of other stories after the article, but not the article after such a heading', () => {
    expect(cleanParagraphs(['Top News', ...body, 'Popular posts from this blog', 'Prince Harry news'])).toEqual([
      'Top News',
      ...body,
    ]);
  });
});
