import type { Quantity } from '../types';

// Countable things a claim can put a number on. The head noun is the unit.
const UNITS = [
  'troops', 'servicemen', 'soldiers', 'personnel', 'fighters', 'conscripts', 'reservists', 'mercenaries', 'men', 'people',
  'civilians', 'casualties', 'tanks', 'vehicles', 'guns', 'mortars', 'missiles', 'rockets', 'drones', 'aircraft', 'warplanes',
  'jets', 'helicopters', 'warheads', 'battalions', 'brigades', 'divisions', 'regiments', 'units', 'refugees', 'prisoners', 'systems', 'launchers', 'shells', 'rounds',
];
// Measures: "guns of more than 100 mm" is a calibre and "100 mm guns" are not 100 guns.
const MEASURES: Record<string, string> = {
  mm: 'mm', millimetres: 'mm', millimeters: 'mm', cm: 'cm', km: 'km', kilometres: 'km', kilometers: 'km', miles: 'miles',
  metres: 'm', meters: 'm', kg: 'kg', tonnes: 'tonnes', tons: 'tonnes',
};
const SINGULAR = new Map(UNITS.map((u) => [u.replace(/s$/, ''), u]));

const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, hundred: 100, dozen: 12,
};
const MULTIPLIERS: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9 };

const UPPER_BOUND = /(?:as many as|up to|no more than|not more than|fewer than|less than|at most|under)\s+$/i;
const LOWER_BOUND = /(?:at least|more than|over|upwards of|no fewer than|no less than)\s+$/i;

const NUMBER = '(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty)';
const VAGUE = '(hundreds|thousands|tens of thousands|dozens)\\s+of';
const QUANTITY = new RegExp(
  `(?<![\\p{L}\\d,.])(?:${NUMBER}(?:\\s+(thousand|million|billion))?|${VAGUE})(?=((?:\\s+[\\p{L}-]+){1,4}))`,
  'giu',
);

function parseNumber(raw: string): number {
  const word = NUMBER_WORDS[raw.toLowerCase()];
  return word ?? Number(raw.replace(/,/g, ''));
}

function unitOf(word: string): string | null {
  const lower = word.toLowerCase();
  if (UNITS.includes(lower)) return lower;
  return SINGULAR.get(lower) ?? null;
}

function vagueRange(vague: string): [number, number | null] {
  const lower = vague.toLowerCase();
  if (lower === 'dozens') return [24, 99];
  if (lower === 'hundreds') return [200, 999];
  if (lower === 'thousands') return [2000, null];
  return [20000, null]; // tens of thousands
}

/** Numbers with a countable unit, as intervals: "as many as 9,000 servicemen" is [null, 9000]. */
export function findQuantities(text: string): Quantity[] {
  const quantities: Quantity[] = [];
  for (const match of text.matchAll(QUANTITY)) {
    const [numberText, number = '', multiplier, vague, following = ''] = match;
    const words = following.trim().split(/\s+/);
    const measure = MEASURES[(words[0] ?? '').toLowerCase().replace(/[.,;:)”"]+$/, '')];
    const unitAt = measure ? 0 : words.findIndex((word) => unitOf(word) !== null);
    if (unitAt < 0) continue;
    const unit = measure ?? (unitOf(words[unitAt] ?? '') as string);
    const whole = `${numberText} ${words.slice(0, unitAt + 1).join(' ')}`;
    const before = text.slice(Math.max(0, match.index - 25), match.index);
    if (vague) {
      const [min, max] = vagueRange(vague);
      quantities.push({ min, max, unit, text: whole });
      continue;
    }
    const value = parseNumber(number) * (multiplier ? MULTIPLIERS[multiplier.toLowerCase()] ?? 1 : 1);
    const bound = UPPER_BOUND.exec(before) ?? LOWER_BOUND.exec(before);
    const prefix = bound ? bound[0] : '';
    const min = UPPER_BOUND.test(before) ? null : value;
    const max = LOWER_BOUND.test(before) ? null : value;
    quantities.push({ min, max, unit, text: (prefix + whole).trim() });
  }
  return quantities;
}
