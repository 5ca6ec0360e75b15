import type { Modality, Polarity } from '../types';
import { DENIAL_VERBS } from './speechVerbs';
import type { PredicateMatch } from './predicates';

const NEGATION = /(?<![\p{L}])(?:not|no|never|nobody|none|neither|nor|cannot|unlikely|without)(?![\p{L}])|n['’]t(?![\p{L}])/giu;
// "not only", "no longer" and "not clear" do not deny the claim they stand in.
const NOT_A_DENIAL = /^(?:not only|not clear|no doubt|not yet clear|no longer)/i;

/** How many words before the predicate a negation still governs it ("has no intention of sending troops"). */
const NEGATION_REACH = 48;

/**
 * Deny when the claim negates its predicate (or, without a predicate, negates anything), or
 * when the speech verb itself denies ("denied Russia had won").
 */
export function claimPolarity(claim: string, predicate: PredicateMatch | null, speechVerb: string | null): Polarity {
  if (speechVerb && DENIAL_VERBS.test(speechVerb)) return 'deny';
  if (predicate?.negated) return 'deny';
  for (const match of claim.matchAll(NEGATION)) {
    if (NOT_A_DENIAL.test(claim.slice(match.index))) continue;
    if (!predicate) return 'deny';
    const gap = predicate.start - (match.index + match[0].length);
    if (gap >= 0 && gap <= NEGATION_REACH && !/[,;]/.test(claim.slice(match.index, predicate.start))) return 'deny';
  }
  return 'affirm';
}

const INTENTION = /(?<![\p{L}])(?:intends?|intended|intention|plans? to|planned to|planning to|going to|aims? to|wants? to|seeks? to|set to|ready to|determined to|prepar\w+ to)(?![\p{L}])/iu;
const FUTURE = /(?<![\p{L}])(?:will|shall|['’]ll)(?![\p{L}])/iu;
const POSSIBILITY = /(?<![\p{L}])(?:could|may|might|can|possible|possibly|possibility|potential|potentially|not clear|unclear|whether|questionable|doubtful|uncertain)(?![\p{L}])/iu;
// Fears, rumours and speculation about an act are not reports that it happened, when they
// come before it ("fears of Belarus opening a new front", not "flies to Minsk amid fears").
const HEARSAY = /(?<![\p{L}])(?:fears?|feared|speculation|rumou?rs|risks? of)(?![\p{L}])/iu;
const PREDICTION = /(?<![\p{L}])(?:likely|unlikely|expected|expects?|probably|forecasts?|predicts?|anticipated|would)(?![\p{L}])/iu;
const REPORTED = /(?<![\p{L}])(?:according to|reportedly|reports suggest|reported|allegedly|is said to|are said to)(?![\p{L}])/iu;

/** The claim's modality; "will" is an intention only when someone says it of themselves or others. */
export function claimModality(claim: string, sentence: string, hasSpeaker: boolean, predicateAt = claim.length): Modality {
  if (INTENTION.test(claim) || (hasSpeaker && FUTURE.test(claim))) return 'intention';
  if (PREDICTION.test(claim)) return 'prediction';
  if (POSSIBILITY.test(claim) || HEARSAY.test(claim.slice(0, predicateAt))) return 'possibility';
  if (REPORTED.test(sentence)) return 'reported';
  return 'asserted';
}
