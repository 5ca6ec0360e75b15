// Dates a claim is about, normalised against the publication date: news copy says "on
// Friday" and "Dec. 3", rarely the year.
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

const MONTH = '(Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|March|Mar\\.|April|Apr\\.|May|June|Jun\\.|July|Jul\\.|Aug(?:ust|\\.)?|Sept?(?:ember|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)';
const MONTH_DAY = new RegExp(`(?<![\\p{L}])${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?(?![\\d])`, 'u');
const DAY_MONTH = new RegExp(`(?<![\\p{L}\\d])(\\d{1,2})\\s+${MONTH}(?:,?\\s+(\\d{4}))?(?![\\p{L}])`, 'u');
const ISO_DATE = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/;
const WEEKDAY = /(?<![\p{L}])(?:(last|next|this|on)\s+)?(sunday|monday|tuesday|wednesday|thursday|friday|saturday)(?![\p{L}])/iu;
const RELATIVE = /(?<![\p{L}])(today|yesterday|tomorrow|last week|next week)(?![\p{L}])/iu;
const FUTURE = /(?<![\p{L}])(?:will|shall|is to|are to|going to|plans? to|next)(?![\p{L}])|['’]ll(?![\p{L}])/iu;

function toIso(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return toIso(date);
}

function monthIndex(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase());
}

/** Month and day without a year: the latest such date not long after publication. */
function withYear(month: number, day: number, year: string | undefined, published: string | null): string | null {
  if (month < 0 || day < 1 || day > 31) return null;
  const pad = (n: number) => String(n).padStart(2, '0');
  if (year) return `${year}-${pad(month + 1)}-${pad(day)}`;
  if (!published) return null;
  const publishedYear = Number(published.slice(0, 4));
  const candidate = `${publishedYear}-${pad(month + 1)}-${pad(day)}`;
  return candidate > addDays(published, 31) ? `${publishedYear - 1}-${pad(month + 1)}-${pad(day)}` : candidate;
}

/** Tense is read just before the weekday: "will meet on Monday", not "will ..., reported on Monday". */
const TENSE_WINDOW = 40;

function weekdayDate(weekday: string, qualifier: string | undefined, text: string, published: string): string {
  const target = WEEKDAYS.indexOf(weekday.toLowerCase());
  const publishedDay = new Date(`${published}T00:00:00Z`).getUTCDay();
  const future = qualifier?.toLowerCase() === 'next' || (qualifier?.toLowerCase() !== 'last' && FUTURE.test(text));
  if (future) return addDays(published, ((target - publishedDay + 7) % 7) || 7);
  return addDays(published, -((publishedDay - target + 7) % 7));
}

/** The first date the text names, as YYYY-MM-DD, or null. */
export function findDate(text: string, publishedAt: string | null): string | null {
  const published = publishedAt ? publishedAt.slice(0, 10) : null;
  const iso = ISO_DATE.exec(text);
  if (iso) return iso[0];
  const monthDay = MONTH_DAY.exec(text);
  if (monthDay) return withYear(monthIndex(monthDay[1] ?? ''), Number(monthDay[2]), monthDay[3], published);
  const dayMonth = DAY_MONTH.exec(text);
  if (dayMonth) return withYear(monthIndex(dayMonth[2] ?? ''), Number(dayMonth[1]), dayMonth[3], published);
  if (!published) return null;
  const weekday = WEEKDAY.exec(text);
  if (weekday) return weekdayDate(weekday[2] ?? '', weekday[1], text.slice(Math.max(0, weekday.index - TENSE_WINDOW), weekday.index), published);
  const relative = RELATIVE.exec(text)?.[1]?.toLowerCase();
  const offsets: Record<string, number> = { today: 0, yesterday: -1, tomorrow: 1, 'last week': -7, 'next week': 7 };
  return relative ? addDays(published, offsets[relative] ?? 0) : null;
}
