import { callsALie } from '../analyze/speechVerbsSlavic';

/**
 * A speaker who calls what is reported from a place staged, a fake or a provocation denies it
 * whatever act the reports name (the analyzer's words, `callsALie`).
 */
export const isDismissal = callsALie;

/** The act a dismissal stands for: it answers reports of any act at its place. */
export const DISMISS = 'dismiss';

/** Incidents a dismissal calls staged: killings, strikes, shelling, detentions; not talks or an occupation. */
export const DISMISSABLE = new Set(['casualties', 'strike', 'strike_infrastructure', 'attack', 'shell', 'detain', 'shoot_down', 'explode']);
