import type { Modality, Polarity } from '../types';
import { FUTURE_BG, HEARSAY, INTENTION, NEGATION, NOT_A_DENIAL, POSSIBILITY, PREDICTION, REPORTED, saysFuture } from './claimLexicon';
import type { PredicateMatch } from './predicates';
import { LeadScan } from './leadScan';
import { DENIAL_VERBS } from './speechVerbs';
import { DENIAL_VERDICT } from './speechVerbsSlavic';

/** "кто бы ни", "как бы то ни было", "или нет", "чи ні", "or not": a negation that negates nothing. */
const NOT_A_DENIAL_AFTER = /(?:(?<![\p{L}])(?:бы|б)\s+(?:то\s+)?|(?<![\p{L}])(?:или|либо|чи|або|ці|альбо|czy|albo|или|or)\s+)$/iu;

/**
 * A witness who did not see it happen denies it, across the comma before "как", "як", "jak",
 * "how": "не видел, как что-то взорвалось", "не бачив, як стріляли", "не бачыў, каб", "did not
 * see anyone fire".
 */
const NOT_SEEN = /^(?:не|ні|nie|not|never)\s+(?:видел\p{L}*|видела|видели|слышал\p{L}*|бачи\p{L}*|чу(?:в|ла|ли)|бачы\p{L}*|чу(?:ў|ла|лі)|widzia\p{L}*|słysza\p{L}*|видя\p{L}*|see|seen|saw|hear|heard)\s*,\s*(?:как|что|чтобы|як|що|щоб|каб|што|jak|że|żeby|как|че)\s[^,;]*$/iu;

/**
 * "Left us no other option than defending Russia", "не оставили нам другого выбора, кроме как",
 * "не залишили іншого вибору, крім", "не пакінулі іншага выбару, акрамя": no choice but to do
 * it affirms doing it.
 */
const NO_CHOICE = /(?:choice|option|alternative|way)s?\s+(?:but|than|other\s+than|except|for)(?![\p{L}])|(?:выбора|выхода|варианта|вибору|виходу|варіанту|выбару|выйсця|варыянту)\s*,?\s+(?:\S+\s+)?(?:кроме|как|крім|як|акрамя)(?![\p{L}])/iu;

/** How many characters before the predicate a negation still governs it ("has no intention of sending troops"). */
const NEGATION_REACH = 48;

// Slavic negates existence after the noun: "Погибших нет", "жертв не было", "загиблих немає",
// "загінулых няма", "ofiar nie ma", "жертви няма". Only a clause-internal gap (no comma) between.
const NEGATED_EXISTENCE_AFTER = /^[^,;:.!?—–]{0,32}?(?<![\p{L}])(?:нет|не было|немає|нема|не було|няма|не зафиксирован[оы]?|не выявлен[оы]?|не зафіксован[оі]?|не выяўлен[аы]?|не зафіксаван[аы]?|nie ma|nie było|brak)(?![\p{L}])/iu;

/** Failing at an act is not doing it: "failed to capture", "were failing to capture", "безуспешно пытались захватить", "не вдалося". */
const FAILED = /(?<![\p{L}])(?:failed to|fail to|fails to|failing to|unable to|did not manage to|didn['’]t manage to|no success in|without success|unsuccessful(?:ly)?|in vain|не удалось|не удаётся|не удается|не смогли|не смог|не смогла|(?:безуспешн|безрезультатн|тщетн)\p{L}*|не вдалося|не вдається|не змогли|не зміг|не змогла|безуспішн\p{L}*|марно|не ўдалося|не змаглі|не змог|не змагла|беспаспяхов\p{L}*|nie udało się|nie zdołał\p{L}*|bezskutecznie|не успя\p{L}*|неуспешн\p{L}*)(?![\p{L}])/iu;
/**
 * Trying to take or encircle a place is not having done it: "tried to capture Soledar",
 * "пытались окружить", "намагалися захопити", "спрабавалі ўзяць", "attempts to storm ... were repelled".
 */
const ATTEMPT = /(?<![\p{L}])(?:tried to|trying to|tries to|attempt(?:s|ed|ing)? to|attempts? at|(?:пыта|попыта|попытк|намага|спробува|спроб|спрабава|спрабу|próbowa|próbuj|usiłowa|опитва|опита)\p{L}*)(?![\p{L}])/iu;
/** NEGATION read only where its words can begin (leadScan.ts). */
const NEGATIONS = new LeadScan(NEGATION);

const NOT_DONE_BY_TRYING = new Set(['occupy', 'encircle']);

/** A failure or (for taking a place) an attempt governs the predicate: before it, within reach, in its clause. */
function failedOrTried(claim: string, predicate: PredicateMatch): boolean {
  const before = claim.slice(Math.max(0, predicate.start - NEGATION_REACH), predicate.start);
  const inClause = before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(';')) + 1);
  return FAILED.test(inClause) || (NOT_DONE_BY_TRYING.has(predicate.predicate) && ATTEMPT.test(inClause));
}

/**
 * Deny when the claim negates its predicate (or, without a predicate, negates anything), when
 * the speech verb itself denies ("denied Russia had won", "опроверг"), or when a speaker calls
 * the report a lie ("это фейк", "є провокацією").
 */
export function claimPolarity(claim: string, predicate: PredicateMatch | null, speechVerb: string | null): Polarity {
  if (speechVerb && DENIAL_VERBS.test(speechVerb)) return 'deny';
  if (predicate?.negated) return 'deny';
  if (predicate && predicate.kind === 'class' && failedOrTried(claim, predicate)) return 'deny';
  if (predicate && NEGATED_EXISTENCE_AFTER.test(claim.slice(predicate.end))) return 'deny';
  if (speechVerb && DENIAL_VERDICT.test(claim)) return 'deny';
  for (const match of NEGATIONS.all(claim)) {
    if (NOT_A_DENIAL.test(claim.slice(match.index)) || NOT_A_DENIAL_AFTER.test(claim.slice(Math.max(0, match.index - 12), match.index))) continue;
    if (!predicate) return 'deny';
    const gap = predicate.start - (match.index + match[0].length);
    const between = claim.slice(match.index, predicate.start);
    if (NO_CHOICE.test(between)) continue;
    if (gap >= 0 && gap <= NEGATION_REACH && (!/[,;]/.test(between) || NOT_SEEN.test(between))) return 'deny';
    // "Россия не будет ... нападать": the negation right before the predicate's verb phrase.
    if (match.index >= predicate.start && match.index < predicate.end) return 'deny';
  }
  return 'affirm';
}

/** The claim's modality; "will" is an intention only when someone says it of themselves or others. */
export function claimModality(claim: string, sentence: string, hasSpeaker: boolean, predicateAt = claim.length, lang: string | null = null): Modality {
  if (INTENTION.test(claim) || (hasSpeaker && (saysFuture(claim) || (lang === 'bg' && FUTURE_BG.test(claim))))) return 'intention';
  if (PREDICTION.test(claim)) return 'prediction';
  if (POSSIBILITY.test(claim) || HEARSAY.test(claim.slice(0, predicateAt))) return 'possibility';
  if (REPORTED.test(sentence)) return 'reported';
  return 'asserted';
}
