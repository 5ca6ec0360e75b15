import { INTENTION } from '../analyze/claimLexicon';
import { saysActWithVerb } from '../analyze/predicates';
import { dayOf, daysBetween } from '../calendar';
import type { ContradictionKind } from '../types';
import { enclosingIds, samePlace } from './actors';
import { familyOf, isTerritorial } from './acts';
import { isCoreCountry } from './similarity';
import { daysBetweenClaims, sameNamedTarget, whereOf, type Claim } from './claims';
import { DISMISS, DISMISS_WORDS, DISMISSABLE } from './dismissals';
import { wordingOverlap } from './wording';

/** Claims about a state of affairs further apart than this are about different moments of a story. */
export const CLAIM_WINDOW_DAYS = 200;
/**
 * Acts that happen on a day (a strike, a capture, a toll, a visit): two claims about one of
 * them are told within weeks; months apart they are about two strikes or two visits.
 */
const EPISODE_WINDOW_DAYS = 45;
const EPISODES = new Set(['strike', 'strike_infrastructure', 'attack', 'casualties', 'visit', 'negotiate', 'agree', 'exercise', 'capture', 'encircle', 'withdraw', 'detain', 'shoot_down', 'explode', 'violate_border']);
const windowOf = (a: Claim, b: Claim) => (EPISODES.has(a.act) && EPISODES.has(b.act) ? EPISODE_WINDOW_DAYS : CLAIM_WINDOW_DAYS);
/**
 * A speaker whose yes and no are less than a week apart is quoted twice (a remark and its
 * gloss, one interview in two reports), not changing his mind.
 */
const CHANGE_MIN_DAYS = 7;
/**
 * Two wordings sharing this much of their words are one remark cut differently. A yes and a no
 * that differ in one word of five ("не планирует новую волну мобилизации" and "объявляет новую
 * волну мобилизации") are two remarks: the word they differ in is the change.
 */
const SAME_REMARK_OVERLAP = 0.9;
/** Two statements of one speaker in one language sharing less than this of their words speak of different things. */
const SAME_TOPIC_OVERLAP = 0.2;


/** Same place, or unknown on either side. */
function placesAgree(a: Claim, b: Claim): boolean {
  return a.place === null || b.place === null || samePlace(a.place, b.place);
}

function targetsAgree(a: Claim, b: Claim): boolean {
  return a.target === null || b.target === null || a.target.side === b.target.side || a.target.key === b.target.key;
}

/** Dismissals answer what was reported in the days and weeks before and after them. */
const DISMISSAL_WINDOW_DAYS = 31;

/**
 * A dismissal ("the Bucha images are staged") answers an act affirmed at the same place within
 * weeks (an incident: a strike, a toll, not an occupation), done by the dismisser's side or by no one named; not what its own side is said to suffer.
 * A report that names no place ("Russian troops torture and kill civilians") is read at its
 * article's main place: in an article about Bucha it is about Bucha, in a speech that tours
 * the country it is about the town the speech names most, which a dismissal of Bucha misses.
 */
function dismissalAnswers(dismissal: Claim, other: Claim): boolean {
  // An incident is called staged (killings, a strike), not a state of affairs ("still occupied").
  if (!DISMISSABLE.has(other.act) || other.polarity !== 'affirm') return false;
  // An official body answers for its country's acts; an analyst's "fabricated successes" is no dismissal.
  const side = dismissal.speaker?.side;
  if (!side?.startsWith('country:')) return false;
  if (other.actor && other.actor.side !== side) return false;
  // The report must come from the dismissed place itself or from within it (named by the
  // statement or, failing that, by its article): calling Bucha staged says nothing of the
  // bodies found elsewhere in the Kyiv region.
  // "They staged provocations in Syria": a dismissal about another country's affair, placed by
  // no town of its own, is not about the place its article reports from.
  const abroad = [dismissal.actor?.key, dismissal.target?.key].some((key) => key?.startsWith('country:') && !isCoreCountry(key));
  if (!dismissal.place && abroad) return false;
  const place = whereOf(other);
  const dismissed = whereOf(dismissal);
  if (!dismissed || !place) return false;
  // "Provocations in Ukraine" names no incident: a dismissal placed only in a country answers no report.
  if (dismissed.startsWith('country:')) return false;
  if (place !== dismissed && !enclosingIds(place).includes(dismissed)) return false;
  const days = daysBetweenClaims(dismissal, other);
  return days !== null && days <= DISMISSAL_WINDOW_DAYS;
}

/** Words are called false within days of being said: a week apart, they answer other words. */
const WORDS_WINDOW_DAYS = 7;

/**
 * A speaker's "Grossi's comments were unfounded" answers what Grossi himself affirmed within a
 * week of it (the detonations he reported), whatever act it named; not what others said of
 * him, nor his own denials and dismissals.
 */
function wordsAnswered(dismissal: Claim, other: Claim): boolean {
  if (other.act === DISMISS || other.act === DISMISS_WORDS || other.polarity !== 'affirm') return false;
  if (!other.speaker || other.speaker.key !== dismissal.actor?.key) return false;
  const days = daysBetween(dayOf(dismissal.article.publishedAt), dayOf(other.article.publishedAt));
  return days !== null && Math.abs(days) <= WORDS_WINDOW_DAYS;
}

/**
 * Acts told of a place rather than of a doer ("no one died in Minsk during the protests" and
 * "one man died in Minsk last night"): when either names no actor, both name the same place
 * below a country and are days apart, they answer one question.
 */
const PLACE_WINDOW_DAYS = 7;

/**
 * Where a claim is, for this test: the place it names, else, when it names no one and nothing
 * at all ("Погибших нет.", "No one was hurt."), its article's place: a sentence that elliptical
 * is about what its article reports.
 */
const placeOrArticle = (c: Claim) => c.place ?? (c.actor === null && c.target === null ? c.articlePlace : null);

function samePlaceAndDays(a: Claim, b: Claim): boolean {
  const [x, y] = [placeOrArticle(a), placeOrArticle(b)];
  if (!x || !y || x.startsWith('country:') || y.startsWith('country:')) return false;
  if (!samePlace(x, y)) return false;
  const days = daysBetweenClaims(a, b);
  return days !== null && days <= PLACE_WINDOW_DAYS;
}

/** Acts whose victim is the question: an arrest, a poisoning. */
const VICTIM_ACTS = new Set(['detain', 'poison']);

/** Strikes, shelling and downings: incidents on a day, at a place. */
const INCIDENTS = new Set(['strike', 'strike_infrastructure', 'shell', 'shoot_down']);

/**
 * A denial of one strike ("there was no strike on the Wagner camp") is answered by reports of
 * strikes, not by what is said of the war at large ("Russia wants the war to drag on"); a
 * denial of the war at large ("we will not attack anyone") is answered by a strike it covers.
 */
function incidentDeniedByWar(a: Claim, b: Claim): boolean {
  if (a.act === b.act || a.polarity === b.polarity) return false;
  const [denial, affirmation] = a.polarity === 'deny' ? [a, b] : [b, a];
  return INCIDENTS.has(denial.act) && !INCIDENTS.has(affirmation.act);
}

/**
 * The same question: one act (or one of its family) by the same actor (or one of the same
 * side: Lukashenko, the Belarusian army and Belarus) against the same target, at the same
 * place, within the window. Acts about a territory need the same territory instead of the
 * same actor.
 */
export function sameQuestion(a: Claim, b: Claim): boolean {
  if (a.act === DISMISS_WORDS) return wordsAnswered(a, b);
  if (b.act === DISMISS_WORDS) return wordsAnswered(b, a);
  if (a.act === DISMISS) return dismissalAnswers(a, b);
  if (b.act === DISMISS) return dismissalAnswers(b, a);
  if (familyOf(a.act) !== familyOf(b.act) || incidentDeniedByWar(a, b)) return false;
  // A verb outside the claim classes says little by itself ("continued", "made", "gave"): two
  // claims of one such verb answer one question only about one named object.
  if (a.act.startsWith('verb:') && !sameNamedTarget(a, b)) return false;
  // Who was detained or poisoned is the question: one arrest is not another's.
  if (a.act === b.act && VICTIM_ACTS.has(a.act) && !sameNamedTarget(a, b)) return false;
  if (!placesAgree(a, b)) return false;
  const days = daysBetweenClaims(a, b);
  if (days !== null && days > windowOf(a, b)) return false;
  if (isTerritorial(a.act)) {
    if (a.target && b.target) return a.target.side === b.target.side || a.target.key === b.target.key;
    return a.actor !== null && b.actor !== null && a.actor.side === b.actor.side && a.place !== null && b.place !== null;
  }
  // A poisoning told without its poisoner ("Navalny was poisoned with Novichok") answers a denial
  // that names one: the victim named by both pins the act down, wherever it was done.
  if (a.act === 'poison' && b.act === 'poison' && (!a.actor || !b.actor)) return true;
  if (!a.actor || !b.actor) return samePlaceAndDays(a, b) && targetsAgree(a, b);
  if (a.actor.side !== b.actor.side) return false;
  return targetsAgree(a, b);
}

/**
 * A denial limited in scope ("not directly", "не напрямую", "не безпосередньо", "not
 * formally") concedes a lesser part: a report of a role (a launch pad, support) agrees with it;
 * only a claim of the full act itself ("could formally join the war") answers it.
 */
const SCOPE_LIMIT = /(?<![\p{L}])(?:directly|formally|officially|openly|прямо|напрямую|непосредственно|официально|открыто|напряму|безпосередньо|офіційно|відкрито|наўпрост|непасрэдна|афіцыйна|адкрыта)(?![\p{L}])/iu;
const isScopeLimited = (c: Claim) => SCOPE_LIMIT.test(c.statement.text);
/**
 * Words for a part in something rather than the act itself: "involvement", "role", "support",
 * "участие", "роль", "поддержка", "залучення", "удзел". A report in these words tells of a part,
 * which a denial limited in scope concedes, however broad the part ("broader involvement").
 */
const PART_WORDS = /(?<![\p{L}])(?:involvement|involved|role|support|assistance|help|участи|участь|роль|роли|поддержк|помощ|вовлеч|залуч|підтримк|допомог|удзел|ролю|падтрымк|дапамог|зaangażow|udział|wspar|pomoc|участие|подкреп)/iu;
const tellsOfAPart = (c: Claim) => PART_WORDS.test(c.statement.text);

/**
 * A denial that names whom the fire spares ("denied targeting civilians", "не наносят ударов по
 * мирным объектам", "не обстрілюють житлові квартали") concedes the strikes and denies the harm
 * to civilians: a report of strikes answers it only when it tells of civilians, homes, hospitals
 * or the dead and wounded.
 */
const CIVILIAN = /(?<![\p{L}])(?:civilians?|residential|homes?|houses?|apartments?|hospitals?|schools?|children|мирн\p{L}*|гражданск\p{L}*|жил(?:ой|ые|ых|ым|ому|ом|ая|ую|ищ\p{L}*|ьё|ья|ые)|цивільн\p{L}*|житлов\p{L}*|мірн\p{L}*|грамадзянск\p{L}*|жыл(?:ы|ыя|ых|ое|ая|ля\p{L}*)|cywil\p{L}*|mieszkaln\p{L}*|цивилн\p{L}*|жилищн\p{L}*)(?![\p{L}])/iu;
const HARM_UNITS = new Set(['killed', 'wounded', 'casualties', 'people', 'civilians', 'children']);
/** Acts of firing at something: a strike, shelling, an attack. */
export const FIRE = new Set(['strike', 'strike_infrastructure', 'shell', 'attack']);
const sparesCivilians = (c: Claim) => FIRE.has(c.act) && CIVILIAN.test(c.statement.text);
export const tellsOfHarm = (c: Claim) => CIVILIAN.test(c.statement.text) || c.statement.quantities.some((q) => HARM_UNITS.has(q.unit));

/**
 * A plan denied: the intention words the modality reads ("не планирует", "має намір", "zamierza"),
 * or a plan named as a noun ("no plans for", "нет планов", "немає наміру").
 */
const PLAN_NOUN = /(?<![\p{L}])(?:plans?|планов|планів|планаў|наміру|намеру|намерения|zamiaru)(?![\p{L}])/iu;
const deniesAPlan = (text: string) => INTENTION.test(text) || PLAN_NOUN.test(text);
const isHedged = (c: Claim) => c.statement.modality === 'possibility' || c.statement.modality === 'prediction';

/**
 * What kind of conflict two claims about the same question are, or null when they agree or
 * cannot conflict: two denials, or a denial and a report that says the same, agree; a hedged
 * denial ("no attack is likely") or a forecast affirmation ("it would be unpopular to commit
 * troops") denies or claims no act; two officials of one side are one voice.
 */
export function polarityKind(a: Claim, b: Claim): ContradictionKind | null {
  if (a.polarity === b.polarity) return null;
  if (a.voice === b.voice) {
    if (!a.speaker || a.article.url === b.article.url) return null;
    // When each was said, not what it reaches: "we will not attack" in February and "we attack" in March.
    const said = (c: Claim) => dayOf(c.statement.date) ?? dayOf(c.article.publishedAt);
    const days = daysBetween(said(a), said(b));
    if (days === null || Math.abs(days) < CHANGE_MIN_DAYS || isHedged(a) || isHedged(b)) return null;
    // A change of mind is about one act, not two of a family ("no sanctions will bend us" and
    // "the sanctions war against us" are no yes and no); in one language the two also share words.
    if (a.act !== b.act) return null;
    // The no must deny the act itself, said with its verb: "no sanctions will bend us" and
    // "nobody likes sanctions" name sanctions as a topic and deny something else about them.
    // The yes may name it ("the operation in Ukraine will continue").
    const no = a.polarity === 'deny' ? a : b;
    // A plan denied denies the act however it is named ("no plans for a new wave of mobilisation").
    if (!saysActWithVerb(no.statement.text, no.act) && !deniesAPlan(no.statement.text)) return null;
    const overlap = wordingOverlap(a, b);
    // The same act against the same named target is one topic however it is worded ("no plans
    // to attack Ukraine" in December, "a special military operation in Ukraine" in February).
    if (a.lang === b.lang && overlap < SAME_TOPIC_OVERLAP && !sameNamedTarget(a, b)) return null;
    return overlap >= SAME_REMARK_OVERLAP ? null : 'changed_position';
  }
  const [denial, affirmation] = a.polarity === 'deny' ? [a, b] : [b, a];
  if (!denial.speaker || isHedged(denial)) return null;
  if (affirmation.statement.modality === 'prediction') return null;
  // What only could happen ("missile strikes could come from Belarus") answers a denial of that
  // very act, not of a kindred one ("we are not going to attack anyone").
  if (affirmation.statement.modality === 'possibility' && denial.act !== affirmation.act) return null;
  if (isScopeLimited(denial) && (!affirmation.speaker || denial.act !== affirmation.act || tellsOfAPart(affirmation))) return null;
  if (sparesCivilians(denial) && !tellsOfHarm(affirmation)) return null;
  if (!affirmation.speaker) return affirmation.statement.modality === 'possibility' ? null : 'denial_vs_report';
  return denial.speaker.side === affirmation.speaker.side ? null : 'opposing_claims';
}
