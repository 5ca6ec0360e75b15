import { ONE_PATH } from './onePath';
import { SLAVIC_SPEECH_VERBS } from './speechVerbsSlavic';

// How Slavic copy attributes what it reports, beside "X said" (which the shared verb list reads).

// A speaker's phrase; a dot inside a site's name ("TUT.by", "RBC.ua") does not end it.
const PHRASE = '((?:[^,.;:«»“”"\\n]|\\.(?=(?:by|ru|ua|com|net|org|info|pl|bg|eu)(?![\\p{L}]))){2,80})';
const VERBS = SLAVIC_SPEECH_VERBS.join('|');
// 'как сообщает "Весна"': a name in quotation marks is a speaker's phrase too.
const QUOTED_OR_PHRASE = `((?:[«"“„][^»"”“\\n]{2,60}[»"”“])|${PHRASE.slice(1, -1)})`;

/**
 * "по словам Пескова, ...", "за даними ГУР, ...", "паводле Лукашэнкі", "według ISW", "според Кремъл",
 * and "как заявил X", "як повідомив X", "jak podał X": the speaker follows, the claim is the rest.
 */
export const ACCORDING_SLAVIC = new RegExp(`(?<![\\p{L}])(?:${[
  'по (?:словам|данным|информации|сведениям|мнению|оценкам|оценке|сообщению|утверждению|версии)',
  'за (?:словами|даними|інформацією|оцінками|повідомленням|твердженням|версією)|на думку',
  'паводле(?:\\s+(?:слоў|звестак|дадзеных|інфармацыі|ацэнак|версіі|вэрсіі))?|на думку|па (?:словах|дадзеных|звестках|інфармацыі|версіі|вэрсіі|ацэнках)',
  'według(?:\\s+(?:danych|informacji|szacunków|słów))?|zdaniem',
  'според(?:\\s+(?:думите на|данни(?:те)? на|информация(?:та)? на))?|по думите на|по данни на',
  `(?:как|як|jak|както)\\s+(?:${VERBS})`,
].join('|')})\\s+${QUOTED_OR_PHRASE}`, 'iu');

/** Reports, not speech: "по данным", "за даними", "паводле звестак" (the statement is "reported"). */
export const BY_DATA = /(?:данным|информации|сведениям|версии|даними|інформацією|версією|звестак|дадзеных|інфармацыі|версіі|звестках|danych|informacji|данни)/iu;

/** Where the reported claim starts after the verb: ", что ...", ", що ...", ", че ...", ", że ...", ": ...". */
// "заявил журналистам в понедельник, что ...": the claim follows the complementizer. One right
// after the verb is the one ("заявили, что это неправда, что ...": the claim is "это неправда, что ...").
export const COMPLEMENTIZER = /^(?:[\s,]*(?=(?:что|будто|якобы|що|нібито|што|быццам|нібыта|че|że|iż|jakoby)\s)|[^.;«»“”"]{0,80}?,\s*|\s*)(?:что|чтобы|будто|якобы|що|щоб|нібито|што|каб|быццам|нібыта|че|że|iż|jakoby)\s+|^(?:\s*[^\s:.;]+){0,4}?\s*:\s+/iu;

/** "..., — заявил Лукашенко.", "..., сообщили в Минобороны.", "..., powiedział Zełenski.": verb, then speaker, at the end. */
const INVERTED = new RegExp(`[,.!?…]\\s*(?:[—–]\\s*)?${ONE_PATH}(${VERBS})\\s+${PHRASE}\\s*[.!…]?\\s*$`, 'iu');

export interface InvertedSpeech { verb: string; phrase: string; phraseAt: number; claimEnd: number }

export function invertedSpeech(sentence: string): InvertedSpeech | null {
  const found = INVERTED.exec(sentence);
  if (!found) return null;
  const [, verb = '', phrase = ''] = found;
  const phraseAt = found.index + found[0].lastIndexOf(phrase);
  return { verb, phrase, phraseAt, claimEnd: found.index };
}

/** Listeners and media after an inverted verb are not the speaker: "сказал журналистам Песков". */
export const LISTENER_SLAVIC = /^(?:(?:журналистам|репортерам|журналістам|репортерам|журналістам|dziennikarzom|reporterom|на журналистите)\s+)|\s+(?:журналистам|журналістам|dziennikarzom|репортерам)$/iu;

/**
 * "Об этом сообщил Генштаб.", "Про це повідомив X.", "Пра гэта паведаміла X.", "Poinformował o tym X.",
 * "Об этом говорится в заявлении МИД.": the speaker of the sentence before.
 */
const ABOUT_THIS = '(?:об этом|о том|про це|пра гэта|o tym|за това)';
const SAYS_IN = '(?:говорится|йдеться|ідзецца|гаворыцца|mówi się|се казва)';
export const ABOUT_THIS_FIRST = new RegExp(`^${ABOUT_THIS}\\s+(?:также\\s+|також\\s+|таксама\\s+|także\\s+)?${ONE_PATH}(?:${VERBS}|${SAYS_IN})\\s+${PHRASE}\\s*[.!…]?\\s*$`, 'iu');
export const VERB_ABOUT_THIS = new RegExp(`^(?:${VERBS})\\s+${ABOUT_THIS}\\s+${PHRASE}\\s*[.!…]?\\s*$`, 'iu');
/** "в заявлении МИД", "у повідомленні Генштабу": the document's author speaks. */
export const IN_DOCUMENT = /^(?:в|у|ў|w)\s+(?:заявлении|сообщении|публикации|заяві|повідомленні|публікації|заяве|паведамленні|публікацыі|komunikacie|oświadczeniu|изявление(?:то)?)\s+/iu;
