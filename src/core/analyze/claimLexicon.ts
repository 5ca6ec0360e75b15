import { shareLetterSuffix } from './letterSuffix';
import { LeadScan } from './leadScan';
import { WordPattern } from './wordPattern';

// Words that set a claim's polarity and modality, in English, Russian, Ukrainian, Belarusian,
// Bulgarian and Polish. All languages are read at once: they rarely collide, and Belarusian or
// Ukrainian copy detected as Russian still reads right.

const words = (alternation: string, flags = 'iu', glued = '') => new RegExp(`(?<![\\p{L}])(?:${shareLetterSuffix(alternation)})(?![\\p{L}])${glued}`, flags);
/** Whole words only, asked yes or no per claim: scanned without a lookbehind (wordPattern.ts). */
const wholeWords = (alternation: string) => new WordPattern(`(?:${shareLetterSuffix(alternation)})(?![\\p{L}])`, 'iu');

export const NEGATION = words([
  'not|no|never|nobody|none|neither|nor|cannot|unlikely|without',
  'не|ни|нет|нету|никогда|никто|ничего|нигде|никакой|никаких|никакие|нельзя|невозможно',
  'ні|немає|нема|ніколи|ніхто|нічого|ніде|жодн\\p{L}*|ніяк\\p{L}*|неможливо',
  'няма|ніколі|ніхто|нічога|нідзе|ніякі\\p{L}*|нельга|немагчыма',
  'никога|нищо|никой|нито',
  'nie|nigdy|nikt|nic|żadn\\p{L}*|nigdzie',
].join('|'), 'giu', `|n['’]t(?![\\p{L}])`);

/** Read where a negation starts: "not only", "не исключено", "не менее 50" do not deny the claim. */
export const NOT_A_DENIAL = new RegExp(`^(?:${[
  'not only|not clear|no doubt|not yet clear|no longer',
  'не только|не тільки|не толькі|nie tylko|не само',
  'не исключ|не виключ|не выключ|nie wyklucz|не е изключено|не изключва|нельзя исключ|не можна виключ',
  'не менее|не меньше|не более|не больше|не менш|не більше|не больш|nie mniej|nie więcej|не по-малко|не повече',
  'не раз|не позднее|не пізніше|не пазней|не впервые|не вперше|не ўпершыню|не секрет|не так давно|не без|ни много ни мало',
].join('|')})`, 'iu');

export const INTENTION = wholeWords([
  'intends?|intended|intention|plans? to|planned to|planning to|going to|aims? to|wants? to|seeks? to|set to|ready to|determined to|prepar\\w+ to',
  'намерен[аоы]?|намерева\\p{L}*|намерени[ея]|планиру\\p{L}*|собира(?:ется|ются|лся|лась|лись|емся|юсь)|готов[аы]?|хочет|хотят|хотим|стремится',
  'має намір|мають намір|намір\\p{L}*|плану(?:є|ють|вав|вала|вали)|збира(?:ється|ються|вся|лася|лися|ємося)|готов[аіи]|хоче|хочуть|прагне',
  'мае намер|маюць намер|плану(?:е|юць)|збіра(?:ецца|юцца)|гатов[аыя]?|хоча|хочуць',
  'възнамерява\\p{L}*|планира\\p{L}*|смята да|иска да|искат да',
  'zamierza\\p{L}*|planuje\\p{L}*|ma zamiar|mają zamiar|gotow[aiy]|chce|chcą',
].join('|'));

/** Future tense, an intention in a speaker's mouth: "will", "будет", "нападатиме", "ще", "będzie". */
const FUTURE_WORDS = [
  'will|shall',
  'будет|будут|буду|будем|станет|станут',
  'буде|будуть|будемо|\\p{L}+тиме(?:мо|те)?|\\p{L}+тимуть',
  'будзе|будуць|будзем',
  'няма да',
  'będzie|będą|będziemy',
];
export const FUTURE = words(FUTURE_WORDS.join('|'), 'iu', `|['’]ll(?![\\p{L}])`);
/**
 * Whether a text says FUTURE, asked fast: the Ukrainian synthetic future ("нападатиме", a word
 * of any letters before -тиме) is tried only in a text that holds "тим"; the other words, all
 * literal, are read only where they can begin (leadScan.ts). The same answer as FUTURE.test.
 */
const SYNTHETIC_FUTURE = '|\\p{L}+тиме(?:мо|те)?|\\p{L}+тимуть';
const FUTURE_WORDS_ONLY = new LeadScan(words(FUTURE_WORDS.join('|').replace(SYNTHETIC_FUTURE, ''), 'iu', `|['’]ll(?![\\p{L}])`));
const SYNTHETIC_ENDING = /тим/iu;
export const saysFuture = (text: string): boolean => (SYNTHETIC_ENDING.test(text) ? FUTURE.test(text) : FUTURE_WORDS_ONLY.test(text));

/** Bulgarian "ще" marks the future; in Ukrainian it means "still" ("ще одним"): read only in Bulgarian. */
export const FUTURE_BG = wholeWords('ще');

export const POSSIBILITY = wholeWords([
  'could|may|might|can|possible|possibly|possibility|potential|potentially|not clear|unclear|whether|questionable|doubtful|uncertain',
  'может|могут|мог|могла|могли|могло|можно|возможно|возможн\\p{L}*|не исключ\\p{L}*|допуска\\p{L}*|неясно|непонятно',
  'може|можуть|міг|можна|можливо|можлив\\p{L}*|не виключ\\p{L}*|незрозуміло|неясно',
  'можа|могуць|магчыма|не выключ\\p{L}*',
  'могат|може би|възможно|не е изключено',
  'może|mogą|mógł|mogła|mogli|można|możliwe|możliw\\p{L}*|nie wyklucz\\p{L}*|niejasne',
].join('|'));

// Fears, rumours and speculation about an act are not reports that it happened.
export const HEARSAY = wholeWords([
  'fears?|feared|speculation|rumou?rs|risks? of',
  'опасени\\p{L}*|опаса(?:ется|ются)|слух\\p{L}*|побоюван\\p{L}*|побою(?:ється|ються)|чутк\\p{L}*|асцярог\\p{L}*|чуткі|obaw\\p{L}*|plotk\\p{L}*|спекуляци\\p{L}*',
].join('|'));

export const PREDICTION = wholeWords([
  'likely|unlikely|expected|expects?|probably|forecasts?|predicts?|anticipated|would',
  'вероятно|скорее всего|ожида(?:ется|ются|ют|ем)|прогноз\\p{L}*|по всей видимости|видимо|бы',
  'ймовірно|імовірно|найімовірніше|очіку(?:ється|ються|ють)|мабуть|би',
  'верагодна|чакаецца|чакаюць|напэўна',
  'очаква(?:т)? се|очакват|вероятно',
  // Polish "by" (would) is left out: it is also the English preposition.
  'prawdopodobnie|przewiduje\\p{L}*|oczekuje się|spodziewa\\p{L}*',
].join('|'));

export const REPORTED = wholeWords([
  'according to|reportedly|reports suggest|reported|allegedly|is said to|are said to',
  'по данным|по информации|по сведениям|по сообщениям|по имеющимся данным|якобы|будто бы|сообщается|предположительно|по неподтвержд\\p{L}*',
  'за даними|за інформацією|за повідомленнями|нібито|повідомляється|за наявною інформацією',
  'паводле звестак|паводле дадзеных|паводле інфармацыі|нібыта|паведамляецца',
  'според информаци\\p{L}*|твърди се|съобщава се|уж|предполагаемо',
  'podobno|rzekomo|według (?:doniesień|informacji|danych|mediów)|jak podaj\\p{L}*',
].join('|'));
