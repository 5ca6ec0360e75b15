import { describe, expect, test } from 'vitest';
import type { Contradiction } from '@/src/core/types';
import { Contradictions } from './Contradictions';
import { renderForTest } from './renderForTest';

const infobae = { self: { outlet: 'Infobae', url: 'https://www.infobae.com/en/2022/12/19/putin-arrived-in-belarus/', publishedAt: '2022-12-19', lang: 'en' } };

const denial: Contradiction = {
  kind: 'denial_vs_report',
  score: 0.8,
  statement: { text: 'Belarus, one of Russia’s closest allies, allowed its territory to be used as a launching pad', speaker: null },
  other: {
    text: 'We categorically do not accept any war.',
    speaker: 'Alexander Lukashenko',
    url: 'https://www.express.co.uk/news/world/1635678/putin-belarus-defence-pact',
    title: 'Putin hints at unleashing horror defence pact with Belarus',
    publishedAt: '2022-07-02',
  },
  explanation: 'Alexander Lukashenko denies that Belarus takes part in the war; this article says Belarus takes part in the war against Ukraine.',
};

// The other report's own narration: no one is quoted.
const narration: Contradiction = {
  kind: 'opposing_claims',
  score: 0.6,
  statement: { text: 'he has no intention of sending troops from his country to Ukraine.', speaker: 'Alexander Lukashenko' },
  other: {
    text: 'Belarusian troops have massed on the border with Ukraine for an offensive in the north.',
    speaker: null,
    url: 'https://www.tbsnews.net/world/putin-heads-belarus-550882',
    title: 'Putin heads for Belarus amid fears of new assault on Ukraine',
    publishedAt: '2022-12-19',
  },
  explanation: 'Alexander Lukashenko denies that Belarus will send troops to Ukraine; the other report says Belarus deploys troops to Ukraine.',
};

describe('a contradiction card', () => {
  test('narration of another report names that report’s outlet, never “the article itself”', () => {
    const outlets: Record<string, string> = { [narration.other.url]: 'The Business Standard' };
    const view = renderForTest(<Contradictions contradictions={[narration]} {...infobae} outletOf={(url) => outlets[url] ?? null} />);
    const other = view.all('.other-side footer')[0]!.textContent!;
    expect(other).toContain('The report itself (The Business Standard)');
    expect(view.text()).not.toMatch(/the article itself/i);
  });

  test('without a known site name, the other report is named by its domain', () => {
    const view = renderForTest(<Contradictions contradictions={[narration]} {...infobae} />);
    expect(view.all('.other-side footer')[0]!.textContent).toContain('The report itself (tbsnews.net)');
  });

  test('this article’s own narration says it is this article', () => {
    const view = renderForTest(<Contradictions contradictions={[denial]} {...infobae} />);
    expect(view.all('.this-side footer')[0]!.textContent).toBe('·This article itself·Infobae·19 Dec 2022·English');
  });

  test('a quoted speaker comes with the outlet that quoted them, the date and a source link', () => {
    const view = renderForTest(<Contradictions contradictions={[denial]} {...infobae} />);
    const footer = view.all('.other-side footer')[0]!;
    expect(footer.querySelector('.meta')!.textContent).toBe('·Alexander Lukashenko·express.co.uk·2 Jul 2022');
    const link = footer.querySelector('a')!;
    expect(link.textContent).toBe(denial.other.title);
    expect(link.getAttribute('href')).toBe(denial.other.url);
    expect(link.classList.contains('source-link')).toBe(true);
  });

  test('the explanation is shown under the side it explains', () => {
    const view = renderForTest(<Contradictions contradictions={[denial]} {...infobae} />);
    expect(view.all('.explanation')[0]!.textContent).toMatch(/^One side denies what the other reports\. Alexander Lukashenko denies that Belarus takes part in the war;/);
  });
});

describe('a fact-checker’s card', () => {
  test('shows both sides with the language each is written in, and the kind in plain words', () => {
    const langs: Record<string, string> = { [denial.other.url]: 'en' };
    const view = renderForTest(<Contradictions contradictions={[denial]} {...infobae} langOf={(url) => langs[url] ?? null} />);
    expect(view.all('.side-label').map((label) => label.textContent)).toEqual(['This article', 'In your archive']);
    expect(view.all('.other-side .meta')[0]!.textContent).toBe('·Alexander Lukashenko·express.co.uk·2 Jul 2022·English');
    expect(view.all('.other-side .quote')[0]!.getAttribute('lang')).toBe('en');
    expect(view.all('.kind')[0]!.textContent).toBe('Denial vs report');
  });

  test('"Not a contradiction" hands over the pair it stands under', async () => {
    const dismissed: string[] = [];
    const view = renderForTest(<Contradictions contradictions={[denial, narration]} {...infobae} onDismiss={(item) => dismissed.push(item.other.text)} />);
    const buttons = view.all('button').filter((button) => button.textContent === 'Not a contradiction');
    expect(buttons).toHaveLength(2);
    expect(buttons[1]!.getAttribute('aria-label')).toBe('Not a contradiction: hide this pair');
    await view.click(buttons[1]!);
    expect(dismissed).toEqual([narration.other.text]);
  });

  test('every button says what it does', () => {
    const view = renderForTest(<Contradictions contradictions={[denial]} {...infobae} onDismiss={() => undefined} onLocate={() => undefined} />);
    const names = view.all('button').map((button) => button.getAttribute('aria-label') ?? button.textContent);
    expect(names).toEqual(['Show in page: this article’s statement', 'Copy citation of both statements', 'Not a contradiction: hide this pair']);
  });
});
