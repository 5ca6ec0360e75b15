// What is not part of a speaker's description in Slavic copy, where the verb often comes first
// and the speaker's phrase runs on: "– заявила прем'єр-міністр Нової Зеландії Джасінда Ардерн
// журналістам у Веллінгтоні 4 квітня", "сказав Санчес в Мадриді", "Загалом українська влада".

/** The listener, the channel and what follows them. */
const LISTENER_ON = /\s(?:(?:журналіст|журналист)\p{L}*|журнал[іи]стам|репортер\p{L}*|reporters|dziennikarz\p{L}*|(?:в|у|w)\s+(?:интервью|інтерв['’]ю|інтэрв['’]ю|wywiadzie|эфире|ефірі|эфіры|своем|своём|своєму|сваім|(?:телеграм|Telegram|Facebook|Фейсбу|соцсет|соцмереж)\p{L}*)|на\s+(?:брифинге|брифінгу|брыфінгу|пресс-конференции|прес-конференції))(?:\s.*)?$/iu;
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

// English attributions whose phrase is a clause or a fragment rather than someone: "which he
// said" speaks through "he", "a claim which Belarus denied" through "Belarus"; "I want to say",
// "Now ... says", "Crowd sizes were not immediately reported" name no speaker.
const ENGLISH_RELATIVE = /(?:^|\s)(?:which|who|whom|whose|what)(?:\s|$)/giu;
const CLAUSE_FIRST = /^(?:i|we|you|they|it|this|these|there|here|now|then|what|which|who|whom|where|when|why|how|although|though|unless|if|because|whereas|since|do|does|did|in|on|at|by|with|from|after|before|during|once)$/iu;
const AUXILIARY = /(?:^|\s)(?:is|are|was|were|be|been|being|has|have|had|will|would|can|could|should|shall|may|might|must|don['’]t|doesn['’]t|didn['’]t|can['’]t|won['’]t)(?=\s|$)/iu;
const FUNCTION_LAST = /\s(?:to|but|or|of|the|a|an|that|and|with|for|from|by|at|in|on|as)$/iu;
const ONE_WORD_FRAGMENT = /^(?:the|a|an|another|now|then|here|there|this|that|it|so|however|meanwhile|instead|still|yet|but|and|seconds|minutes|hours)$/iu;
const TRAILING_MANNER = /\s+(?:rightly|correctly|honestly|merrily|recently|publicly|privately|reportedly|allegedly|just|often|always|never|already|once)$/iu;
// Slavic object pronouns between subject and verb: "Украина его отрицает".
const TRAILING_OBJECT = /\s+(?:его|её|ее|их|ей|ему|им|её|її|їх|йому|їм|ї|яго|яе|іх|ёй|яму|ім)$/iu;
// "Про це повідомив X", "Об этом сообщил X", "Як повідомляє X" when read as a subject: the words after.
const LEADING_ABOUT_THIS = /^(?:об\s+этом|о\s+том|про\s+це|пра\s+гэта|o\s+tym|как|як|jak)(?:\s+|$)/iu;

/** The part of a phrase that can name a speaker: after a headline's colon, a relative pronoun, "Об этом". */
export function speakerPart(phrase: string): string {
  let part = phrase;
  const colon = part.lastIndexOf(':');
  if (colon >= 0) part = part.slice(colon + 1);
  let afterRelative = -1;
  for (const match of part.matchAll(ENGLISH_RELATIVE)) afterRelative = match.index + match[0].length;
  if (afterRelative >= 0) part = part.slice(afterRelative);
  part = part.trim().replace(LEADING_ABOUT_THIS, '').replace(TRAILING_OBJECT, '').replace(TRAILING_MANNER, '');
  return part.trim();
}

/** A description that reads as a clause or a fragment, not as someone ("I will continue to", "those who"). */
export function isClauseNotSpeaker(description: string): boolean {
  const words = description.split(/\s+/);
  // Page furniture read as a subject: "Media caption, Russia claims ...".
  if (/(?:^|\s)caption(?:\s|$)/iu.test(description)) return true;
  if (words.length === 1) return ONE_WORD_FRAGMENT.test(description) || /ing$/iu.test(description);
  return CLAUSE_FIRST.test(words[0] ?? '') || /^[a-z]{3,}ing$/iu.test(words[0] ?? '') || AUXILIARY.test(description) || FUNCTION_LAST.test(description) || /[?!]/.test(description);
}
