// What is not part of a speaker's description in Slavic copy, where the verb often comes first
// and the speaker's phrase runs on: "– заявила прем'єр-міністр Нової Зеландії Джасінда Ардерн
// журналістам у Веллінгтоні 4 квітня", "сказав Санчес в Мадриді", "Загалом українська влада".

/** The listener, the channel and what follows them. */
const LISTENER_ON = /\s(?:журналіст\p{L}*|журналист\p{L}*|журнал[іи]стам|репортер\p{L}*|reporters|dziennikarz\p{L}*|(?:в|у|w)\s+(?:интервью|інтерв['’]ю|інтэрв['’]ю|wywiadzie|эфире|ефірі|эфіры|своем|своём|своєму|сваім|телеграм\p{L}*|Telegram\p{L}*|Facebook\p{L}*|Фейсбу\p{L}*|соцсет\p{L}*|соцмереж\p{L}*)|на\s+(?:брифинге|брифінгу|брыфінгу|пресс-конференции|прес-конференції))(?:\s.*)?$/iu;
/** A trailing date or place: "4 квітня", "в Мадриді". */
const TRAILING_WHEN_WHERE = /\s+(?:\d{1,2}\s+\p{Ll}+\.?|(?:в|у|ў|w|in)\s+\p{Lu}[\p{L}-]*)$/u;
/** Adverbs and dates that open a sentence before its subject. */
const LEADING_ADVERB = /^(?:(?:хотя|хоча|хаця|choć|chociaż|макар|тому|поэтому|потому|таму|dlatego|затова|загалом|также|також|таксама|кроме того|крім того|акрамя таго|тем временем|тим часом|тым часам|при этом|при цьому|пры гэтым|однако|проте|аднак|впрочем|втім|зокрема|в частности|у прыватнасці|позже|пізніше|пазней|ранее|раніше|раней|тогда|тоді|тады|затем|потім|потым|сейчас|зараз|цяпер|теперь|тепер|сегодня|сьогодні|сёння|вчера|учора|вчора|ўчора|накануне|напередодні|напярэдадні|wcześniej|później|ponadto|także|następnie|dziś|wczoraj)\s+|\d{1,2}\s+\p{Ll}+\s+(?=\p{L}))+/iu;
/** "в якій", "которая", "який": a relative clause names its speaker elsewhere. */
export const RELATIVE = /^(?:(?:в|у|на|з|из|w|z)\s+)?(?:котор\p{L}*|як(?:ий|ій|ого|ому|им|ими|а|ої|ою|у|е|і|их)|якая|якое|якія|які|якую|якой|któr\p{L}*|който|която|които|что|що|што|że|iż|че|хто|кто|kto)(?:\s|$)/iu;

/** Not a speaker: an object pronoun or an infinitive first ("себе безкарним", "выйти на улицы"), a conjunction last. */
export const NOT_A_SPEAKER = /^(?:себе|себя|сябе|się|его|её|ее|їх|их|її|йому|ему|нам|вам|\p{Ll}+(?:ть|ти|ться|тися|ці|ć))(?:\s|$)|\s(?:и|і|й|та|а|но|але|ды|i|oraz|and)$/u;

export function trimSpeakerPhrase(phrase: string): string {
  // "Також" alone: an adverb with no one after it.
  if (LEADING_ADVERB.exec(`${phrase.trim()} `)?.[0].trim() === phrase.trim()) return '';
  let cleaned = phrase.replace(LEADING_ADVERB, '').replace(LISTENER_ON, '');
  while (TRAILING_WHEN_WHERE.test(cleaned)) cleaned = cleaned.replace(TRAILING_WHEN_WHERE, '');
  return cleaned.trim();
}
