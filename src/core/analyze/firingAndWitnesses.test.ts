import { describe, expect, it } from 'vitest';
import { analyzeArticle } from './analyzeArticle';
import { findPredicate } from './predicates';

const statementOf = (lang: string, text: string) => analyzeArticle({
  url: 'https://news.test/protest', title: '', byline: null, siteName: null, publishedAt: '2020-08-11', lang, text,
}).statements[0];

// Firing at people is an attack in every language of the mission; firing into the air or at
// targets on a range is not.
describe('firing at people', () => {
  it.each([
    ['ru', 'Силовики стреляли по людям резиновыми пулями.'],
    ['uk', 'Військові стріляли по людях біля вокзалу.'],
    ['be', 'Сілавікі стралялі па людзях каля метро.'],
    ['bg', 'Войниците стреляха по цивилните в града.'],
    ['bg', 'Полицията откри огън по протестиращите.'],
    ['pl', 'Żołnierze otworzyli ogień do cywilów.'],
  ])('%s: %s', (lang, text) => {
    expect(findPredicate(text, { lang })?.predicate).toBe('attack');
  });

  it.each([
    ['ru', 'Кто-то стрелял в воздух.'],
    ['ru', 'Спортсмен стрелял по мишеням на полигоне.'],
  ])('%s: not an attack: %s', (lang, text) => {
    expect(findPredicate(text, { lang })?.predicate).not.toBe('attack');
  });
});

// A witness who says he did not see it happen denies it, across the comma before "как", "як".
describe('what a witness did not see', () => {
  it.each([
    ['ru', 'Собеседник подчеркивает, что не видел, как в руке парня что-то взрывалось.', 'deny'],
    ['uk', 'Свідок розповів, що не бачив, як військові стріляли по людях.', 'deny'],
    ['ru', 'Очевидец заявил, что видел, как в руке парня что-то взорвалось.', 'affirm'],
    // The negation governs where the rocket fell, not the blast he heard.
    ['ru', 'Местный житель сказал, что не видел, где упала ракета, но слышал взрыв.', 'affirm'],
  ])('%s: %s', (lang, text, polarity) => {
    expect(statementOf(lang, text)?.polarity).toBe(polarity);
  });
});

// An interview opens with who got in touch; the dash-set speech after it is theirs, not the
// outlet's narration, and not whoever they called.
describe('a witness introduced before the dash-set speech', () => {
  const statements = (text: string) => analyzeArticle({
    url: 'https://news.test/witness', title: '', byline: null, siteName: null, publishedAt: '2020-08-11', lang: 'ru', text,
  }).statements;

  it('gives the speech to the resident who got in touch', () => {
    const found = statements('С редакцией также связался житель дома на улице Притыцкого, который видел все со своего балкона.\n\n— Взрыва там никакого не было: он скорчился и упал.');
    expect(found.find((s) => s.predicate === 'explode')).toMatchObject({ polarity: 'deny', speaker: 'житель дома на улице Притыцкого' });
  });

  it('does not give it to the police he called', () => {
    const found = statements('Вечером Иван связался с полицией, но ему не ответили.\n\n— Взрыва там никакого не было: он скорчился и упал.');
    expect(found.find((s) => s.predicate === 'explode')?.speaker ?? null).toBeNull();
  });
});
