import type { EntityIndex } from './entities';
import type { Mention } from './mentions';
import type { PredicateMatch } from './predicates';
import { LOSING } from './predicateWords/patterns';

// Verbs of taking: "take" in English, взять/узяць in Russian, Ukrainian and Belarusian. Alone they
// claim nothing ("has taken steps", "взяли паузу"); with a town or village for object they claim
// its capture ("Units of Wagner PMC have taken Blahodatne", "взяли Бахмут").
const TAKING = /(?<![\p{L}])(?:take|takes|taken|took|taking|взял[аио]?|взяв|взят[оы]?|взять|взяти|[уў]зял[аі]?|[уў]зяў|[уў]зяць|возьм\p{L}*|візьм\p{L}*|занял[аио]?|заняли|заняв|занять|займ[уёе]\p{L}*|зайняли|зайняв|зайняла|зайняти|займ[еу]\p{L}*|занялі|заняў|заняць)(?![\p{L}])/giu;
// Giving a town up: "сдали Херсон", "не отдадим Бахмут", "здали Соледар", "не віддамо Бахмут",
// "аддалі", "nie odda Donbasu", "surrendered Mariupol", "will never give up Bakhmut": a withdrawal
// from it, or, denied, a vow to hold it.
const GIVING_UP = /(?<![\p{L}])(?:surrender(?:s|ed|ing)?|(?:give|gives|gave|given|giving)\s+up|ced(?:e|es|ed|ing)|сдал[аио]?|сдали|сдать|сдад\p{L}*|сдаём|отдал[аио]?|отдали|отдать|отдад\p{L}*|здал[аио]?|здали|здати|здамо|здасть|віддал[аио]?|віддали|віддати|віддамо|віддасть|здалі|здаць|аддалі|аддаць|аддадз\p{L}*|odda(?:ć|ł|ła|li|my|dzą)?)(?![\p{L}])/giu;
// Verbs of holding in English, the Slavic languages' own (удерживать, утримувати) being a class:
// "continue to hold Bakhmut" claims the place is still held; "held talks" names no place.
const HOLDING = /(?<![\p{L}])(?:hold|holds|holding|held|retain|retains|retained|retaining)(?![\p{L}])/giu;
// Troops leaving a town ("ВСУ оставили Соледар", "ЗСУ залишили Соледар", "покинули Херсон") have
// withdrawn from it; troops going into one ("войска вошли в Купянск", "увійшли до Херсона") claim
// it. Plural forms only: an army is "они", while one person leaving or entering a town travels.
const LEAVING = /(?<![\p{L}])(?:оставили|покинули|залишили|пакінулі)(?![\p{L}])/giu;
const ENTERING = /(?<![\p{L}])(?:вошли|зашли|ввели\s+войска|увійшли|ввійшли|зайшли|увайшлі|ўвайшлі|зайшлі)(?![\p{L}])/giu;
// English "entered" says nothing of number ("Zelensky entered Kherson" visits it): troops must enter.
const TROOPS_ENTERING = /(?<![\p{L}])(?:troops|forces|soldiers|army|units|servicemen|fighters|marines|paratroopers)\s+(?:\S+\s+){0,2}?(?:entered|enter|enters|entering)(?![\p{L}])/giu;
// Between the verb and the place: a space, or "the" ("have taken the Donbas"); "в", "у", "до" after entering.
const BEFORE_OBJECT = /^\s+(?:the\s+)?$/iu;
const INTO = /^\s+(?:в|во|у|ў|до|на\s+территорию|на\s+територію|на\s+тэрыторыю)\s+$/iu;
// A town's fall, loss or taking, told as a noun, is its capture: "the fall of Soledar", "потерю
// Соледара", "падение Бахмута", "втрату Соледара", "падіння Бахмута", "падзенне Бахмута", "о взятии
// Соледара", "взяття Бахмута", "узяцце Бахмута".
const FALL_OF = /(?<![\p{L}])(?:(?:the\s+)?(?:fall|loss|capture)\s+of|потер[юяие]|утрат[аеуы]|падени[еяюи]|втрат[аиуі]|падінн(?:я|ям|і)|страт[аыу]|падзенн(?:е|я|ем|і)|взяти[еяюи]|взятт(?:я|ю|і|ям)|[уў]зяцц(?:е|я|ю|і|ем))(?![\p{L}])/giu;
// A town that falls is taken: "Soledar had fallen", "Херсон пал", "Соледар впав", "Бахмут упаў".
const FALLEN_AFTER_PLACE = /^\s+(?:(?:has|had|have)\s+)?(?:fallen|fell|пал|пала|пали|впав|впала|упав|упала|упаў)(?![\p{L}])/iu;
// Control of a town lost: "потерял контроль над Соледаром", "втратили контроль над", "lost control of Soledar".
const LOST_CONTROL = new RegExp(`(?<![\\p{L}])(?:(?:lost|lose|loses|losing)\\s+control\\s+(?:of|over)|(?:${LOSING})\\s+(?:контроль|кантроль)\\s+над)(?![\\p{L}])`, 'giu');
const VERBS = [[TAKING, 'occupy', BEFORE_OBJECT], [LOST_CONTROL, 'withdraw', BEFORE_OBJECT], [FALL_OF, 'occupy', BEFORE_OBJECT], [HOLDING, 'hold', BEFORE_OBJECT], [LEAVING, 'withdraw', BEFORE_OBJECT], [GIVING_UP, 'withdraw', BEFORE_OBJECT], [ENTERING, 'occupy', INTO], [TROOPS_ENTERING, 'occupy', BEFORE_OBJECT]] as const;

/**
 * A capture told with a verb of taking and a place for object, as the class `occupy` with the
 * verb as its words (a place held, left or entered: `hold`, `withdraw`, `occupy`), or null. `mentions` are the claim's, with
 * offsets in `claimText`.
 */
export function placeTaken(claimText: string, mentions: Mention[], index: EntityIndex): PredicateMatch | null {
  for (const place of mentions) {
    const fell = index.typeOf(place.entityId) === 'place' ? FALLEN_AFTER_PLACE.exec(claimText.slice(place.end)) : null;
    if (fell) return { predicate: 'occupy', start: place.end + fell[0].length - fell[0].trimStart().length, end: place.end + fell[0].length, kind: 'class', negated: false, actor: null };
  }
  // The verbs need a place for object: a claim that names none is not scanned with them.
  if (!mentions.some((m) => index.typeOf(m.entityId) === 'place')) return null;
  for (const [verbs, predicate, between] of VERBS) {
    for (const verb of claimText.matchAll(verbs)) {
      const end = verb.index + verb[0].length;
      const object = mentions.find((m) => m.start > end && m.start <= end + 20 && between.test(claimText.slice(end, m.start)));
      if (object && index.typeOf(object.entityId) === 'place') {
        return { predicate, start: verb.index, end, kind: 'class', negated: false, actor: null };
      }
    }
  }
  return null;
}
