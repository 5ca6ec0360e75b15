import { CYRILLIC_LEXICON, INFRASTRUCTURE, LATIN_LEXICON, type PredicateClass } from './predicateLexicon';
import { findMainVerb } from './mainVerb';
import { LeadScan } from './leadScan';
import { AnchorIndex, patternAnchors } from './patternAnchors';
import { unitClass } from './unitClass';

export { PREDICATE_LEXICON } from './predicateLexicon';

export interface PredicateMatch {
  /** A lexicon class ("occupy"), or `verb:<stem>` for a claim no class covers ("verb:evacu"). */
  predicate: string;
  start: number;
  end: number;
  /** `class` from the lexicon, `verb` from the fallback: the clause's main verb. */
  kind: 'class' | 'verb';
  /** The phrase denies the class by itself ("purely defensive tasks"). */
  negated: boolean;
  /** Offsets of an actor the pattern names ("involvement of the Belarusian army in ..."). */
  actor: { start: number; end: number } | null;
}

export interface PredicateOptions {
  /** The article's language ("ru", "uk"...): the fallback reads verbs by it; classes match in any. */
  lang?: string | null;
  /** Fall back on the clause's main verb when no class matches. */
  fallback?: boolean;
}

/** `anchors`: the literal beginnings of its every match (patternAnchors.ts), null when it may start anywhere. */
interface Scan { regex: RegExp; predicate: string; negated: boolean; anchors: string[] | null }

/**
 * Patterns and claims are matched in lower case rather than with the `i` flag: case folding
 * every Cyrillic letter of hundreds of alternatives makes the regexes slow to compile.
 * Escapes (\\S, \\u0400, \\p{L}) keep their case.
 */
const lowerSource = (source: string) => source.replace(/\\p\{[^}]*\}|\\.|[^\\]+/g, (part) => (part.startsWith('\\') ? part : part.toLowerCase()));

/** Lower case with every offset kept (a letter whose lower case is longer stays as it is). */
function lowerKeepingOffsets(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  return [...text].map((c) => (c.toLowerCase().length === c.length ? c.toLowerCase() : c)).join('');
}

/**
 * One regex per class and strength holding every language of a script, so a claim is scanned
 * once per class, not once per pattern or language. (One regex for all classes was too big for
 * V8: slow to compile, then run by its slow interpreter.) A class's denying phrases come first,
 * so at one position they win ("purely defensive"); across classes the earlier class wins a tie.
 */
function compileScans(lexicon: PredicateClass[], strengths: Array<'negating' | 'verbs' | 'nouns'>): Scan[] {
  return lexicon.flatMap((entry) => strengths.flatMap((strength) => {
    if (!entry[strength].length) return [];
    let actors = 0; // a group name may occur once per regex: actor0, actor1 ...
    const sources = entry[strength].map((p) => lowerSource(p).replace(/\(\?<actor>/g, () => `(?<actor${actors++}>`));
    const anchors = sources.map(patternAnchors);
    const body = sources.map((source) => `(?:${source})`).join('|');
    return [{ regex: new RegExp(body, 'gu'), predicate: entry.predicate, negated: strength === 'negating', anchors: anchors.includes(null) ? null : anchors.flat() as string[] }];
  }));
}

const LETTER = /[\p{L}\p{M}]/u;
const isLetterUnit = unitClass(LETTER);

/** The scans of one script and strength, with the index of their anchors (and room to mark the present ones). */
function indexed(scans: Scan[]): { scans: Scan[]; anchors: AnchorIndex; firstAt: Int32Array } {
  const anchors = new AnchorIndex();
  scans.forEach((scan, id) => { if (scan.anchors) anchors.add(scan.anchors, id); });
  return { scans, anchors, firstAt: new Int32Array(scans.length) };
}

/** A claim is scanned with the patterns of the scripts it is written in ("ракеты HIMARS" with both). */
const SCRIPTS = [
  { letters: /[a-z\u00c0-\u024f]/iu, verbs: indexed(compileScans(LATIN_LEXICON, ['negating', 'verbs'])), nouns: indexed(compileScans(LATIN_LEXICON, ['nouns'])) },
  { letters: /[\u0400-\u04ff]/u, verbs: indexed(compileScans(CYRILLIC_LEXICON, ['negating', 'verbs'])), nouns: indexed(compileScans(CYRILLIC_LEXICON, ['nouns'])) },
];

/** Where a match may start: firstMatch takes none that starts inside a word. */
function wordStarts(claim: string): number[] {
  const starts: number[] = [];
  for (let at = 0; at < claim.length; at++) if (at === 0 || !isLetterUnit(claim.charCodeAt(at - 1))) starts.push(at);
  return starts;
}
const TARGETS_INFRASTRUCTURE = new RegExp(`(?<![\\p{L}])(?:${INFRASTRUCTURE.map(lowerSource).join('|')})`, 'u');
/** How far after a strike its target is still read: "удар ... по объектам энергетики". */
const TARGET_REACH = 100;

// Background, not the claim: "(these talks)", a quote within the quote, "During the talks, ...", "... amid fears of an offensive".
const LEADING_ADVERBIAL = new RegExp(`^(?:${[
  'during', 'after', 'before', 'ahead of', 'amid', 'following', 'since', 'despite', 'although', 'though', 'while', 'in the wake of',
  'во время', 'после', 'перед', 'накануне', 'на фоне', 'несмотря на', 'хотя',
  'під час', 'після', 'напередодні', 'на тлі', 'попри', 'незважаючи на', 'хоча',
  'падчас', 'пасля', 'перад', 'напярэдадні', 'нягледзячы на', 'хоць',
].join('|')})(?![\\p{L}])[^,]{0,80},`, 'iu');
const BACKGROUND_FROM = new LeadScan(/(?<![\p{L}])(?:amid|amidst|despite|following|in the wake of|на фоне|несмотря на|на тлі|попри|незважаючи на|нягледзячы на)(?![\p{L}])/iu);

const PURPOSE = new LeadScan(new RegExp(`(?<![\\p{L}])(?:${[
  'in order to', 'so as to', 'aimed at', 'designed to', 'intended to', 'meant to',
  'нацелен\\p{L}* на', 'направлен\\p{L}* на', 'чтобы', 'с целью', 'ради',
  'націлен\\p{L}* на', 'спрямован\\p{L}* на', 'щоб', 'з метою', 'задля',
  'накіраван\\p{L}* на', 'каб', 'з мэтай', 'дзеля',
  'żeby', 'aby', 'w celu', 'за да',
].join('|')})(?![\\p{L}])`, 'giu'));

const QUOTE_OPENING = /[‘'„]/;

function backgroundRanges(claim: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  // Each pattern is run only when the claim holds the mark it must begin with.
  if (claim.includes('(')) for (const match of claim.matchAll(/\([^)]*\)/g)) ranges.push([match.index, match.index + match[0].length]);
  // Words put in someone else's mouth inside the quote: "everyone will say: ‘the Russians run it’", «... „захватили“ ...».
  if (QUOTE_OPENING.test(claim)) for (const match of claim.matchAll(/(?<![\p{L}])[‘']((?:[^’'\n]|[’'](?=\p{L}))+)[’']|„[^“”\n]*[“”]/gu)) ranges.push([match.index, match.index + match[0].length]);
  // What something is for is not what it says happened: "фейк ... нацелен на оправдание новых
  // санкций и срыв переговоров", "in order to destabilise ...": the purpose, to its clause's end.
  for (const match of PURPOSE.all(claim)) {
    const end = claim.slice(match.index).search(/[,;.]/);
    ranges.push([match.index, end < 0 ? claim.length : match.index + end]);
  }
  const leading = LEADING_ADVERBIAL.exec(claim);
  if (leading) ranges.push([0, leading[0].length]);
  return ranges;
}

// A word start is checked by hand, not by a leading lookbehind, which would keep the engine
// from skipping ahead to the letters a pattern can start with; after a mid-word match the scan
// resumes one character on, so a match overlapping it is not lost.
function firstMatch({ regex, predicate, negated }: Scan, claim: string, background: Array<[number, number]>, from = 0): PredicateMatch | null {
  regex.lastIndex = from;
  for (let found = regex.exec(claim); found; found = regex.exec(claim)) {
    const start = found.index;
    if (start > 0 && isLetterUnit(claim.charCodeAt(start - 1))) {
      regex.lastIndex = start + 1;
      continue;
    }
    if (background.some(([from, to]) => start >= from && start < to)) continue;
    const actorText = Object.values(found.groups ?? {}).find((value) => value !== undefined);
    const actorStart = actorText ? start + found[0].indexOf(actorText) : -1;
    const actor = actorText ? { start: actorStart, end: actorStart + actorText.length } : null;
    return { predicate, start, end: start + found[0].length, kind: 'class', negated, actor };
  }
  return null;
}

/** The earliest match in any script the claim is written in ("ракеты HIMARS", "the Rada's вето"). */
function firstInAnyScript(kind: 'verbs' | 'nouns', claim: string, background: Array<[number, number]>, starts: number[]): PredicateMatch | null {
  let best: PredicateMatch | null = null;
  for (const script of SCRIPTS) {
    if (!script.letters.test(claim)) continue;
    const { scans, anchors, firstAt } = script[kind];
    // Only the classes whose stems begin somewhere in the claim can match in it, and none
    // before the first word start where one of its stems begins.
    anchors.firstAt(claim, starts, firstAt);
    for (let id = 0; id < scans.length; id++) {
      const scan = scans[id]!;
      if (scan.anchors && firstAt[id] === -1) continue;
      const found = firstMatch(scan, claim, background, scan.anchors ? firstAt[id]! : 0);
      if (found && (!best || found.start < best.start)) best = found;
    }
  }
  return best;
}

/** A strike or attack on the grid, a plant or a dam: the class that says so. */
function withTarget(claim: string, match: PredicateMatch): PredicateMatch {
  if (match.predicate !== 'strike' && match.predicate !== 'attack') return match;
  const after = claim.slice(match.start, match.end + TARGET_REACH).split(/[;.!?]/)[0] ?? '';
  return TARGETS_INFRASTRUCTURE.test(after) ? { ...match, predicate: 'strike_infrastructure' } : match;
}

/** ", who", ", which", ", который", ", які", ", który": a non-restrictive relative clause opens. */
const RELATIVE_CLAUSE = /,\s+(?:who|which|whose|который|которая|которое|которые|которого|котрий|котра|котре|котрі|який|яка|яке|які|каторы|каторая|якая|który|która|które|którzy|който|която|които)(?![\p{L}])/u;

/**
 * The predicate the claim is about: its first verb of any class outside brackets, leading
 * adverbials and "amid ..." backgrounds; failing a verb, its first noun; failing both, with
 * `fallback`, its main verb as `verb:<stem>`. Ties at one position go to the class listed
 * first in the lexicon (the more specific phrase).
 */
export function findPredicate(claim: string, options: PredicateOptions = {}): PredicateMatch | null {
  const background = backgroundRanges(claim);
  const backgroundFrom = BACKGROUND_FROM.exec(claim)?.index ?? Infinity;
  const lower = lowerKeepingOffsets(claim);
  const starts = wordStarts(lower);
  const verb = firstInAnyScript('verbs', lower, background, starts);
  // A verb in a relative clause ("..., who signed an agreement") tells of someone the sentence
  // names; a noun of the main clause before it ("after a trip to Belarus by Shoigu") is its act.
  const relativeFrom = verb ? RELATIVE_CLAUSE.exec(lower)?.index ?? Infinity : Infinity;
  const noun = !verb || verb.start > relativeFrom || verb.start >= backgroundFrom ? firstInAnyScript('nouns', lower, background, starts) : null;
  if (verb && noun && verb.start > relativeFrom && noun.start < relativeFrom) return withTarget(lower, noun);
  if (verb && verb.start < backgroundFrom) return withTarget(lower, verb);
  const found = verb && (!noun || verb.start <= noun.start) ? verb : noun;
  if (found) return withTarget(lower, found);
  if (!options.fallback) return null;
  const main = findMainVerb(claim, options.lang ?? null);
  return main ? { predicate: `verb:${main.key}`, start: main.start, end: main.end, kind: 'verb', negated: false, actor: null } : null;
}

/**
 * Whether the claim says its act with a verb or fixed phrase of its class ("imposed sanctions",
 * "ввели санкции"), not only names it as a topic ("no sanctions will bend us", "Nobody likes
 * secondary sanctions"). A strike on infrastructure is said with a strike's or an attack's words.
 */
export function saysActWithVerb(claim: string, predicate: string): boolean {
  const classes = predicate === 'strike_infrastructure' ? ['strike', 'attack'] : [predicate];
  const lower = lowerKeepingOffsets(claim);
  const background = backgroundRanges(lower);
  return SCRIPTS.some((script) => script.letters.test(lower)
    && script.verbs.scans.some((scan) => classes.includes(scan.predicate) && firstMatch(scan, lower, background) !== null));
}
