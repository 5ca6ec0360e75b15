import { addDays, isoDay } from '../calendar';
import { daySpan, monthSpan, monthYear, relativeSpan, weekdayDate, withYear, type DateSpan, type RangeUnit } from './dateRules';
import { shareLetterSuffix } from './letterSuffix';
import { isSlavicPast } from './mainVerb';

// Dates in Russian, Ukrainian, Belarusian, Bulgarian and Polish copy: "19 декабря", "19 грудня",
// "19 снежня", "19 grudnia", "в понедельник", "у понеділок", "на прошлой неделе", "минулого
// тижня", "вчера", "учора", "в декабре", "19.12.2022". Month names are listed per language in the
// cases news copy uses: the genitive after a day, the locative after "в"/"у"/"w".
const MONTHS: string[][] = [
  ['январ', 'січ', 'студзен', 'януари', 'styczni', 'styczeń'],
  ['феврал', 'лют(?:ого|ому|ий)', 'лют(?:ага|ым|ы)', 'февруари', 'lut(?:ego|ym|y)'],
  ['март[аеу]?', 'берез(?:ня|ні|ень)', 'сакавік', 'март', 'mar(?:ca|cu|zec)'],
  ['апрел', 'квіт(?:ня|ні|ень)', 'красавік', 'април', 'kwie(?:tnia|tniu|cień)'],
  ['ма[яей]', 'трав(?:ня|ні|ень)', 'ма[яі]', 'май', 'maj[au]?'],
  ['июн', 'черв(?:ня|ні|ень)', 'чэрвен', 'юни', 'czerw(?:ca|cu|iec)'],
  ['июл', 'лип(?:ня|ні|ень)', 'ліпен', 'юли', 'lip(?:ca|cu|iec)'],
  ['август', 'серп(?:ня|ні|ень)', 'жні(?:ўня|ўні|вень)', 'август', 'sierp(?:nia|niu|ień)'],
  ['сентябр', 'верес(?:ня|ні|ень)', 'верас(?:ня|ні|ень)', 'септември', 'wrze(?:śnia|śniu|sień)'],
  ['октябр', 'жовт(?:ня|ні|ень)', 'кастрычнік', 'октомври', 'paździer(?:nika|niku|nik)'],
  ['ноябр', 'листопад', 'лістапад', 'ноември', 'listopad'],
  ['декабр', 'груд(?:ня|ні|ень)', 'снеж(?:ня|ні|ань)', 'декември', 'grud(?:nia|niu|zień)'],
];
const MONTH = `(?:${MONTHS.map((names, i) => `(?<m${i + 1}>${names.join('|')})`).join('|')})\\p{L}*`;
const monthOf = (groups: Record<string, string | undefined> | undefined) => Number(Object.entries(groups ?? {}).find(([k, v]) => /^m\d+$/.test(k) && v)?.[0].slice(1) ?? 0);

const YEAR = '(?:\\s+(\\d{4})(?:\\s*(?:года|году|г\\.|гг\\.|року|р\\.|гады|roku|r\\.|година|г\\.))?)?';
const DAY_MONTH = new RegExp(`(?<![\\p{L}\\d])(\\d{1,2})(?:-?(?:го|е|я|ого))?\\s+${MONTH}${YEAR}`, 'gu');
const IN_MONTH = new RegExp(`(?<![\\p{L}])(?:в|во|у|ў|w|we|през)\\s+(?:(?:начале|конце|середине|первой половине|початку|кінці|середині|пачатку|канцы|сярэдзіне|początku|końcu|połowie|началото на|края на|средата на)\\s+)?${MONTH}${YEAR}(?![\\p{L}])`, 'giu');
const NUMERIC = /(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?![\d])/g;

const WEEKDAYS: string[][] = [
  ['воскресень\\p{L}*', 'неділю', 'нядзелю', 'неделя', 'niedziel\\p{L}*'],
  ['понедельник', 'понеділок', 'панядзелак', 'понеделник', 'poniedziałek'],
  ['вторник', 'вівторок', 'аўторак', 'вторник', 'wtorek'],
  ['среду', 'середу', 'сераду', 'сряда', 'środę'],
  ['четверг', 'четвер', 'чацвер', 'четвъртък', 'czwartek'],
  ['пятницу', "п['’]ятницю", 'пятніцу', 'петък', 'piątek'],
  ['субботу', 'суботу', 'суботу', 'събота', 'sobotę'],
];
const PAST = shareLetterSuffix('прошл\\p{L}*|минувш\\p{L}*|минул\\p{L}*|мінул\\p{L}*|прошедш\\p{L}*|zeszł\\p{L}*|ubiegł\\p{L}*|минал\\p{L}*');
const THIS = shareLetterSuffix('эт\\p{L}*|текущ\\p{L}*|цьо\\p{L}*|цей|ця|гэт\\p{L}*|бягуч\\p{L}*|tym|tego|ten|този|тази|това');
const NEXT = shareLetterSuffix('следующ\\p{L}*|наступн\\p{L}*|будущ\\p{L}*|грядущ\\p{L}*|przyszł\\p{L}*|następn\\p{L}*|следващ\\p{L}*');
const WEEKDAY_NAMES = `(?:${WEEKDAYS.map((names, i) => `(?<d${i}>${names.join('|')})`).join('|')})(?![\\p{L}])`;
const WEEKDAY = new RegExp(`(?<![\\p{L}])(?:в|во|у|ў|w|we|във)\\s+(?:(${PAST})|(${NEXT})|${THIS})?\\s*${WEEKDAY_NAMES}`, 'giu');
// Bulgarian (and hurried copy elsewhere) drops the preposition before "last" or "next": "миналия вторник".
const WEEKDAY_WITHOUT_PREPOSITION = new RegExp(`(?<![\\p{L}])(?:(${PAST})|(${NEXT}))\\s+${WEEKDAY_NAMES}`, 'giu');
const RANGE = new RegExp(`(?<![\\p{L}])(?:(?:на|в|у|ў|w|през)\\s+)?(?:(${PAST})|(${THIS})|(${NEXT}))\\s+(?:(${shareLetterSuffix('недел\\p{L}*|тиж\\p{L}*|тиждень|тыдн\\p{L}*|тыдзень|tydzień|tygodni\\p{L}*|седмиц\\p{L}*')})|(${shareLetterSuffix('месяц\\p{L}*|місяц\\p{L}*|miesiąc\\p{L}*|месец\\p{L}*')})|(год(?:[ау]|зе)?|року|рік|рок|гадз?\\p{L}*|roku|rok|година(?:та)?))(?![\\p{L}])`, 'giu');
const RELATIVE_DAYS: Record<string, number> = {
  позавчера: -2, позавчора: -2, пазаўчора: -2, przedwczoraj: -2, вчера: -1, вчора: -1, учора: -1, ўчора: -1, wczoraj: -1, накануне: -1,
  напередодні: -1, напярэдадні: -1, сегодня: 0, сьогодні: 0, сёння: 0, днес: 0, dziś: 0, dzisiaj: 0, завтра: 1, утре: 1, jutro: 1,
  послезавтра: 2, післязавтра: 2, паслязаўтра: 2, pojutrze: 2, торік: -365, летась: -365, łoni: -365,
  // Bulgarian: last night, the day before yesterday, the day after tomorrow.
  снощи: -1, завчера: -2, вдругиден: 2,
};
const RELATIVE_DAY = new RegExp(`(?<![\\p{L}])(?:${Object.keys(RELATIVE_DAYS).join('|')})(?![\\p{L}])`, 'giu');

// Tense words before the date: the weekday or month is the next one, not the last.
const FUTURE = new RegExp(`(?<![\\p{L}])(?:${shareLetterSuffix([
  'будет|будут|буде|будуть|будзе|будуць|ще|będzie|będą|предстоящ\\p{L}*|ожидается|очікується|чакаецца',
  'планиру\\p{L}*|плану\\p{L}*|планира\\p{L}*|намерен\\p{L}*|має намір|собира\\p{L}*|збира\\p{L}*|запланирован\\p{L}*|запланован\\p{L}*',
  // Perfective verbs of scheduled events, whose present form is a future: "пройдут", "відбудуться".
  'состоится|состоятся|відбуд(?:еться|уться)|адбудзецца|odbędzie|пройд(?:ет|ут|е|уть)|начн(?:ет|ут|утся|ется)|прибуд(?:ет|ут|е|уть)',
  'встрет(?:ится|ятся)|провед(?:ет|ут|е|уть)|посетит|зустрін(?:еться|уться)|розпочн(?:еться|уться)|відвіда(?:є|ють)|правядз(?:е|уць)',
].join('|'))})(?![\\p{L}])`, 'iu');
const isFuture = (text: string, at: number) => FUTURE.test(text.slice(Math.max(0, at - 60), at));
/**
 * A past-tense verb just before the date ("прошли", "відбулися", "адбыліся", "odbyły się"):
 * the main-verb reader's past tense (mainVerb.ts), and the past of verbs whose stem ends in ш or
 * г before л ("прошли", "смогли"), which it leaves out.
 */
const PAST_AFTER_CONSONANT = /^\p{L}{2,}[шг](?:ла|ло|ли|лі)(?:ся|сь)?$/u;
const isPast = (text: string, at: number) => {
  const words = text.slice(Math.max(0, at - 40), at).toLowerCase().match(/\p{L}+/gu) ?? [];
  return words.some((word) => isSlavicPast(word) || PAST_AFTER_CONSONANT.test(word)) && !isFuture(text, at);
};

export function findSlavicDateSpans(text: string, published: string | null): Array<DateSpan & { index: number }> {
  const spans: Array<DateSpan & { index: number }> = [];
  const taken = (at: number, length: number) => spans.some((s) => s.index < at + length && at < s.index + s.text.length);
  for (const m of text.matchAll(NUMERIC)) {
    const [all, d = '', mo = '', y = ''] = m;
    if (Number(mo) >= 1 && Number(mo) <= 12 && Number(d) >= 1 && Number(d) <= 31) spans.push({ ...daySpan(isoDay(Number(y), Number(mo), Number(d)), all), index: m.index });
  }
  for (const m of text.matchAll(DAY_MONTH)) {
    const day = Number(m[1]);
    const month = monthOf(m.groups);
    if (!month || day < 1 || day > 31 || taken(m.index, m[0].length)) continue;
    const year = m[m.length - 1] ? Number(m[m.length - 1]) : null;
    if (year) spans.push({ ...daySpan(isoDay(year, month, day), m[0]), index: m.index });
    else if (published) spans.push({ ...daySpan(withYear(month, day, isFuture(text, m.index), published, isPast(text, m.index)), m[0]), index: m.index });
  }
  for (const m of text.matchAll(IN_MONTH)) {
    const month = monthOf(m.groups);
    if (!month || taken(m.index, m[0].length)) continue;
    const year = m[m.length - 1] ? Number(m[m.length - 1]) : published ? monthYear(month, isFuture(text, m.index), published) : null;
    if (year) spans.push({ ...monthSpan(year, month, m[0]), index: m.index });
  }
  if (!published) return spans;
  for (const m of [...text.matchAll(WEEKDAY), ...text.matchAll(WEEKDAY_WITHOUT_PREPOSITION)]) {
    if (taken(m.index, m[0].length)) continue;
    const weekday = Number(Object.entries(m.groups ?? {}).find(([k, v]) => /^d\d$/.test(k) && v)?.[0].slice(1));
    const future = Boolean(m[2]) || (!m[1] && isFuture(text, m.index));
    const date = weekdayDate(weekday, future, published);
    // "в прошлую пятницу" is the Friday of last week even when publication is on a Saturday.
    spans.push({ ...daySpan(m[1] && date === published ? addDays(date, -7) : date, m[0]), index: m.index });
  }
  for (const m of text.matchAll(RANGE)) {
    const shift = m[1] ? -1 : m[3] ? 1 : 0;
    const unit: RangeUnit = m[4] ? 'week' : m[5] ? 'month' : 'year';
    spans.push({ ...relativeSpan(shift, unit, published, m[0]), index: m.index });
  }
  for (const m of text.matchAll(RELATIVE_DAY)) {
    const shift = RELATIVE_DAYS[m[0].toLowerCase()] ?? 0;
    if (shift === -365) spans.push({ ...relativeSpan(-1, 'year', published, m[0]), index: m.index });
    else spans.push({ ...daySpan(addDays(published, shift), m[0]), index: m.index });
  }
  return spans;
}
