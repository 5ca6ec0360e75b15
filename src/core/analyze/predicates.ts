import { PREDICATE_LEXICON } from './predicateLexicon';

export { PREDICATE_LEXICON } from './predicateLexicon';

export interface PredicateMatch {
  predicate: string;
  start: number;
  end: number;
  /** The phrase denies the class by itself ("purely defensive tasks"). */
  negated: boolean;
  /** Offsets of an actor the pattern names ("involvement of the Belarusian army in ..."). */
  actor: { start: number; end: number } | null;
}

type Strength = 'verb' | 'noun';
interface CompiledPattern { predicate: string; regex: RegExp; strength: Strength; negated: boolean }

// One regex per class and strength, without a leading lookbehind so the engine can scan for
// the literal start; the word boundary before a match is checked by hand.
const compile = (sources: string[]) => new RegExp(sources.map((p) => `(?:${p})`).join('|'), 'giu');
const PATTERNS: CompiledPattern[] = PREDICATE_LEXICON.flatMap(({ predicate, verbs, nouns = [], negating = [] }) => [
  ...(negating.length ? [{ predicate, regex: compile(negating), strength: 'verb' as const, negated: true }] : []),
  { predicate, regex: compile(verbs), strength: 'verb' as const, negated: false },
  ...(nouns.length ? [{ predicate, regex: compile(nouns), strength: 'noun' as const, negated: false }] : []),
]);
const LETTER = /\p{L}/u;

// Background, not the claim: "(these talks)", a quote within the quote, "During the talks, ...", "... amid fears of an offensive".
const LEADING_ADVERBIAL = /^(?:during|after|before|ahead of|amid|following|since|despite|although|though|while|in the wake of)\b[^,]{0,80},/i;
const BACKGROUND_FROM = /(?<![\p{L}])(?:amid|amidst|despite|following|in the wake of)(?![\p{L}])/iu;

function backgroundRanges(claim: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (const match of claim.matchAll(/\([^)]*\)/g)) ranges.push([match.index, match.index + match[0].length]);
  // Words put in someone else's mouth inside the quote: "everyone will say: ‘the Russians run it’".
  for (const match of claim.matchAll(/(?<![\p{L}])[‘']((?:[^’'\n]|[’'](?=\p{L}))+)[’']/gu)) ranges.push([match.index, match.index + match[0].length]);
  const leading = LEADING_ADVERBIAL.exec(claim);
  if (leading) ranges.push([0, leading[0].length]);
  return ranges;
}

/**
 * The predicate the claim is about: its first verb of any class outside brackets, leading
 * adverbials and "amid ..." backgrounds; failing a verb, its first noun. Ties at one position
 * go to the class listed first in the lexicon (the more specific phrase).
 */
export function findPredicate(claim: string): PredicateMatch | null {
  const background = backgroundRanges(claim);
  const backgroundFrom = BACKGROUND_FROM.exec(claim)?.index ?? Infinity;
  let best: { match: PredicateMatch; rank: number } | null = null;
  for (const { predicate, regex, strength, negated } of PATTERNS) {
    for (const found of claim.matchAll(regex)) {
      const start = found.index;
      if (start > 0 && LETTER.test(claim[start - 1] ?? '')) continue;
      if (background.some(([from, to]) => start >= from && start < to)) continue;
      const demoted = strength === 'noun' || start > backgroundFrom;
      const rank = (demoted ? 1e6 : 0) + start;
      if (!best || rank < best.rank) {
        const actorText = found.groups?.actor;
        const actorStart = actorText ? start + found[0].indexOf(actorText) : -1;
        best = {
          rank,
          match: { predicate, start, end: start + found[0].length, negated, actor: actorText ? { start: actorStart, end: actorStart + actorText.length } : null },
        };
      }
      break;
    }
  }
  return best?.match ?? null;
}
