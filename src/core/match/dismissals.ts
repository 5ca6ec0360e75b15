import { LIE_WORDS_EN } from '../analyze/speechVerbs';
import { callsALie, DENIAL_VERDICT } from '../analyze/speechVerbsSlavic';
import type { Statement } from '../types';

/**
 * A speaker who calls what is reported from a place staged, a fake or a provocation denies it
 * whatever act the reports name (the analyzer's words, `callsALie`).
 */
export const isDismissal = callsALie;

/** The act a dismissal stands for: it answers reports of any act at its place. */
export const DISMISS = 'dismiss';

/** Incidents a dismissal calls staged: killings, strikes, shelling, detentions; not talks or an occupation. */
export const DISMISSABLE = new Set(['casualties', 'strike', 'strike_infrastructure', 'attack', 'shell', 'detain', 'shoot_down', 'explode']);

/**
 * The act of calling what someone said false: "Grossi's comments were unfounded", "Песков назвал
 * заявления Зеленского ложью", "слова Пригожина не відповідають дійсності". It answers what that
 * person said in the days around it, whatever act the words named.
 */
export const DISMISS_WORDS = 'dismiss_words';

/** Words for what someone said, in every language of the mission. */
const SAID_WORDS = new RegExp('(?<![\\p{L}])(?:'
  + 'comments?|claims?|statements?|remarks?|words|allegations?|assertions?|accusations?|'
  + 'заявлени\\p{L}*|слова|словам\\p{L}*|утверждени\\p{L}*|высказывани\\p{L}*|обвинени\\p{L}*|'
  + 'заяв[аиуі]|заявам\\p{L}*|твердженн\\p{L}*|висловлюванн\\p{L}*|звинувачен\\p{L}*|'
  + 'заявы|словы|сцвярджэнн\\p{L}*|выказванн\\p{L}*|абвінавачванн\\p{L}*|'
  + 'изявлени\\p{L}*|думите|твърдени\\p{L}*|обвинени\\p{L}*|'
  + 'wypowied\\p{L}*|słowa|twierdzeni\\p{L}*|oświadczeni\\p{L}*|zarzut\\p{L}*|oskarżeni\\p{L}*'
  + ')(?![\\p{L}])', 'iu');

/** English verdicts the Slavic lie stems do not spell: "a lie", "unfounded", "absurd". */
const VERDICT_EN = new RegExp(`(?<![\\p{L}])(?:${LIE_WORDS_EN})(?![\\p{L}])`, 'iu');

/**
 * A speaker's verdict on someone else's words: a denial that names what was said ("comments",
 * "заявления", "слова") and calls it false, a lie or a fake.
 */
export function dismissesWords(s: Statement): boolean {
  return s.speaker !== null && s.attribution !== 'narrative' && s.polarity === 'deny' && SAID_WORDS.test(s.text)
    && (callsALie(s.text) || DENIAL_VERDICT.test(s.text) || VERDICT_EN.test(s.text));
}
