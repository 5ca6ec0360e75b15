// franc-min's francAll (no options) with the same answer to the last bit, about ten times less
// work: franc looks every trigram of the sample up in each of its script's language models (44
// for Latin, one hash lookup per trigram per language); here one lookup per trigram finds its
// rank in every language of the script at once, and the trigrams are counted without the arrays
// and tuples franc builds for them. The models and script patterns are franc-min's own.
import { data } from 'franc-min/data.js';
import { expressions } from 'franc-min/expressions.js';

/** franc's constants: the sample it reads, the shortest it judges, a missing trigram's distance. */
const MAX_LENGTH = 2048;
const MIN_LENGTH = 10;
const MAX_DIFFERENCE = 300;

interface ScriptModels {
  languages: string[];
  /**
   * The languages whose models hold a trigram, and its rank in each, as pairs (column, rank):
   * a trigram is in few of the script's models, and every other model counts it missing.
   */
  ranks: Map<number, number[]>;
}

/**
 * A trigram (three UTF-16 code units) as a number, so counting needs no three-letter string per
 * position: a small integer when each unit is below 1024 (Latin, Greek, Cyrillic), else a larger
 * exact one; two trigrams share a number only when they are the same.
 */
const gramCode = (a: number, b: number, c: number): number =>
  (a | b | c) < 1024 ? (a << 20) | (b << 10) | c : a * 2 ** 32 + b * 2 ** 16 + c + 2 ** 30;
const codeOf = (gram: string): number => gramCode(gram.charCodeAt(0), gram.charCodeAt(1), gram.charCodeAt(2));

const models = new Map<string, ScriptModels>();

/** Built on first use per script, as franc reads its model strings (the first rank of a repeated trigram wins). */
function modelsOf(script: string): ScriptModels {
  let built = models.get(script);
  if (built) return built;
  const byLanguage = data[script]!;
  const languages = Object.keys(byLanguage);
  const ranks = new Map<number, number[]>();
  languages.forEach((language, column) => {
    const model = byLanguage[language]!.split('|');
    const first = new Map<number, number>();
    // A model entry of another length never equals a sample's three code units.
    for (let weight = model.length - 1; weight >= 0; weight -= 1) if (model[weight]!.length === 3) first.set(codeOf(model[weight]!), weight);
    for (const [gram, weight] of first) {
      const row = ranks.get(gram);
      if (row) row.push(column, weight);
      else ranks.set(gram, [column, weight]);
    }
  });
  built = { languages, ranks };
  models.set(script, built);
  return built;
}

/** The script whose characters the sample has most of (franc's getTopScript: the first of equals). */
function topScript(value: string): [string | undefined, number] {
  let topCount = -1;
  let top: string | undefined;
  for (const script of Object.keys(expressions)) {
    const count = (value.match(expressions[script]!)?.length ?? 0) / value.length || 0;
    if (count > topCount) {
      topCount = count;
      top = script;
    }
  }
  return [top, topCount];
}

/** How often each trigram occurs in the sample as franc's trigram-utils cleans it. */
function trigramCounts(value: string): Map<number, number> {
  const cleaned = ` ${value.replace(/[\u0021-\u0040]+/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase()} `;
  const counts = new Map<number, number>();
  let a = cleaned.charCodeAt(0);
  let b = cleaned.charCodeAt(1);
  for (let i = 2; i < cleaned.length; i += 1) {
    const c = cleaned.charCodeAt(i);
    const gram = gramCode(a, b, c);
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
    a = b;
    b = c;
  }
  return counts;
}

/** Languages (ISO 639-3) ranked as francAll(value) ranks them, each with its score from 0 to 1. */
export function rankLanguages(value: string): [string, number][] {
  if (!value || value.length < MIN_LENGTH) return [['und', 1]];
  const sample = value.slice(0, MAX_LENGTH);
  const [script, share] = topScript(sample);
  if (!script || !(script in data)) return !script || share === 0 ? [['und', 1]] : [[script, 1]];
  const { languages, ranks } = modelsOf(script);
  // Every trigram missing from every model to begin with, then corrected where a model has it.
  const counts = trigramCounts(sample);
  const distances = new Array<number>(languages.length).fill(counts.size * MAX_DIFFERENCE);
  for (const [gram, count] of counts) {
    const row = ranks.get(gram);
    if (!row) continue;
    for (let at = 0; at < row.length; at += 2) distances[row[at]!]! += Math.abs(count - row[at + 1]! - 1) - MAX_DIFFERENCE;
  }
  const ranked = languages.map((language, column): [string, number] => [language, distances[column]!]).sort((a, b) => a[1] - b[1]);
  const min = ranked[0]![1];
  const max = sample.length * MAX_DIFFERENCE - min;
  for (const entry of ranked) entry[1] = 1 - (entry[1] - min) / max || 0;
  return ranked;
}
