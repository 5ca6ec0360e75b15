import { describe, expect, it } from 'vitest';
import { findDate, findDateSpan } from './dates';

// 2022-12-19 was a Monday; 2023-01-13 a Friday; 2022-07-02 a Saturday.
const MONDAY = '2022-12-19';

describe('findDate: days', () => {
  it.each([
    ['visited the HQ on Friday', MONDAY, '2022-12-16'],
    ['Putin flies to Belarus on Monday', MONDAY, '2022-12-19'],
    ['the ministry said Monday', '2022-10-17', '2022-10-17'],
    ['told reporters Thursday.', '2023-01-13', '2023-01-12'],
    ['the Russian President on Friday said', '2022-07-02', '2022-07-01'],
    ['the two leaders will meet on Wednesday', MONDAY, '2022-12-21'],
    ['talks are planned for next Friday', MONDAY, '2022-12-23'],
    ['a surprise Dec. 3 trip to Belarus', MONDAY, '2022-12-03'],
    ['the invasion of Ukraine on February 24', MONDAY, '2022-02-24'],
    ['on 24 February 2022 the war began', null, '2022-02-24'],
    ['he said on December 28', '2023-01-13', '2022-12-28'],
    ['reported on Monday that units will carry out exercises', MONDAY, '2022-12-19'],
    ['19 December, 2022, 11:20 am', null, '2022-12-19'],
    // the part of the day before the date, and days counted back
    ['the strike on the night of December 10 killed three', MONDAY, '2022-12-10'],
    ['on the morning of 10 December the shelling began', MONDAY, '2022-12-10'],
    ['three days ago the troops withdrew', MONDAY, '2022-12-16'],
    ['2 days ago the troops withdrew', MONDAY, '2022-12-17'],
    ['два дня назад войска отошли', MONDAY, '2022-12-17'],
    ['три дні тому війська відійшли', MONDAY, '2022-12-16'],
    ['тры дні таму войскі адышлі', MONDAY, '2022-12-16'],
    ['dwa dni temu wojska się wycofały', MONDAY, '2022-12-17'],
    ['преди два дни войските се изтеглиха', MONDAY, '2022-12-17'],
  ])('%j published %s -> %s', (text, publishedAt, expected) => {
    expect(findDate(text, publishedAt)).toBe(expected);
  });

  it('knows no weekday without a publication date', () => {
    expect(findDate('on Friday', null)).toBeNull();
  });

  it('reads "may" and "march" the verbs as no date, and a duration as none', () => {
    expect(findDate('Belarus may join the war', MONDAY)).toBeNull();
    expect(findDate('troops march to the border', MONDAY)).toBeNull();
    expect(findDate('the visit comes 10 months after the offensive began', MONDAY)).toBeNull();
  });
});

describe('findDateSpan: ranges', () => {
  it.each([
    ['warplanes were deployed last week', MONDAY, { date: '2022-12-12', end: '2022-12-18', granularity: 'week' }],
    ['Shoigu last week said', '2022-07-02', { date: '2022-06-20', end: '2022-06-26', granularity: 'week' }],
    ['units were reinforced this week', '2023-01-13', { date: '2023-01-09', end: '2023-01-15', granularity: 'week' }],
    ['the leaders will meet next week', '2022-07-02', { date: '2022-07-04', end: '2022-07-10', granularity: 'week' }],
    ['Lukashenko said earlier this month', '2022-10-17', { date: '2022-10-01', end: '2022-10-31', granularity: 'month' }],
    ['In October, Belarus announced a joint force', MONDAY, { date: '2022-10-01', end: '2022-10-31', granularity: 'month' }],
    ['He claimed in May:', '2022-07-02', { date: '2022-05-01', end: '2022-05-31', granularity: 'month' }],
    ['talks in late December', '2023-01-13', { date: '2022-12-01', end: '2022-12-31', granularity: 'month' }],
    ['an offensive as early as January', MONDAY, { date: '2023-01-01', end: '2023-01-31', granularity: 'month' }],
  ])('%j published %s', (text, publishedAt, expected) => {
    expect(findDateSpan(text, publishedAt)).toMatchObject(expected);
  });

  it('picks the date nearest the words it is asked about', () => {
    const text = "Putin's visit was announced on Friday after a surprise Dec. 3 trip by Shoigu, who signed an agreement";
    expect(findDateSpan(text, MONDAY, text.indexOf('signed'))?.date).toBe('2022-12-03');
    expect(findDateSpan(text, MONDAY, text.indexOf('announced'))?.date).toBe('2022-12-16');
  });
});

// 2022-12-21 was a Wednesday.
const WEDNESDAY = '2022-12-21';

describe('findDateSpan in Russian, Ukrainian, Belarusian, Bulgarian and Polish', () => {
  it.each([
    ['Путин прилетел в Минск 19 декабря', { date: '2022-12-19', granularity: 'day' }],
    ['Зеленський у понеділок заявив', { date: '2022-12-19', granularity: 'day' }],
    ['Лукашэнка сказаў 19 снежня', { date: '2022-12-19', granularity: 'day' }],
    ['войска прибыли на прошлой неделе', { date: '2022-12-12', end: '2022-12-18', granularity: 'week' }],
    ['минулого тижня російські війська обстріляли місто', { date: '2022-12-12', end: '2022-12-18', granularity: 'week' }],
    ['на мінулым тыдні', { date: '2022-12-12', end: '2022-12-18', granularity: 'week' }],
    ['вчера в Минобороны заявили', { date: '2022-12-20', granularity: 'day' }],
    ['учора ввечері', { date: '2022-12-20', granularity: 'day' }],
    ['сегодня утром', { date: '2022-12-21', granularity: 'day' }],
    ['в декабре 2021 года', { date: '2021-12-01', end: '2021-12-31', granularity: 'month' }],
    ['в начале марта', { date: '2022-03-01', end: '2022-03-31', granularity: 'month' }],
    ['у березні', { date: '2022-03-01', end: '2022-03-31', granularity: 'month' }],
    ['учения пройдут в пятницу', { date: '2022-12-23', granularity: 'day' }],
    ['учения прошли в пятницу', { date: '2022-12-16', granularity: 'day' }],
    ['в прошлую среду', { date: '2022-12-14', granularity: 'day' }],
    ['в следующий понедельник', { date: '2022-12-26', granularity: 'day' }],
    ['24 лютого 2022 року', { date: '2022-02-24', granularity: 'day' }],
    ['19.12.2022', { date: '2022-12-19', granularity: 'day' }],
    ['встреча состоится 28 декабря', { date: '2022-12-28', granularity: 'day' }],
    ['в этом году', { date: '2022-01-01', end: '2022-12-31', granularity: 'year' }],
    ['торік', { date: '2021-01-01', end: '2021-12-31', granularity: 'year' }],
    ['миналата седмица', { date: '2022-12-12', end: '2022-12-18', granularity: 'week' }],
    ['в петък', { date: '2022-12-16', granularity: 'day' }],
    ['атакуваха града миналия петък', { date: '2022-12-16', granularity: 'day' }],
    ['ще пристигне следващия петък', { date: '2022-12-23', granularity: 'day' }],
    ['снощи руските сили атакуваха', { date: '2022-12-20', granularity: 'day' }],
    ['w zeszłym tygodniu', { date: '2022-12-12', end: '2022-12-18', granularity: 'week' }],
    ['w piątek', { date: '2022-12-16', granularity: 'day' }],
    ['5 grudnia', { date: '2022-12-05', granularity: 'day' }],
  ])('%j', (text, expected) => {
    expect(findDateSpan(text, WEDNESDAY)).toMatchObject(expected);
  });

  // A day a fortnight after publication is an announced date, unless the copy tells it in the
  // past tense: then it is last year's.
  it.each([
    ['переговоры прошли 28 декабря', '2021-12-28'],
    ['перемовини відбулися 28 грудня', '2021-12-28'],
    ['перамовы адбыліся 28 снежня', '2021-12-28'],
    ['the talks were held on December 28', '2021-12-28'],
    ['переговоры пройдут 28 декабря', '2022-12-28'],
    ['the talks will be held on December 28', '2022-12-28'],
    ['переговоры назначены на 28 декабря', '2022-12-28'],
    ['the talks are scheduled for December 28', '2022-12-28'],
  ])('%s -> %s', (text, date) => {
    expect(findDateSpan(text, WEDNESDAY)).toMatchObject({ date });
  });

  it('reads no weekday inside another word, in any script', () => {
    expect(findDate('Według ISW Rosja nie planuje ofensywy', WEDNESDAY)).toBeNull();
    expect(findDate('Марта Иванова заявила', WEDNESDAY)).toBeNull();
  });
});
