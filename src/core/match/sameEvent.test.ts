import { describe, expect, it } from 'vitest';
import { sharedEvent } from './sameEvent';
import { handmade, statement } from './testing';

const attackOnKyiv = (url: string, publishedAt: string, text: string) =>
  handmade(url, 'en', publishedAt, [statement({ id: `${url}#1`, text, predicate: 'attack', date: '2022-02-24' })], {
    events: [{ id: 'e1', type: 'attack', cameo: '190', actors: ['country:RU'], place: 'place:kyiv', date: '2022-02-24', statementIds: [`${url}#1`] }],
  });

describe('sharedEvent', () => {
  const report = attackOnKyiv('https://en.test/invasion', '2022-02-24', 'Russian troops attacked Kyiv before dawn on 24 February.');

  it('takes two reports of the attack on Kyiv written a day apart for one event', () => {
    const nextDay = attackOnKyiv('https://uk.test/invasion', '2022-02-25', 'Russian forces attacked Kyiv on Thursday, 24 February.');
    expect(sharedEvent(nextDay, report)).not.toBeNull();
  });

  it('does not take a retrospective a year on, naming the same day, for a report of that day', () => {
    const anniversary = attackOnKyiv('https://en.test/one-year-on', '2023-02-24', 'A year ago, on 24 February, Russian troops attacked Kyiv.');
    expect(sharedEvent(anniversary, report)).toBeNull();
  });
});
