import { describe, expect, it } from 'vitest';
import { analyzeArticle } from './analyzeArticle';

const eventsOf = (lang: string, text: string) => analyzeArticle({
  url: 'https://news.test/event', title: '', byline: null, siteName: null, publishedAt: '2023-01-13', lang, text,
}).events;

// Where an event happened: the town aimed at, when the place named around it contains it
// ("the liberation of Soledar in the Donetsk region" happened in Soledar), or when no place is named.
describe('the place of an event', () => {
  it.each([
    ['ru', 'Министерство обороны России сообщило о полном освобождении Соледара в Донецкой области.', 'capture', 'place:soledar'],
    ['uk', 'Міноборони Росії заявило про захоплення Соледара на Донеччині.', 'capture', 'place:soledar'],
    ['en', 'Russian missiles struck Kramatorsk on Friday, the governor said.', 'strike', 'place:kramatorsk'],
    ['en', 'Russian forces struck Kramatorsk with missiles on Friday, the governor said.', 'strike', 'place:kramatorsk'],
  ])('%s: %s', (lang, text, type, place) => {
    expect(eventsOf(lang, text).find((e) => e.type === type)).toMatchObject({ place });
  });
});
