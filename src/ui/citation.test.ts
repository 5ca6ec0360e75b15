import { describe, expect, test } from 'vitest';
import type { Contradiction } from '@/src/core/types';
import { citation } from './citation';

const pair: Contradiction = {
  kind: 'denial_vs_report', score: 0.8,
  statement: { text: 'Belarus allowed its territory to be used as a launching pad for Moscow’s invasion of Ukraine', speaker: null },
  other: {
    text: 'We categorically do not accept any war.', speaker: 'Alexander Lukashenko',
    url: 'https://www.express.co.uk/news/world/1635678/putin-belarus-defence-pact', title: 'Putin hints at defence pact', publishedAt: '2022-07-02',
  },
  explanation: 'Alexander Lukashenko denies that Belarus takes part in the war.',
};
const infobae = { outlet: 'Infobae', publishedAt: '2022-12-19T09:00:00Z', url: 'https://www.infobae.com/en/2022/12/19/putin-arrived-in-belarus/' };

describe('a citation of a contradicting pair', () => {
  test('quotes both sides with speaker, outlet, date and link, this article first', () => {
    expect(citation(pair, infobae, 'Express (UK)')).toBe(
      'Infobae, in its own words, 19 Dec 2022: “Belarus allowed its territory to be used as a launching pad for Moscow’s invasion of Ukraine”\n' +
        'https://www.infobae.com/en/2022/12/19/putin-arrived-in-belarus/\n\n' +
        'Alexander Lukashenko, quoted by Express (UK), 2 Jul 2022: “We categorically do not accept any war.”\n' +
        'https://www.express.co.uk/news/world/1635678/putin-belarus-defence-pact',
    );
  });

  test('keeps the original wording of a Russian quote and says when a date is unknown', () => {
    const russian: Contradiction = {
      ...pair,
      statement: { text: 'Лукашенко заявил, что белорусская армия не будет участвовать в операции на Украине.', speaker: 'Александр Лукашенко' },
      other: { ...pair.other, speaker: null, text: 'Белорусские войска сосредоточены у границы.', publishedAt: null },
    };
    const text = citation(russian, { outlet: 'ТАСС', publishedAt: '2022-03-01', url: 'https://tass.ru/politika/1' }, 'Meduza');
    expect(text).toContain('Александр Лукашенко, quoted by ТАСС, 1 Mar 2022: “Лукашенко заявил, что белорусская армия не будет участвовать в операции на Украине.”');
    expect(text).toContain('Meduza, in its own words, date unknown: “Белорусские войска сосредоточены у границы.”');
  });
});
