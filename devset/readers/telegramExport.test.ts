// The Telegram-export reader on a hand-made channel export: a post's text is a string or an array
// of plain strings and formatted entities; it has no headline, so its first line serves as one.
import { describe, expect, it } from 'vitest';
import { postText, read, splitTitle } from './telegramExport';

const exportJson = Buffer.from(
  '\uFEFF' +
    JSON.stringify({
      name: 'Навіны',
      type: 'public_channel',
      messages: [
        { id: 10, type: 'message', text: 'У Мінску затрымалі трох журналістаў\n\nСілавікі прыйшлі раніцай.' },
        {
          id: 11,
          type: 'message',
          text: [
            { type: 'bold', text: 'Мінск.' },
            '\n',
            { type: 'bold', text: 'Суд прызначыў 8 гадоў' },
            '\nПра гэта паведаміў ',
            { type: 'text_link', text: 'праваабарончы цэнтр', href: 'https://example.org' },
            '.',
          ],
        },
        { id: 12, type: 'message', text: '⚡️⚡️\nВыбухі ў Гомелі\nЖыхары чулі тры выбухі.' },
        { id: 13, type: 'service', action: 'pin_message' },
      ],
    }),
);

// scripts/devset.ts trims title and text before writing them; a blank line left under the title
// is no part of the article.
const materialised = ({ title, text }: { title: string; text: string }) => ({ title: title.trim(), text: text.trim() });

describe('telegramExport', () => {
  it('takes the first line as the title and the rest as the text', () => {
    expect(materialised(read(exportJson, { message: 10 }))).toEqual({ title: 'У Мінску затрымалі трох журналістаў', text: 'Сілавікі прыйшлі раніцай.' });
  });

  it('joins text entities as the reader sees them and keeps a dateline at the head of the text', () => {
    expect(materialised(read(exportJson, { message: 11 }))).toEqual({
      title: 'Суд прызначыў 8 гадоў',
      text: 'Мінск.\nПра гэта паведаміў праваабарончы цэнтр.',
    });
  });

  it('drops a line of emoji alone', () => {
    expect(materialised(read(exportJson, { message: 12 }))).toEqual({ title: 'Выбухі ў Гомелі', text: 'Жыхары чулі тры выбухі.' });
  });

  it('cuts a long first paragraph at its first sentence', () => {
    const long = `Российские войска ночью ударили по Днепру. ${'Подробности уточняются, число пострадавших растёт. '.repeat(4)}`.trim();
    const { title, rest } = splitTitle(long);
    expect(title).toBe('Российские войска ночью ударили по Днепру.');
    expect(rest.startsWith('Подробности уточняются')).toBe(true);
  });

  it('finds a dateline glued to the first sentence of a long paragraph', () => {
    const long = `Киев. Во время воздушной тревоги в столице прогремели взрывы. ${'Сообщается о пострадавших, данные уточняются. '.repeat(4)}`.trim();
    const { title, rest } = splitTitle(long);
    expect(title).toBe('Во время воздушной тревоги в столице прогремели взрывы.');
    expect(rest.startsWith('Киев.\nСообщается о пострадавших')).toBe(true);
  });

  it('uses a title the locator names and then keeps the whole post as the text', () => {
    expect(read(exportJson, { message: 10, title: 'Затрыманні ў Мінску' })).toEqual({
      title: 'Затрыманні ў Мінску',
      text: 'У Мінску затрымалі трох журналістаў\n\nСілавікі прыйшлі раніцай.',
    });
  });

  it('reads a post without text as empty, and says which message is missing', () => {
    expect(postText(undefined)).toBe('');
    expect(() => read(exportJson, { message: 99 })).toThrow(/telegramExport: no message 99/);
  });
});
