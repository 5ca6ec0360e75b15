import { saidAsDenial } from './attribution';
import type { EntityIndex } from './entities';
import { enclosingEntries, gazetteerEntry, holdsOnlyInternationalOffice } from './gazetteer';
import type { Mention } from './mentions';
import type { PredicateMatch } from './predicates';
import { TARGET_MARK } from './claimPlaces';
import { CAPITALS, nearestPersonBefore, type Speaker } from './speakers';
import type { Claim } from './statements';
import { victimAfter, victimBefore } from './victimPassive';

/** A mention with offsets relative to the claim text. */
export type LocalMention = Mention;

const ACTOR_TYPES = new Set(['person', 'country', 'organization', 'unit']);
/** Acts whose origin is their author: "missiles were fired into Ukraine from Belarus". */
const FROM_IS_ORIGIN = new Set(['strike', 'attack', 'invade', 'join_war']);

interface SubjectContext {
  claimText: string;
  claim: Claim;
  predicate: PredicateMatch | null;
  mentions: LocalMention[];
  clauseStart: number;
  clauseEnd: number;
  speaker: Speaker | null;
  index: EntityIndex;
  text: string;
}

/** "Nobody is attacking Russia", "никто не нападает", "ніхто не збирається" (uk, be): no one acts. */
const NOBODY = /(?<![\p{L}])(?:nobody|no one|no-one|никто|ніхто|нікто|nikt|никой)(?![\p{L}])[^,;:]{0,30}$/iu;

/**
 * Who does what the claim says, in order of evidence: the actor the predicate phrase names
 * ("involvement of the Belarusian army"), the territory a launch pad is made of, the actor
 * in the predicate's clause before it, "we"/"he" resolved, a passive agent ("by Russia") or
 * origin ("from Belarus"), any actor before the predicate, and last the speaker's country
 * (a minister's "this force grouping" is his country's). "Nobody" before the predicate is no one.
 */
export function pickSubject(ctx: SubjectContext): string | null {
  const { claimText, predicate, mentions, clauseStart, index } = ctx;
  if (predicate && NOBODY.test(claimText.slice(clauseStart, predicate.start))) return null;
  // A source set off inside the sentence ("Российские войска, как сообщает ТАСС, отступили") speaks; it does not act.
  const source = ctx.speaker?.entityId;
  // "The poisoning of Navalny": the victim named after the act is not who did it.
  const victimNamedAfter = predicate ? victimAfter(claimText, predicate, mentions, (id) => index.typeOf(id) === 'person') : null;
  const actors = mentions.filter((m) => ACTOR_TYPES.has(index.typeOf(m.entityId)) && m.entityId !== source && m.entityId !== victimNamedAfter);
  const at = predicate?.start ?? 0;
  const named = predicate?.actor ? actors.find((m) => m.start >= (predicate.actor?.start ?? 0) && m.end <= (predicate.actor?.end ?? 0)) : undefined;
  const inClause = actors.filter((m) => m.start >= clauseStart && m.end <= at && canBeSubject(claimText, m));
  const beforePredicate = actors.filter((m) => m.end <= at && canBeSubject(claimText, m));
  // "Navalny had been poisoned", "Навального отравили": the person is the victim; only an agent ("by ...") did it.
  const victim = predicate ? victimBefore(claimText, predicate, mentions, (id) => index.typeOf(id) === 'person') : null;
  if (victim) return named?.entityId ?? agentAfter(ctx, actors.filter((m) => m.entityId !== victim)) ?? null;
  return named?.entityId
    ?? enemyOfSpeaker(ctx, inClause)
    ?? ownCountryAsOrigin(ctx)
    ?? launchPadTerritory(ctx, actors)
    ?? relativeClauseHead(ctx, actors)
    ?? capitalsForces(ctx)
    ?? inClause[inClause.length - 1]?.entityId
    ?? impliedSubject(ctx)
    ?? agentAfter(ctx, actors)
    ?? beforePredicate[beforePredicate.length - 1]?.entityId
    // A country named inside the predicate's own words is its object ("не порушували російський
    // кордон", "удар по Киеву"), not who acts; nor is one after it that says where ("targeting
    // civilians in Ukraine", "удары по объектам на Украине"), nor, in English, the name right
    // after the verb ("attacking Russia").
    ?? actors.find((m) => !predicate || m.end <= predicate.start || (m.start >= predicate.end && !namesWhomOrWhere(claimText, predicate, m)))?.entityId
    ?? speakerCountryAsActor(ctx);
}

/**
 * The invader by the defenders' name for it: "the occupiers", "окупанти", "оккупанты", "рашисти",
 * "акупанты", "okupanci", "окупаторите", "оккупационные власти". Russia's, whoever names them; the
 * matcher gives a speaker so named Russia's side too (match/actors.ts).
 */
export const INVADER_STEMS = 'occupiers|invaders|окупант|оккупант|акупант|okupan|окупатор|рашист|загарбник|оккупацион|окупаційн|акупацыйн|okupacyjn';
/** "The enemy", as each side's officials call the other: "ворог", "враг", "противник", "вораг", "wróg", "врагът"; or the invader. */
const ENEMY = new RegExp(`(?<![\\p{L}])(?:the\\s+enemy|enemy\\s+(?:forces|troops)|вор[оа]г\\p{L}*|враг\\p{L}*|противник\\p{L}*|wr[óo]g\\p{L}*|(?:${INVADER_STEMS})\\p{L}*)(?![\\p{L}])`, 'iu');
const INVADER = new RegExp(`^(?:${INVADER_STEMS})`, 'iu');
/** Each side's enemy in this war. */
const ENEMY_OF: Record<string, string> = { 'country:UA': 'country:RU', 'country:RU': 'country:UA' };

/**
 * The enemy as the one who acts, before the predicate in its clause and with no actor named there:
 * for a Ukrainian official "ворог випустив 40 ракет" is Russia's act, for a Russian one "противник
 * атаковал" is Ukraine's. The occupiers are Russia's forces whoever names them.
 */
function enemyOfSpeaker(ctx: SubjectContext, namedInClause: LocalMention[]): string | null {
  if (!ctx.predicate || namedInClause.length) return null;
  const before = ctx.claimText.slice(ctx.clauseStart, ctx.predicate.start);
  const enemy = ENEMY.exec(before);
  if (!enemy) return null;
  if (INVADER.test(enemy[0])) return 'country:RU';
  const own = speakerCountry(ctx.speaker);
  return own ? ENEMY_OF[own] ?? null : null;
}

/** Acts that harm whoever they fall on: a strike, a shelling, an attack, the dead and wounded. */
const HARMFUL = new Set(['strike', 'strike_infrastructure', 'shell', 'attack', 'casualties', 'explode']);
/**
 * Acts that fall on a country or a place of it, never done by that country to itself: harms, an
 * invasion, a border crossed (taking or holding a place is not: a side retakes and holds its own towns).
 */
const FALLS_ON = new Set([...HARMFUL, 'invade', 'violate_border']);
/** The sides of this war and whom each fights (Belarus as the ground the invasion of Ukraine came from). */
const OPPONENTS: Record<string, string[]> = { 'country:RU': ['country:UA'], 'country:UA': ['country:RU'], 'country:BY': ['country:UA'] };
/** Acts of war: a side's own, never those of a country that only speaks of the war. */
const ACTS_OF_WAR = new Set([...FALLS_ON, 'encircle', 'withdraw', 'hold', 'shoot_down']);

/**
 * The speaker's country as who acts, unless the act falls on that country ("Во время удара по
 * Харькову погибли три человека, сообщил Синегубов", "вторгнення в Україну" in Zelensky's mouth):
 * the official tells what was done to his side, so his country is the victim; nor, for an
 * invasion, when the country it falls on is not his country's enemy ("Вторжение в Ирак
 * было ошибкой, заявил Лавров"). Acts of war are a side's: a country outside the war quoted on
 * them is not their doer; and a side does not arm its enemy. The claim names no actor rather
 * than the wrong one.
 */
function speakerCountryAsActor(ctx: SubjectContext): string | null {
  const country = speakerCountry(ctx.speaker);
  const act = ctx.predicate?.predicate;
  if (!country || !act) return country;
  const opponents = OPPONENTS[country];
  // "Песков заявил, что Вашингтон поставил Киеву новое оружие": a side does not arm its enemy.
  if (act === 'supply_weapons') return opponents && ctx.mentions.some((m) => m.start >= (ctx.predicate?.start ?? 0) && ofCountry(m.entityId, opponents)) ? null : country;
  if (!ACTS_OF_WAR.has(act)) return country;
  // "Ukraine denied shelling the prison in Olenivka", "отрицает обстрел колонии": the act denied
  // as the denial's very object is the speaker's side's, wherever it fell ("denied that anyone
  // died in the strike on Kharkiv" denies another clause).
  if (saidAsDenial(ctx.claim.said) && ctx.predicate && ctx.claimText.slice(0, ctx.predicate.start).trim() === '') return country;
  // "A US official said the shelling of Kharkiv went on", "Macron said the troops had withdrawn":
  // a country outside the war speaks of the sides' acts, not of its own.
  if (!opponents) return null;
  if (!FALLS_ON.has(act)) return country;
  const harmsOwn = ctx.mentions.some((m) => (ctx.index.typeOf(m.entityId) === 'place' && m.entityId !== country
    && enclosingEntries(m.entityId).some((entry) => entry.id === country)) || (m.entityId === country && fallsOn(ctx, m)));
  if (harmsOwn) return null;
  const foreign = act === 'invade' && ctx.mentions.some((m) => ctx.index.typeOf(m.entityId) === 'country' && fallsOn(ctx, m)
    && !(OPPONENTS[country] ?? []).includes(m.entityId));
  return foreign ? null : country;
}

/** The country or a place in it: "Киеву" is Ukraine's. */
const ofCountry = (id: string, countries: string[]) => countries.includes(id) || enclosingEntries(id).some((entry) => countries.includes(entry.id));

/** A name after the act in its clause, marked as what the act falls on: "вторгнення в Україну", "the attack on Ukraine" (not "to protect Russian-speakers"). */
function fallsOn({ claimText, predicate, clauseEnd }: SubjectContext, m: LocalMention): boolean {
  if (!predicate || m.start < predicate.start || m.end > clauseEnd) return false;
  return m.start < predicate.end || TARGET_MARK.test(claimText.slice(Math.max(predicate.start, m.start - 12), m.start));
}

const LATIN_WORD = /^[a-z][a-z'’ -]*$/i;

/**
 * A name after the predicate that is not who acts: in English the name right after the verb
 * ("attacking Russia" names whom; a Slavic name there may be the agent, "обстріли російськими
 * військами"), or a name after a preposition of place.
 */
function namesWhomOrWhere(claimText: string, predicate: PredicateMatch, m: LocalMention): boolean {
  const object = m.start <= predicate.end + 1 && LATIN_WORD.test(claimText.slice(predicate.start, predicate.end));
  return object || aimedAt(claimText, predicate, m) || WHERE_BEFORE.test(claimText.slice(Math.max(0, m.start - 12), m.start)) || OWNED_BEFORE.test(claimText.slice(Math.max(0, m.start - 40), m.start));
}

/** Acts aimed at what they fall on. */
export const AIMED = new Set(['invade', 'occupy', 'encircle', 'attack', 'strike', 'strike_infrastructure', 'shoot_down']);
/** Right after the act, or ending its words, the mark of what it is aimed at: "the attack on Ukraine", "удари по Україні", "strikes against". */
const AIMED_AT = /(?<![\p{L}])(?:on|upon|against|into|по|па|против|проти|супраць|przeciw|przeciwko|срещу)\s+(?:the\s+)?$/iu;
/** "The invasion of Iraq", "the occupation of Crimea": of an act against a land, "of" names the land ("the attack of Russian troops" names who attacked). */
const LAND_OF = new Set(['invade', 'occupy']);
const OF = /^\s*of\s+(?:the\s+)?$/iu;

/** A name right after an act and the mark of what it is aimed at is its target, not who does it: "the invasion of Iraq", "the attack on Ukraine". */
function aimedAt(claimText: string, predicate: PredicateMatch, m: LocalMention): boolean {
  if (!AIMED.has(predicate.predicate) || m.start < predicate.end) return false;
  const between = claimText.slice(predicate.end, m.start);
  if (between.trim().split(/\s+/).length > 2) return false;
  return AIMED_AT.test(claimText.slice(predicate.start, m.start)) || (LAND_OF.has(predicate.predicate) && OF.test(between));
}

/**
 * A country named as the owner of a border, a territory or waters is what was crossed, not who
 * crossed it: "не порушували кордону Росії", "нарушили границу России", "violated the borders of Russia".
 */
const OWNED_BEFORE = /(?<![\p{L}])(?:кордон\p{L}*|границ\p{L}*|мяж\p{L}*|територі\p{L}*|территори\p{L}*|тэрыторы\p{L}*|воздушно\p{L}*\s+пространств\p{L}*|повітрян\p{L}*\s+прост\p{L}*|паветран\p{L}*\s+прастор\p{L}*|(?:territorial\s+)?waters|airspace|borders?|territory|granic\p{L}*)(?:\s+(?:of|the))*\s+$/iu;

/**
 * A preposition of place just before a name, with a part of the country between them or not:
 * the name says where, not who ("in Ukraine", "in eastern Ukraine", "на востоке Украины", "на
 * сході України", "у Беларусі", "we wschodniej Ukrainie").
 */
const WHERE_BEFORE = /(?<![\p{L}])(?:(?:in|inside|across|throughout|within)\s+(?:(?:the\s+)?(?:eastern|western|northern|southern|central|north-eastern|north-western|south-eastern|south-western|northeastern|northwestern|southeastern|southwestern|occupied)\s+)?|(?:в|во|ва|у|ў|на)\s+(?:(?:востоке|западе|юге|севере|центре|сході|заході|півдні|півночі|центрі|усходзе|ўсходзе|захадзе|поўдні|поўначы|цэнтры|востока|изток|запад|юг|север)\s+)?|(?:w|we)\s+(?:(?:wschodniej|zachodniej|północnej|południowej|środkowej)\s+)?)$/iu;

/** Acts a state does, whoever announces them: troops, weapons, forces sent or moved from a country. */
const STATE_ACTS = new Set(['send_troops', 'supply_weapons', 'deploy', 'station_nuclear', 'join_war', 'invade']);
// "from his country", "from our own country", "из своей страны", "зі своєї країни", "са сваёй краіны", "z naszego kraju".
const FROM_OWN_COUNTRY = /(?<![\p{L}])(?:from\s+(?:his|her|its|their|our)\s+(?:own\s+)?(?:country|territory)|из\s+(?:своей|нашей|его|её)\s+(?:страны|территории)|з(?:і)?\s+(?:своєї|нашої|його|її)\s+(?:країни|території)|з\s+(?:сваёй|нашай|ягонай)\s+(?:краіны|тэрыторыі)|са\s+(?:сваёй|нашай)\s+(?:краіны|тэрыторыі)|z\s+(?:naszego|swojego|jego)\s+kraju|от\s+(?:своята|нашата)\s+страна)(?![\p{L}])/iu;

/** "no intention of sending troops from his country": the act is the speaker's country's, not his own. */
function ownCountryAsOrigin({ claimText, predicate, speaker }: SubjectContext): string | null {
  if (!predicate || !STATE_ACTS.has(predicate.predicate) || !speaker) return null;
  return FROM_OWN_COUNTRY.test(claimText.slice(predicate.start)) ? speakerCountry(speaker) : null;
}

/** "used Belarus as a launching pad", "Belarus, which Putin has used as a staging ground". */
function launchPadTerritory({ claimText, predicate }: SubjectContext, actors: LocalMention[]): string | null {
  if (!predicate || !/launch|staging/i.test(claimText.slice(predicate.start, predicate.end))) return null;
  const used = actors.find((m) => m.end <= predicate.start && /\bused\s+(?:the\s+)?$/i.test(claimText.slice(Math.max(0, m.start - 12), m.start)));
  if (used) return used.entityId;
  const which = claimText.slice(0, predicate.start).search(/,\s*which\s/i);
  if (which < 0) return null;
  const before = actors.filter((m) => m.end <= which);
  return before[before.length - 1]?.entityId ?? null;
}

// "Moscow's forces", "Kyiv’s troops": a capital's forces are its country's.
const FORCES_OF = /^['’]s\s+(?:[\p{L}-]+\s+)?(?:forces|troops|army|military|soldiers|units|fighters|servicemen)(?![\p{L}])/u;

/** "Moscow’s forces were in control of all access roads": the capital stands for its country. */
function capitalsForces({ claimText, predicate, mentions, clauseStart }: SubjectContext): string | null {
  const at = predicate?.start ?? claimText.length;
  const capital = mentions.filter((m) => m.start >= clauseStart && m.end <= at && CAPITALS[m.entityId] && FORCES_OF.test(claimText.slice(m.end)));
  return capital.length > 0 ? CAPITALS[capital[capital.length - 1]!.entityId]! : null;
}

/** "Sergei Shoigu, who signed an agreement": the relative pronoun stands for the name before it. */
function relativeClauseHead({ claimText, clauseStart, predicate }: SubjectContext, actors: LocalMention[]): string | null {
  if (!predicate || !/,\s*who\s*$/i.test(claimText.slice(0, clauseStart))) return null;
  if (claimText.slice(clauseStart, predicate.start).trim().split(/\s+/).length > 4) return null;
  const before = actors.filter((m) => m.end <= clauseStart);
  return before[before.length - 1]?.entityId ?? null;
}

/** "annexation of their country by Russia", "fired into Ukraine from Belarus" (no actor before the verb). */
function agentAfter({ claimText, predicate, clauseEnd }: SubjectContext, actors: LocalMention[]): string | null {
  if (!predicate) return null;
  const after = actors.filter((m) => m.start >= predicate.end && m.start < clauseEnd);
  const by = after.find((m) => /\bby\s+(?:the\s+)?$/i.test(claimText.slice(Math.max(0, m.start - 8), m.start)));
  if (by) return by.entityId;
  if (!FROM_IS_ORIGIN.has(predicate.predicate)) return null;
  return after.find((m) => /\bfrom\s+(?:the\s+)?$/i.test(claimText.slice(Math.max(0, m.start - 10), m.start)))?.entityId ?? null;
}

export function speakerCountry(speaker: Speaker | null): string | null {
  if (speaker && !speaker.entityId) return speaker.countryId ?? null;
  // The IAEA's head speaks of the plant, not for Argentina.
  if (speaker?.entityId && holdsOnlyInternationalOffice(speaker.entityId)) return null;
  // "Ukraine denied ...": a country speaks for itself.
  if (speaker?.entityId?.startsWith('country:')) return speaker.entityId;
  const country = speaker?.entityId ? gazetteerEntry(speaker.entityId)?.country : undefined;
  return country && gazetteerEntry(`country:${country}`) ? `country:${country}` : null;
}

// A name after a preposition is not who acts: "from Belarus", "с территории Белоруссии", "на Україну", "przeciw Rosji".
const OBLIQUE = /(?<![\p{L}])(?:of|by|with|from|to|into|against|on|на|в|во|ва|у|ў|из|с|со|з|із|зі|от|від|ад|до|к|ко|для|против|проти|супраць|по|па|при|о|об|про|под|під|над|w|we|z|ze|od|do|na|przeciw|przeciwko|dla|przez|за|през|към|срещу|от)\s+(?:the\s+)?$/iu;

/** "Russia's closest ally" and "elements of the Belarusian army" name a modifier, not who acts. */
function canBeSubject(claimText: string, mention: { start: number; end: number }): boolean {
  const after = claimText.slice(mention.end, mention.end + 2);
  const before = claimText.slice(Math.max(0, mention.start - 12), mention.start);
  return !/^['’]/.test(after) && !OBLIQUE.test(before);
}

const WE = /(?<![\p{L}])(?:we|us|our|мы|нас|нам|наш\p{L}*|ми|нас|наш\p{L}*|my|nas|nasz\p{L}*|ние|нашите|нашата|нашия)(?![\p{L}])/iu;
const I = /^(?:i|я|ja|аз)$/iu;
// "Не собираемся нападать", "не маємо наміру", "Nie zamierzamy atakować": a verb in the first
// person plural with no pronoun, before an infinitive or an intention noun.
const FIRST_PLURAL_OPENING = /^(?:(?:не|ні|nie)\s+)?\p{L}{3,}(?:емся|имся|ёмся|ем|ём|им|емо|имо|ємо|їмо|аем|яем|аємо|яємо|аем|amy|emy|imy|ymy)\s+(?:\p{L}+(?:ть|ти|тися|ться|ć|аць|яць|ці)|наміру|намеру|намерения|планов|планів|zamiaru|planów)(?![\p{L}])/iu;
const POSSESSIVE_OF_SPEAKER = /^(?:its|their)$/iu;
const HE_SHE = /^(?:he|she|он|она|він|вона|ён|яна|on|ona|той|тя)$/iu;

/** Speech verbs whose object may be a gerund: "admitted", "acknowledged", "denied", "conceded". */
const GERUND_OBJECT_VERB = /^(?:acknowledg|admit|den[iy]|conced)\p{L}*$/iu;
/** An English gerund: "stepping", "targeting" (not "thing", "king", "during"). */
const GERUND = /^(?!(?:during|according|nothing|something|everything|anything|morning|evening|including|regarding|concerning|following|pending|building|meeting|ceiling|wedding|warning|briefing|bombing|shelling|fighting|killing|shooting|uprising|spring|string|sibling|darling|offspring|ring|king|sing|thing|wing)$)[a-z]{3,}[^aeiou]?ing$/;

/** "We ..." in a minister's mouth is his country; "he ..." is the speaker or the last person named. */
function impliedSubject({ claimText, claim, speaker, index, text, predicate }: SubjectContext): string | null {
  // The trailing run of non-letters starts at the word's start or after a letter: without the
  // lookbehind the regex retried every position of a word of 20,000 quote marks (quadratic).
  const firstWord = (claimText.split(/\s+/)[0] ?? '').toLowerCase().replace(/(?<=^|\p{L})[^\p{L}]+$/u, '');
  const selfBeforeVerb = WE.test(claimText.slice(0, predicate?.start ?? claimText.length)) || FIRST_PLURAL_OPENING.test(claimText);
  if ((WE.test(firstWord) || selfBeforeVerb) && speaker?.entityId) {
    return speakerCountry(speaker) ?? speaker.entityId;
  }
  if (I.test(firstWord) && speaker?.entityId) return speaker.entityId;
  // "Ukraine's military said its forces drove back an assault": in reported speech "its" and
  // "their" are the speaker's own, whoever the clause names after the verb.
  if (POSSESSIVE_OF_SPEAKER.test(firstWord) && claim.attribution === 'indirect' && speaker?.entityId) {
    return speakerCountry(speaker) ?? speaker.entityId;
  }
  // "acknowledged “stepping back” from Soledar", "denied targeting civilians": after a verb that
  // takes a gerund for object, the gerund is what the speaker itself did ("warned that providing
  // weapons would ..." makes the gerund a clause's subject, done by others).
  if (GERUND.test(firstWord.replace(/^[^\p{L}]+/u, '')) && GERUND_OBJECT_VERB.test(claim.said?.verb ?? '') && speaker) {
    return speakerCountry(speaker) ?? speaker.entityId;
  }
  if (firstWord === 'his' || firstWord === 'her') return nearestPersonBefore(index, text, claim.start, firstWord === 'his' ? 'he' : 'she')?.entityId ?? null;
  if (HE_SHE.test(firstWord)) {
    if (claim.attribution === 'indirect' && speaker?.entityId) return speaker.entityId;
    return nearestPersonBefore(index, text, claim.start, firstWord)?.entityId ?? null;
  }
  return null;
}
