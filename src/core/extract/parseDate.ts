import { isoDay } from '../calendar';
/**
 * Dates as pages print them, normalised to YYYY-MM-DD, or to a full ISO 8601 timestamp when
 * the source gives a time. Never shifted to UTC: the day the page printed is the day we keep.
 */

const ISO = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?)?/iu;
// "5 May 2022", "5th of May, 2022", "5 de mayo de 2022" (Spanish, Portuguese), "5. Mai 2022"
const DAY_MONTH_YEAR = /(?<![\p{L}\p{N}])(\d{1,2})(?:\.|st|nd|rd|th)?\s+(?:of\s+|de\s+)?(\p{L}{3,})\.?,?\s+(?:de\s+|del\s+)?(\d{4})(?!\d)/gu;
const MONTH_DAY_YEAR = /(?<![\p{L}\p{N}])(\p{L}{3,})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?!\d)/gu;
const NUMERIC_YMD = /(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/gu;
const NUMERIC_DMY = /(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?!\d)/gu;
const NUMERIC_SLASHED = /(?<![\d/])(\d{1,2})\/(\d{1,2})\/(\d{4})(?!\d)/gu;
/** "23.09.22": a two-digit year, trusted only where a date is expected (a dateline), never in prose. */
const NUMERIC_DMY_SHORT = /(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{2})(?![\d]|\.\d)/gu;

// Month-name beginnings in English, German, French, Spanish, Polish, Russian, Ukrainian and
// Belarusian, longest first so "juil" wins before "jul".
const MONTH_PREFIXES: [string, number][] = (
  [
    [1, ['jan', 'ene', 'stycz', 'январ', 'янв', 'січ', 'студз']],
    [2, ['feb', 'fév', 'fev', 'lut', 'феврал', 'фев', 'лют']],
    [3, ['mar', 'mär', 'март', 'берез', 'сакав']],
    [4, ['apr', 'avr', 'abr', 'kwie', 'апрел', 'апр', 'квіт', 'крас']],
    [5, ['may', 'mai', 'maj', 'мая', 'май', 'трав']],
    [6, ['jun', 'juin', 'czerw', 'июн', 'черв', 'чэрв']],
    [7, ['jul', 'juil', 'lip', 'июл', 'лип']],
    [8, ['aug', 'aoû', 'aou', 'ago', 'sierp', 'август', 'авг', 'серп', 'жні']],
    [9, ['sep', 'set', 'wrze', 'сентяб', 'сен', 'верес', 'верас']],
    [10, ['oct', 'okt', 'paźdz', 'pazdz', 'октяб', 'окт', 'жовт', 'кастр']],
    [11, ['nov', 'listop', 'ноябр', 'ноя', 'листоп', 'ліста']],
    [12, ['dec', 'dez', 'déc', 'dic', 'grud', 'декаб', 'дек', 'груд', 'снеж']],
  ] as [number, string[]][]
)
  .flatMap(([month, prefixes]) => prefixes.map((prefix): [string, number] => [prefix, month]))
  .sort((a, b) => b[0].length - a[0].length);

const MAX_MONTH_WORD = 12;

function monthOf(word: string): number | null {
  const lower = word.toLowerCase();
  if (lower.length > MAX_MONTH_WORD) return null;
  return MONTH_PREFIXES.find(([prefix]) => lower.startsWith(prefix))?.[1] ?? null;
}

function isPlausible(year: number, month: number, day: number): boolean {
  const latestYear = new Date().getFullYear() + 1;
  return year >= 1990 && year <= latestYear && month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

function day(year: number, month: number, dayOfMonth: number): string | null {
  return isPlausible(year, month, dayOfMonth) ? isoDay(year, month, dayOfMonth) : null;
}

/** An ISO-like value ("2022-12-19", "2022-12-19T11:20:00+06:00") normalised; null if not one. */
export function parseIsoDate(value: string): string | null {
  const match = ISO.exec(value.trim());
  if (!match) return null;
  const date = day(Number(match[1]), Number(match[2]), Number(match[3]));
  if (!date || !match[4]) return date;
  const zone = match[7] ? match[7].toUpperCase().replace(/^([+-]\d{2})(\d{2})$/u, '$1:$2') : '';
  return `${date}T${match[4]}:${match[5]}:${match[6] ?? '00'}${zone}`;
}

export interface Found {
  index: number;
  date: string;
}

type DateOf = (match: RegExpMatchArray) => string | null;

const PATTERNS: [RegExp, DateOf][] = [
  [DAY_MONTH_YEAR, (m) => withMonth(m[3], m[2], m[1])],
  [MONTH_DAY_YEAR, (m) => withMonth(m[3], m[1], m[2])],
  [NUMERIC_YMD, (m) => day(Number(m[1]), Number(m[2]), Number(m[3]))],
  [NUMERIC_DMY, (m) => day(Number(m[3]), Number(m[2]), Number(m[1]))],
  [NUMERIC_SLASHED, (m) => unambiguousSlashed(Number(m[1]), Number(m[2]), Number(m[3]))],
];

/** "22" as 2022, "98" as 1998: the nearest century that is not in the future. */
function fullYear(shortYear: number): number {
  const thisYear = new Date().getFullYear();
  return 2000 + shortYear <= thisYear + 1 ? 2000 + shortYear : 1900 + shortYear;
}

const SHORT_YEAR_PATTERNS: [RegExp, DateOf][] = [
  [NUMERIC_DMY_SHORT, (m) => day(fullYear(Number(m[3])), Number(m[2]), Number(m[1]))],
];

/** 06/13/2019 (US) or 13/06/2019: read only when one of the two cannot be a month. */
function unambiguousSlashed(first: number, second: number, year: number): string | null {
  if (first > 12 && second <= 12) return day(year, second, first);
  if (second > 12 && first <= 12) return day(year, first, second);
  return null;
}

function withMonth(year = '', monthWord = '', dayOfMonth = ''): string | null {
  const month = monthOf(monthWord);
  return month ? day(Number(year), month, Number(dayOfMonth)) : null;
}

/**
 * Every complete date printed in a text, with where it starts, in order. `shortYears` also
 * reads "23.09.22", for text where a date is expected: in prose it may be anything.
 */
export function datesInText(text: string, { shortYears = false } = {}): Found[] {
  const found: Found[] = [];
  for (const [pattern, dateOf] of shortYears ? [...PATTERNS, ...SHORT_YEAR_PATTERNS] : PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      const date = dateOf(match);
      if (date) found.push({ index: match.index ?? 0, date });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/** The earliest complete date (day, month and year) printed in a text, as YYYY-MM-DD. */
export function findDateInText(text: string): string | null {
  return datesInText(text)[0]?.date ?? null;
}

/** A date value from metadata, ISO or printed ("Mon, 19 Dec 2022 11:20:00 GMT"), normalised. */
export function normaliseDate(value: string | null | undefined): string | null {
  if (!value) return null;
  return parseIsoDate(value) ?? findDateInText(value);
}

/** A month's name or its abbreviation, as a dateline prints it (English, German, French, Spanish,
 * Italian, Portuguese, Polish, Russian, Ukrainian). Stricter than the prefix match used inside dates. */
const MONTH_WORD =
  /^(?:jan(?:uary|uar|vier|eiro)?|feb(?:ruary|ruar|rero|braio)?|fev(?:ereiro)?|fév(?:rier)?|mar(?:ch|s|zo|ço)?|märz|apr(?:il|ile)?|avr(?:il)?|abr(?:il)?|may|mai|mayo|maggio|maio|jun[ei]?|juin|junio|giugno|junho|jul[iy]?|juil(?:let)?|julio|luglio|julho|aug(?:ust)?|août|ago(?:sto)?|sep(?:t|tember|tembre)?|set(?:embro|tembre)?|oct(?:ober|obre)?|okt(?:ober)?|ott(?:obre)?|out(?:ubro)?|nov(?:ember|embre|iembre|embro)?|dec(?:ember)?|dez(?:ember|embro)?|déc(?:embre)?|dic(?:iembre|embre)?|ene(?:ro)?|gen(?:naio)?|stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia|января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря|січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня)$/iu;

export function isMonthWord(word: string): boolean {
  return MONTH_WORD.test(word.replace(/\.$/u, ''));
}
