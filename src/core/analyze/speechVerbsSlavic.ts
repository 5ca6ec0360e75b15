// Speech and denial verbs of Russian, Ukrainian, Belarusian, Bulgarian and Polish copy, as
// regex fragments: a stem with the endings news copy uses (past by gender and number, present
// third person, the adverbial participle "заявив"). One list per language keeps each readable;
// they are joined into one alternation, since Belarusian copy is often detected as Russian.

/** Russian past in -л/-ла/-ло/-ли plus the adverbial participle in -в. */
const ru = (stem: string) => `${stem}(?:л[аои]?|в)`;
/** Ukrainian past in -в/-ла/-ло/-ли. */
const uk = (stem: string) => `${stem}(?:в|л[аои])`;
/** Belarusian past in -ў/-ла/-ло/-лі. */
const be = (stem: string) => `${stem}(?:ў|л[аоі])`;
/** Polish past in -ł/-ła/-ło/-li/-ły. */
const pl = (stem: string) => `${stem}(?:ł[aoy]?|li)`;

export const SLAVIC_DENIAL_VERBS = [
  'опроверг(?:ла|ли|ло|нул[аои]?)?', 'опроверга(?:ет|ют|л[аои]?)', 'отрица(?:ет|ют|л[аои]?|я)', 'отверг(?:ла|ли|ло)?', 'отверга(?:ет|ют)', 'отклони(?:л[аои]?|в)',
  'спростува(?:в|л[аои])', 'спростову(?:є|ють|вав|вала)', 'запереч(?:ує|ують|ив|ила|или|ило|ував|увала|уючи)', 'відкину(?:в|л[аои])', 'відхили(?:в|л[аои])',
  'абверг(?:ла|лі|ло)?', 'абвергну(?:ў|л[аоі])', 'адмаўля(?:е|юць|ў|ла)', 'адхілі(?:ў|л[аоі])',
  'отрече(?:ха)?', 'отрекоха', 'отрек(?:ъл|л[аи])', 'отрича(?:т)?', 'отхвърли(?:ха|л[аи]?)?', 'отхвърля(?:т)?', 'опроверга(?:ха|л[аи]?)?', 'опровергава(?:т)?',
  'zaprzeczy(?:ł[aoy]?|li)', 'zaprzecza(?:ją)?', 'zdementowa(?:ł[aoy]?|li)', 'odrzuci(?:ł[aoy]?|li)',
];

export const SLAVIC_SPEECH_VERBS = [
  ...['заяви', 'сказа', 'сообщи', 'отмети', 'подчеркну', 'добави', 'поясни', 'уточни', 'призна', 'рассказа', 'написа', 'завери',
    'пообеща', 'предупреди', 'подтверди', 'объяви', 'указа', 'констатирова', 'настоя', 'пригрози', 'обвини'].map(ru),
  'заявля(?:ет|ют|л[аои]?)', 'сообща(?:ет|ют|л[аои]?)', 'отмеча(?:ет|ют)', 'подчеркива(?:ет|ют)', 'утвержда(?:ет|ют|л[аои]?)',
  'заверя(?:ет|ют)', 'подтвержда(?:ет|ют)', 'предупрежда(?:ет|ют)', 'обеща(?:ет|ют)', 'настаива(?:ет|ют|л[аои]?)',
  'говор(?:ит|ят|ил[аои]?)', 'пиш(?:ет|ут)', 'переда(?:ет|ют|л[аои]?)', 'счита(?:ет|ют)', 'полага(?:ет|ют)', 'уверен[аы]?',
  ...['заяви', 'сказа', 'повідоми', 'зазначи', 'наголоси', 'підкресли', 'дода', 'поясни', 'уточни', 'визна', 'розпові', 'написа',
    'запевни', 'пообіця', 'попереди', 'підтверди', 'оголоси', 'вказа', 'пригрози', 'звинувати', 'каза'].map(uk),
  'заявля(?:є|ють)', 'повідомля(?:є|ють)', 'зазнача(?:є|ють)', 'наголошу(?:є|ють)', 'стверджу(?:є|ють|вав|вала|вали)',
  'запевня(?:є|ють)', 'підтверджу(?:є|ють)', 'каж(?:е|уть)', 'говори(?:ть|в|л[аи])', 'пиш(?:е|уть)', 'переда(?:є|ють)', 'вважа(?:є|ють)',
  ...['заяві', 'сказа', 'паведамі', 'адзначы', 'падкрэслі', 'дада', 'растлумачы', 'напіса', 'запэўні', 'паабяца', 'пацвердзі',
    'абвясці', 'папярэдзі', 'расказа', 'каза'].map(be),
  'распав(?:ёў|яла|ялі|ядае|ядаюць)', 'паведамля(?:е|юць)', 'сцвярджа(?:е|юць)', 'кажа', 'кажуць', 'лічы(?:ць|ць)', 'піша', 'пішуць',
  // Bulgarian: the aorist ("заяви", "заявиха"), the perfect's participle ("е заявил", "са обявили") and the present.
  ...['заяви', 'каза', 'съобщи', 'отбеляза', 'подчерта', 'добави', 'обясни', 'потвърди', 'уточни', 'предупреди', 'обяви', 'посочи',
    'допълни', 'увери', 'призна', 'настоя', 'обеща', 'написа', 'информира', 'коментира', 'обвини'].map((stem) => `${stem}(?:ха|л[аи]?)?`),
  'твърд(?:и|ят|ял[аи]?)', 'смята(?:т)?', 'съобщава(?:т)?', 'заявява(?:т)?', 'казва(?:т)?', 'пиша?т', 'отбелязва(?:т)?', 'подчертава(?:т)?', 'предупреждава(?:т)?', 'оценява(?:т)?',
  ...['powiedzia', 'oświadczy', 'poinformowa', 'przekaza', 'stwierdzi', 'doda', 'podkreśli', 'zaznaczy', 'zapewni', 'ogłosi', 'napisa',
    'potwierdzi', 'ostrzeg', 'zapowiedzia'].map(pl),
  'mówi(?:ą)?', 'twierdz[iąa]', 'uważa(?:ją)?', 'informuje', 'podaje',
  // Asking: what follows is a question, read as such, not a claim of the one asked.
  'спроси(?:л[аи]?)', 'поинтересова(?:лся|лась|лись)', 'запита(?:в|л[аи])', 'спыта(?:ў|л[аі])', 'zapyta(?:ł[aoy]?|li)', 'попита(?:ха)?',
  ...SLAVIC_DENIAL_VERBS,
];

const CALLED = '(?:назва(?:л[аои]?|в|ли)|называ(?:ет|ют)|счита(?:ет|ют)|сч[её]л[аи]?|расцени(?:л[аои]?|ва(?:ет|ют))|охарактеризова(?:л[аои]?)|назва(?:в|л[аои])|называ(?:є|ють)|вважа(?:є|ють)|розціни(?:в|л[аои])|назва(?:ў|л[аоі])|лічы(?:ць|ць)|nazwa(?:ł[aoy]?|li)|nazywa(?:ją)?|uzna(?:ł[aoy]?|li)|нарече(?:ха)?)';
// What a denial calls a report: a lie, a fake, a staged show (the matcher's dismissals use them too) ("назвал фейком", "вважає постановкою", "nazwał prowokacją").
export const LIE_STEMS = 'лож|фейк|фэйк|провокаци|провокаці|правакацы|инсценир|інсцен|інсцэн|постановк|пастаноўк|шоу|спектакл|вымысл|выдумк|вигадк|выдумк|'
  + 'дезинформаци|дезінформаці|дэзінфармацы|неправд|няпраўд|фальсифик|фальсифік|фальшыв|фальшивк|брехн|хлусн|маніпуляці|манипуляци|'
  + 'fałsz|kłamstw|fake|prowokacj|dezinformacj|manipulacj|inscenizacj|лъж|фалшив';
/**
 * Made "to discredit Russia": the Kremlin's word for what it calls staged ("ordered the images to
 * discredit Russia", "чтобы дискредитировать Россию", "щоб дискредитувати Росію"). Only the
 * purpose counts, said of a country or its army; "discredited" alone is said of people.
 */
const DISCREDIT = `(?:to\\s+discredit|aimed\\s+at\\s+discrediting|дискредитаци\\p{L}*|дискредитир\\p{L}*|дискредиту\\p{L}*|дыскрэдытац\\p{L}*|дыскрэдыт\\p{L}*|dyskredyt\\p{L}*)\\s+(?:\\S+\\s+)?(?:russia|россии|россию|росії|росію|расіі|расію|rosji|rosję|русия|российск\\p{L}*|російськ\\p{L}*|расійск\\p{L}*|армии|армію|армію|войск\\p{L}*|військ\\p{L}*|the\\s+russian)`;

/**
 * Words that call a report a lie as a whole rather than deny one act, in every language of the
 * mission: "a staged provocation", "фейк", "инсценировка", "постановка київського режиму". The
 * analyzer keeps a transcript's sentence that says them; the matcher reads them as a dismissal.
 * "Staged" before an article is the verb, not the verdict: "the forces that staged the coup".
 */
const CALLS_A_LIE = new RegExp(`(?<![\\p{L}])(?:fake|staged(?!\\s+(?:the|a|an|their|his|her|its|our|this|these|those)(?![\\p{L}]))|stage-managed|hoax|provocation|false flag|propaganda stunt|срежисс|${LIE_STEMS}|${DISCREDIT})`, 'iu');

export const callsALie = (text: string) => CALLS_A_LIE.test(text);

const DENIAL_NOUNS = `(?:jako\\s+)?(?:${LIE_STEMS})\\p{L}*`;

/** "назвал сообщения о переброске войск фейком": the speaker, the report named, and the verdict. */
export const CALLED_A_LIE = new RegExp(`(?<![\\p{L}])${CALLED}\\s+((?:[^.;«»“”"]{0,120}?\\s)?)(?:(?:примером|прикладом|прыкладам|образцом|частью|частиною|элементом|елементом)\\s+)?${DENIAL_NOUNS}(?![\\p{L}])`, 'iu');
/** A stem of LIE_STEMS anywhere: every match of CALLED_A_LIE holds one, and most sentences none. */
const LIE_STEM = new RegExp(`(?:${LIE_STEMS})`, 'iu');
/** CALLED_A_LIE.exec, run only on a text that holds a lie's stem (the same result, far cheaper on most sentences). */
export const calledALie = (text: string): RegExpExecArray | null => (LIE_STEM.test(text) ? CALLED_A_LIE.exec(text) : null);

/** Denial nouns said of a report: "это фейк", "является провокацией", "є ще одною постановкою", "— ложь". */
export const DENIAL_VERDICT = new RegExp(
  `(?<![\\p{L}])(?:это|являются|является|было|были|є|це|гэта|з'яўляецца|jest|е|са|—|–)\\s+(?:[\\p{L}«„"]+\\s+){0,3}?«?(?:${LIE_STEMS})\\p{L}*(?![\\p{L}])`
  // "информация об обстреле не соответствует действительности", "не відповідає дійсності".
  + `|(?<![\\p{L}])(?:не\\s+соответству\\p{L}*\\s+действительности|не\\s+відповіда\\p{L}*\\s+дійсності|не\\s+адпавяда\\p{L}*\\s+рэчаіснасці|nie\\s+odpowiada\\p{L}*\\s+prawdzie|не\\s+отговаря\\p{L}*\\s+на\\s+истината)(?![\\p{L}])`
  // English: "it was false that ...", "the reports were untrue", "... is a lie".
  + `|^(?:it|this|that)\\s+(?:is|was)\\s+(?:completely\\s+|absolutely\\s+|simply\\s+)?(?:false|untrue|not\\s+true|a\\s+lie)\\s+that\\s`
  + `|(?<![\\p{L}])(?:is|was|were|are)\\s+(?:completely\\s+|absolutely\\s+|totally\\s+|entirely\\s+)?(?:false|untrue|baseless|groundless|unfounded|fabricated|nonsense|a\\s+lie|a\\s+fabrication)[.!"”»]*$`,
  'iu',
);
