import { describe, expect, test } from 'vitest';
import { findStatement, foldTexts } from './locateText';

// The page's text nodes as a browser would list them: a paragraph split by a link and markup.
const page = [
  'MINSK, Dec 19 (Reuters) - ',
  'Belarus, one of Russia’s closest allies, allowed its territory',
  ' to be used as a launching pad for\n   Moscow’s invasion of Ukraine on February 24.',
  ' Lukashenko said ',
  '"he has no intention of sending troops from his country to Ukraine."',
];

describe('finding a statement in the page', () => {
  test('across text nodes and line breaks, with typographic apostrophes folded', () => {
    const found = findStatement(foldTexts(page), "Belarus, one of Russia's closest allies, allowed its territory to be used as a launching pad for Moscow's invasion of Ukraine on February 24");
    expect(found!.start).toEqual({ node: 1, offset: 0 });
    // Ends after "24", before the full stop.
    expect(found!.end).toEqual({ node: 2, offset: page[2]!.indexOf('24') + 2 });
  });

  test('a page that writes the apostrophe as an acute accent ("Russia´s") still shows the statement read with one', () => {
    const texts = ['Russia´s defence ministry said it´s ready to hold talks.'];
    const found = findStatement(foldTexts(texts), 'Russia’s defence ministry said it’s ready to hold talks');
    expect(found!.start).toEqual({ node: 0, offset: 0 });
  });

  test('a statement quoted in the page is found without its quotation marks', () => {
    const found = findStatement(foldTexts(page), '“he has no intention of sending troops from his country to Ukraine.”');
    expect(found!.start).toEqual({ node: 4, offset: 1 });
  });

  test('Cyrillic text with a soft hyphen and another case', () => {
    const texts = ['Лукашенко заявил, что белорус\u00adская армия ', 'не будет участвовать в операции.'];
    const found = findStatement(foldTexts(texts), 'Белорусская армия не будет участвовать в операции');
    expect(found!.start).toEqual({ node: 0, offset: texts[0]!.indexOf('белорус') });
    expect(found!.end.node).toBe(1);
  });

  test('a long statement whose ending the page words differently is found by its beginning', () => {
    const texts = ['The Belarusian defence ministry said the joint exercises with Russian troops would continue until the end of February[1] and then end.'];
    const statement = 'The Belarusian defence ministry said the joint exercises with Russian troops would continue until the end of February and then end.';
    const found = findStatement(foldTexts(texts), statement);
    expect(found!.start).toEqual({ node: 0, offset: 0 });
  });

  test('a statement not in the page is not found', () => {
    expect(findStatement(foldTexts(page), 'Putin arrived in Minsk for talks with Lukashenko')).toBeNull();
  });
});
