// Reads one post from a Telegram Desktop channel export (result.json: { name, messages: [...] }).
// A post's text is a string or a list of strings and formatted pieces ({ type, text }); the
// pieces are joined as the reader sees them. Posts have no headline: the first line serves as
// one (news channels lead with it), cut at its first sentence when the line is a whole
// paragraph, unless the locator names a title. A dateline alone on the first line ("Мінск.")
// is no headline: it stays at the head of the text and what follows it is the title; a line of
// emoji alone is dropped.
import type { RawArticle } from './types';

export interface TelegramExportLocator {
  message: number;
  title?: string;
}

type Piece = string | { type?: string; text?: string };
interface Message {
  id: number;
  text?: string | Piece[];
}

export function postText(text: Message['text']): string {
  if (typeof text === 'string') return text;
  return (text ?? []).map((piece) => (typeof piece === 'string' ? piece : (piece.text ?? ''))).join('');
}

const LONGEST_TITLE = 160;
const DATELINE = /^[^\p{L}\d]*[\p{Lu}][\p{L}\- ]{1,30}\.$/u;

/** The first line as a title, or its first sentence when the line runs on. */
export function splitTitle(text: string): { title: string; rest: string } {
  const lines = text.replace(/\r\n?/g, '\n').trim().split('\n');
  while (lines.length > 1 && !/[\p{L}\d]/u.test(lines[0] ?? '')) lines.shift();
  let first = (lines.shift() ?? '').trim();
  let dateline = '';
  if (DATELINE.test(first) && lines.some((line) => line.trim())) {
    dateline = first;
    while (lines.length && !lines[0]?.trim()) lines.shift();
    first = (lines.shift() ?? '').trim();
  }
  const firstSentence = (line: string) => {
    const end = /[.!?…](?=\s+\S)/.exec(line);
    return end ? [line.slice(0, end.index + 1), line.slice(end.index + 1).trim()] : [line, ''];
  };
  let [head = '', tail = ''] = first.length > LONGEST_TITLE ? firstSentence(first) : [first, ''];
  if (!dateline && tail && DATELINE.test(head)) {
    dateline = head;
    [head = '', tail = ''] = tail.length > LONGEST_TITLE ? firstSentence(tail) : [tail, ''];
  }
  const title = head;
  const body = tail ? `${tail}\n${lines.join('\n')}` : lines.join('\n');
  return { title, rest: dateline ? `${dateline}\n${body}` : body };
}

export function read(blob: Buffer, locator: unknown): RawArticle {
  const loc = locator as TelegramExportLocator;
  const root = JSON.parse(blob.toString('utf8').replace(/^\uFEFF/, '')) as { messages?: Message[] };
  const message = (root.messages ?? []).find((m) => m.id === loc.message);
  if (!message) throw new Error(`telegramExport: no message ${loc.message}`);
  const text = postText(message.text).trim();
  if (loc.title) return { title: loc.title, text };
  const { title, rest } = splitTitle(text);
  return { title, text: rest.replace(/\n{3,}/g, '\n\n') };
}
