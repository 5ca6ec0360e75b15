import { LIE_STEMS } from '../analyze/speechVerbsSlavic';

/**
 * Words that dismiss a report as a whole rather than deny one act: "a staged provocation",
 * "фейк", "инсценировка", "постановка київського режиму". A speaker who says them about a
 * place denies what is reported from there, whatever act the reports name. Stems, matched at
 * a word start, in English, Russian, Ukrainian, Belarusian, Bulgarian and Polish: the analyzer's
 * words for calling a report a lie, and English ones it reads through its speech verbs instead.
 */
const DISMISSAL = new RegExp(
  `(?<![\\p{L}])(?:fake|staged|stage-managed|hoax|provocation|false flag|propaganda stunt|срежисс|${LIE_STEMS})`,
  'iu',
);

export function isDismissal(text: string): boolean {
  return DISMISSAL.test(text);
}

/** The act a dismissal stands for: it answers reports of any act at its place. */
export const DISMISS = 'dismiss';

/** Incidents a dismissal calls staged: killings, strikes, shelling, detentions; not talks or an occupation. */
export const DISMISSABLE = new Set(['casualties', 'strike', 'strike_infrastructure', 'attack', 'shell', 'detain']);
