import type { Quantity } from '../types';
import { NUMBER_WORDS, MULTIPLIERS, NOT_ONE_AFTER, NOT_ONE_BEFORE, VAGUE_RANGES, multiplierOf } from './numberWords';
import { LeadScan } from './leadScan';
import { HEADS, MEASURES, namesParticipants, unitAfter, unitKey } from './quantityUnits';

const alternation = (words: string[]) => [...words].sort((a, b) => b.length - a.length).join('|');

// Bounds before a number, longest first where one contains another ("не менее" is not "менее").
/** "выросло до 30", "зросла до 57": a toll that rose to a figure is that figure, not at most it. */
const NOT_AFTER_GROWTH = '(?<!(?:выросл|вырос|возросл|увеличил|зросл|зріс|збільшил|вырасл|павялічыл|дасягнул|достигл|досягл)\\p{L}*\\s+)';
/** "the death toll rose to 30", "число погибших выросло до 30 человек": a count of the dead, named before it. */
const TOLL = /(?<![\p{L}])(?:death toll|toll|число погибш|число жертв|количество погибш|число загиблих|кількість загиблих|кількість жертв|колькасць загінул|лік загінул|liczba ofiar|броят на загиналите)/iu;
const UPPER_BOUND = new RegExp(`(?<![\\p{L}])(?:as many as|up to|no more than|not more than|fewer than|less than|at most|under|nearly|almost|не более(?: чем)?|не больше|менее|меньше|максимум|почти|${NOT_AFTER_GROWTH}до|`
  + `не більше(?: ніж)?|не більш ніж|менше|менш ніж|майже|не больш(?: за)?|менш за|амаль|nie więcej niż|mniej niż|prawie|maksymalnie|не повече от|по-малко от|do)\\s+$`, 'iu');
const LOWER_BOUND = new RegExp(`(?<![\\p{L}])(?:at least|more than|over|upwards of|no fewer than|no less than|более(?: чем)?|больше|свыше|не менее|не меньше|по меньшей мере|как минимум|минимум|`
  + `понад|більше(?: ніж)?|більш ніж|щонайменше|не менше|принаймні|як мінімум|мінімум|больш за|больш чым|звыш|не менш|прынамсі|ponad|co najmniej|przynajmniej|powyżej|`
  + `над|повече от|най-малко|поне|не по-малко от)\\s+$`, 'iu');
/** Words that are "hundreds" or "thousands" alone, and one hundred or thousand after a bound. */
const ONE_IN_GENITIVE: Record<string, number> = { сотни: 100, сотні: 100, тысячи: 1000, тисячі: 1000, тысячы: 1000 };
const ABOUT = /(?<![\p{L}])(?:около|порядка|примерно|близько|приблизно|каля|прыкладна|około)\s+$/iu;
/** "от 300 до 400", "300–400", "between 300 and 400". */
const RANGE_OPENER = /(?<![\p{L}])(?:from|between|от|від|ад|od|между|між|паміж|pomiędzy|między)\s+$/iu;
const RANGE_JOIN = /^\s*(?:[-–—]|до|да|do|to|and|и|і|i)\s*(\d+(?:[.,]\d+)?)/iu;

const DIGITS = '\\d{1,3}(?:[\\u00a0\\u202f ]\\d{3})+(?!\\d)|\\d{1,3}(?:,\\d{3})+(?![\\d])|\\d+(?:[.,]\\d+)?';
const QUANTITY = new LeadScan(new RegExp(
  `(?<![\\p{L}\\d,.])(?:(${DIGITS}|${alternation(Object.keys(NUMBER_WORDS))})(?![\\p{L}\\d])(?:\\s*(${alternation(Object.keys(MULTIPLIERS))})(?![\\p{L}]))?|(${alternation(Object.keys(VAGUE_RANGES))})(?![\\p{L}]))`
  + `(?=((?:\\s+[\\p{L}-]+\\.?){0,4}))`,
  'giu',
));

/** The rest after thousands: up to three digits, a whole number on its own. */
const REST_OF_THOUSANDS = /^\s+(\d{1,3})(?![\d\p{L}]|[.,]\d)/u;

function parseNumber(raw: string, multiplied: boolean): number {
  const word = NUMBER_WORDS[raw.toLowerCase()];
  if (word !== undefined) return word;
  const compact = raw.replace(/[\u00a0\u202f ]/g, '');
  // "9,000" is nine thousand; "2,5 тыс." is two and a half.
  if (/^\d{1,3}(?:,\d{3})+$/.test(compact) && !multiplied) return Number(compact.replace(/,/g, ''));
  return Number(compact.replace(',', '.'));
}

/** The bound just before a number, the one said first when both match ("не более" holds "более"). */
function boundBefore(before: string): { bound: RegExpExecArray | null; isUpper: boolean } {
  const upper = UPPER_BOUND.exec(before);
  const lower = LOWER_BOUND.exec(before);
  const isUpper = upper !== null && (!lower || upper.index <= lower.index);
  return { bound: isUpper ? upper : lower, isUpper };
}

/** Numbers with a countable unit, as intervals: "as many as 9,000 servicemen" is [null, 9000]. */
export function findQuantities(text: string, _lang: string | null = null): Quantity[] {
  const quantities: Quantity[] = [];
  let consumed = 0;
  for (const match of QUANTITY.all(text)) {
    if (match.index < consumed) continue;
    const [matched, number, multiplier, vague, lookahead = ''] = match;
    // "171 тысячу 618 чалавек": thousands and the rest, when a unit follows the rest.
    const rest = multiplier && multiplierOf(multiplier) === 1000 ? REST_OF_THOUSANDS.exec(text.slice(match.index + matched.length, match.index + matched.length + 8)) : null;
    const restWords = rest ? text.slice(match.index + matched.length + rest[0].length).match(/^(?:\s+[\p{L}-]+\.?){0,4}/u)?.[0] ?? '' : '';
    const withRest = rest !== null && unitAfter(restWords.trim().split(/\s+/)) !== null;
    const numberText = withRest ? matched + rest[0] : matched;
    const following = withRest ? restWords : lookahead;
    const end = match.index + numberText.length;
    if (withRest) consumed = end;
    const before = text.slice(Math.max(0, match.index - 30), match.index);
    if (number && NUMBER_WORDS[number.toLowerCase()] === 1 && (NOT_ONE_BEFORE.test(before) || NOT_ONE_AFTER.test(text.slice(end, end + 8)))) continue;
    const joined = !vague && !multiplier ? RANGE_JOIN.exec(text.slice(end, end + 16)) : null;
    const range = joined && (RANGE_OPENER.test(before) || /^\s*[-–—]/.test(joined[0])) ? joined : null;
    const afterRange = range ? end + range[0].length : end;
    if (range) consumed = afterRange;
    const words = (range ? text.slice(afterRange, afterRange + 60).match(/^(?:\s+[\p{L}-]+\.?){1,4}/u)?.[0] ?? '' : following).trim().split(/\s+/)
      .map((word) => word.replace(/\.$/u, ''));
    const measure = MEASURES[(words[0] ?? '').toLowerCase().replace(/[.,;:)”"»]+$/, '')];
    // The clause the count stands in, back to the sentence's start or the last semicolon.
    const clause = text.slice(Math.max(0, match.index - 100), match.index).split(/[.!?;]\s/u).pop() ?? '';
    // "число участников составило около 31 тысячи.": the counted noun came before the number,
    // which ends the clause; only a scaled or large number that is not a year, so dates are not counts.
    const endsClause = /^\s*(?:[.,;:!?»”")]|$)/u.test(text.slice(afterRange, afterRange + 2));
    const countedBefore = !measure && endsClause && (multiplier || (parseNumber(number ?? '', false) >= 100 && !/^(?:19|20)\d\d$/.test(number ?? ''))) && namesParticipants(clause);
    const unit = measure ? { key: measure, at: 0 } : countedBefore ? { key: 'participants', at: -1 } : unitAfter(words);
    if (!unit) continue;
    // "погибли не менее 5 человек", "killed 12 people": a casualty verb before the count.
    const casualty = HEADS.has(unit.key)
      ? before.split(/\s+/).slice(-4).map(unitKey).find((k) => k === 'killed' || k === 'wounded') ?? (TOLL.test(clause) ? 'killed' : undefined)
      : undefined;
    // "участников — около 31 тысячи человек", "31 тысяча чалавек удзельнічала": people taking part.
    const taking = !casualty && unit.key === 'people' && namesParticipants(`${clause} ${numberText} ${following}`) ? 'participants' : undefined;
    const key = casualty ?? taking ?? unit.key;
    const spoken = `${text.slice(match.index, afterRange)} ${words.slice(0, unit.at + 1).join(' ')}`;
    // "более тысячи", "свыше сотни", "около тысячи": after a bound or "about" the word is one
    // hundred or thousand in the genitive, not "hundreds" or "thousands".
    const one = vague ? ONE_IN_GENITIVE[vague.toLowerCase()] : undefined;
    if (one !== undefined) {
      const { bound, isUpper } = boundBefore(before);
      const about = bound ?? ABOUT.exec(before);
      if (about) {
        quantities.push({ min: bound && isUpper ? null : one, max: bound && !isUpper ? null : one, unit: key, text: (about[0] + spoken).trim() });
        continue;
      }
    }
    if (vague) {
      const [min, max] = VAGUE_RANGES[vague.toLowerCase()] ?? [null, null];
      quantities.push({ min, max, unit: key, text: spoken });
      continue;
    }
    const scale = multiplier ? multiplierOf(multiplier) : 1;
    const value = parseNumber(number ?? '', Boolean(multiplier)) * scale + (withRest ? Number(rest![1]) : 0);
    if (range) {
      quantities.push({ min: value, max: parseNumber(range[1] ?? '', false) * scale, unit: key, text: (RANGE_OPENER.exec(before)?.[0] ?? '') + spoken });
      continue;
    }
    const { bound, isUpper } = boundBefore(before);
    const min = bound && isUpper ? null : value;
    const max = bound && !isUpper ? null : value;
    quantities.push({ min, max, unit: key, text: ((bound?.[0] ?? '') + spoken).trim() });
  }
  return quantities;
}
