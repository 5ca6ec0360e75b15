import type { EntityIndex } from './entities';
import type { Speaker } from './speakers';
import { speakerCountry, type LocalMention } from './subjects';

// Where a claim's act happens and what it is aimed at, from the prepositions before the names
// in English, Russian, Ukrainian, Belarusian, Polish and Bulgarian.

const OWN_COUNTRY = /(?<![\p{L}])(?:(?:their|its|our|his|her) country|(?:сво|наш)\p{L}* (?:стран|краї?н|краін)\p{L}*|сва\p{L}* краін\p{L}*|(?:sw|nasz)\p{L}* kraj\p{L}*)(?![\p{L}])/iu;

/** "a stealth annexation of their country", in the mouth of "the Belarus opposition". */
export function ownCountry(afterPredicate: string, speaker: Speaker | null): string | null {
  return OWN_COUNTRY.test(afterPredicate) ? speakerCountry(speaker) : null;
}

export const LOCATIVE = /(?<![\p{L}])(?:in|to|at|near|into|inside|outside|around|across|over|в|во|ва|на|у|ў|под|возле|около|близ|вблизи|біля|поблизу|під|каля|ля|w|we|na|pod|koło|pobliżu|край|близо до|до)\s+(?:the\s+)?$/iu;
export const BACKGROUND = /(?<![\p{L}])(?:amid|amidst|despite|на фоне|несмотря на|на тлі|попри|незважаючи на|на фоне|нягледзячы на|na tle|pomimo|mimo|на фона на|въпреки)(?![\p{L}])/iu;

/**
 * Where the claim's act happens: places and countries after "in", "to", "at", "near", cities
 * first. "ties to Moscow's army", "from Belarus" and "Minsk's" are not where it happens.
 */
export function locativePlaces(claimText: string, mentions: LocalMention[], index: EntityIndex): string[] {
  const locative = mentions.filter((m) => LOCATIVE.test(claimText.slice(Math.max(0, m.start - 12), m.start)) && !/^['’]/.test(claimText.slice(m.end, m.end + 1)));
  const cities = locative.filter((m) => index.typeOf(m.entityId) === 'place');
  const countries = locative.filter((m) => index.typeOf(m.entityId) === 'country');
  return [...cities, ...countries].map((m) => m.entityId);
}

export const TARGET_MARK = /(?<![\p{L}])(?:into|on|against|to|at|in|of|near|на|в|во|ва|против|по|под|около|возле|проти|у|під|біля|поблизу|супраць|па|каля|na|w|przeciw|przeciwko|do|pod|koło|срещу|към|край)(?:\s+(?:…|\.{3}))?\s+(?:the\s+)?$/iu;
const ORIGIN_MARK = /(?<![\p{L}])(?:from|из|со|с|з|із|зі|від|ад|са|z|ze|od|от|откъм)\s+(?:the\s+)?$/iu;

// The predicate's words may end with the settlement taken ("captured a village").
const PREDICATE_TAIL = 24;
/**
 * An unnamed settlement placed by a named one: "captured a village on the northern outskirts of
 * Bakhmut", "заняли село под Бахмутом", "захопили селище біля Бахмута". The named town is where
 * the village is, not what was taken.
 */
const NEARBY_SETTLEMENT = String.raw`(?<![\p{L}])(?:village|town|settlement|hamlet|locality|село|селе|сёла|селище|посёлок|поселок|населённый пункт|населенный пункт|населений пункт|вёск\p{L}*|пасёлак|wieś|wsi|wioskę|miejscowość|селото)(?![\p{L}])[^,.;:]{0,40}(?<![\p{L}])(?:near|outside|outskirts of|north of|south of|east of|west of|под|около|возле|недалеко от|вблизи|біля|поблизу|під|неподалік|каля|непадалёк ад|pod|koło|niedaleko|край|близо до)`;
const REFERENCE_POINT = new RegExp(`${NEARBY_SETTLEMENT}\\s+(?:the\\s+)?$`, 'iu');
const NEARBY_SETTLEMENT_ANYWHERE = new RegExp(NEARBY_SETTLEMENT, 'iu');
/** The claim speaks of an unnamed settlement near a named place ("a village near Bakhmut"). */
export const namesNearbySettlement = (text: string) => NEARBY_SETTLEMENT_ANYWHERE.test(text);

const PASSIVE_AUXILIARY = /(?<![\p{L}])(?:was|were|been|is|are|being)\s+(?:\p{L}+ly\s+)?$/iu;
/** A place taken, said in the passive: English participles after an auxiliary, Slavic short participles alone. */
const TAKEN_PARTICIPLE = /^(?:(?:captured|taken|seized|liberated|retaken|recaptured)(?![\p{L}])|(?:захвачен|освобожд[её]н|звільнен|захоплен|вызвален)\p{L}*|(?:взят|занят|узят)[аоы]?(?![\p{L}]))/iu;

/**
 * "The village of Blahodatne, which lies north of Bakhmut, was captured", "Соледар был полностью
 * освобождён", "Херсон звільнено": in the passive the place taken comes before the verb, the
 * first place the claim names (a place in a clause about it, "north of Bakhmut", only says where it is).
 */
export function passiveTarget(claimText: string, predicate: { start: number; end: number }, mentions: LocalMention[], isPlace: (id: string) => boolean): string | null {
  // The whole word: a pattern may stop inside it ("captur(?:e|ed)" matches "capture" of "captured").
  const verb = /^\p{L}+/u.exec(claimText.slice(predicate.start))?.[0] ?? '';
  if (!TAKEN_PARTICIPLE.test(verb)) return null;
  if (/^[a-z]/i.test(verb) && !PASSIVE_AUXILIARY.test(claimText.slice(0, predicate.start))) return null;
  return mentions.find((m) => m.end <= predicate.start && isPlace(m.entityId))?.entityId ?? null;
}

/** Where a claim's target stands: "fired into Ukraine", "sending troops to Belarus", "attack on Kyiv". */
export function pickTarget(claimText: string, predicateEnd: number, mentions: LocalMention[], subjectId: string | null, aimed = false): string | null {
  // "runs Belarus": the object right after the verb, even when it is the subject's own country;
  // of an act aimed at another, not the subject itself in the genitive after its noun when the
  // next words name another ("вторгнення Росії в Україну", "взятие Россией Соледара").
  const another = (self: LocalMention) => mentions.some((m) => m.start > self.end && m.entityId !== subjectId && /^\s+(?:\p{L}+\s+)?$/u.test(claimText.slice(self.end, m.start)));
  const object = mentions.find((m) => m.start >= predicateEnd && m.start <= predicateEnd + 1 && !(aimed && m.entityId === subjectId && another(m)));
  if (object) return object.entityId;
  const after = mentions.filter((m) => m.start >= predicateEnd && m.entityId !== subjectId && !REFERENCE_POINT.test(claimText.slice(Math.max(0, predicateEnd - PREDICATE_TAIL), m.start)));
  const marked = after.find((m) => TARGET_MARK.test(claimText.slice(Math.max(0, m.start - 12), m.start))
    && !ORIGIN_MARK.test(claimText.slice(Math.max(0, m.start - 10), m.start)));
  return (marked ?? after[0])?.entityId ?? null;
}

