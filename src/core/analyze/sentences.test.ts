import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences';

describe('splitSentences', () => {
  it.each([
    ['Putin met Gen. Gerasimov on Dec. 3 in Minsk. Talks followed.', ['Putin met Gen. Gerasimov on Dec. 3 in Minsk.', 'Talks followed.']],
    ['The U.S. Department of Defense said so. The U.S. agreed.', ['The U.S. Department of Defense said so.', 'The U.S. agreed.']],
    ['Its economy grew 2.2% in 2014. Mr. Smith left.', ['Its economy grew 2.2% in 2014.', 'Mr. Smith left.']],
    ['J. R. Smith wrote it. Then he left.', ['J. R. Smith wrote it.', 'Then he left.']],
    ['He said: “We are ready.” Then he left.', ['He said: “We are ready.”', 'Then he left.']],
    ['“Is it over?” he asked. Nobody knew.', ['“Is it over?” he asked.', 'Nobody knew.']],
    ['Headline without a stop\nBody sentence one. Body two.', ['Headline without a stop', 'Body sentence one.', 'Body two.']],
    ['В 2014 г. Россия аннексировала Крым. Это вызвало санкции.', ['В 2014 г. Россия аннексировала Крым.', 'Это вызвало санкции.']],
    ['Об этом заявил В. Путин. Он добавил, что т. е. ничего.', ['Об этом заявил В. Путин.', 'Он добавил, что т. е. ничего.']],
    ['Около 2,5 тыс. человек погибли. Еще 300 ранены.', ['Около 2,5 тыс. человек погибли.', 'Еще 300 ранены.']],
    ['Памятник на ул. Ленина снесли. Его установили в 1970-х гг. Потом забыли.', ['Памятник на ул. Ленина снесли.', 'Его установили в 1970-х гг. Потом забыли.']],
    ['— Мы не собираемся нападать, — заявил Лукашенко. — Это не наша война.', ['— Мы не собираемся нападать, — заявил Лукашенко.', '— Это не наша война.']],
    ['«Это провокация!» — заявил Песков. Он не уточнил детали.', ['«Это провокация!» — заявил Песков.', 'Он не уточнил детали.']],
    ['Войска, техника и т. д. Затем началось наступление.', ['Войска, техника и т. д.', 'Затем началось наступление.']],
    ['Вибух стався на вул. Хрещатик, м. Київ. Там зібралися люди.', ['Вибух стався на вул. Хрещатик, м. Київ.', 'Там зібралися люди.']],
    ['Do Polski przybyło ok. 400 żołnierzy, m.in. z USA. Potem wyjechali.', ['Do Polski przybyło ok. 400 żołnierzy, m.in. z USA.', 'Potem wyjechali.']],
    // An ellipsis inside a quotation that closes later leaves words out; it ends nothing.
    ['The forces “repelled attacks near … Blahodatne” and 13 other settlements, the military said. Wagner disagreed.', ['The forces “repelled attacks near … Blahodatne” and 13 other settlements, the military said.', 'Wagner disagreed.']],
    ['Штаб сообщил, что «силы отбили атаки у … Благодатного» и других сёл. Вагнер возразил.', ['Штаб сообщил, что «силы отбили атаки у … Благодатного» и других сёл.', 'Вагнер возразил.']],
    ['Він сказав: „Ми тримаємо ... Соледар” і пішов. Бої тривають.', ['Він сказав: „Ми тримаємо ... Соледар” і пішов.', 'Бої тривають.']],
    // Outside a quotation, or where the quotation closes with it, an ellipsis still ends the sentence.
    ['Kyiv waited… The attack came at dawn.', ['Kyiv waited…', 'The attack came at dawn.']],
    ['“We will see…” He left. “Nothing… Nobody” was all he said.', ['“We will see…”', 'He left.', '“Nothing… Nobody” was all he said.']],
  ])('splits %j', (text, expected) => {
    expect(splitSentences(text).map((s) => s.text)).toEqual(expected);
  });

  it('gives offsets that point back into the text', () => {
    const text = 'First one.  Second one.\n\nThird.';
    for (const sentence of splitSentences(text)) expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
  });

  it('returns nothing for empty text', () => {
    expect(splitSentences('')).toEqual([]);
  });
});
