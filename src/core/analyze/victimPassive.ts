import type { Mention } from './mentions';

/**
 * Acts done to a person, whose victim is what a report of them is about: a poisoning. (Arrests
 * told in the passive, "Kolesnikova was detained", still take the person as the doer: read as the
 * victim, an interview mentioning her arrest became one event with the report of her abduction.)
 */
const PASSIVE_VICTIM_ACTS = new Set(['poison']);

/** "was poisoned", "had been detained", "is being held". */
const AUXILIARY_BEFORE = /(?<![\p{L}])(?:was|were|been|is|are|being)\s+(?:\p{L}+ly\s+)?$/iu;
const ENGLISH_PARTICIPLE = /^[a-z]+(?:ed|en)$/i;
/**
 * A Slavic passive participle ("отравлен", "задержана", "отруєний", "затрыманы", "отровен",
 * "otruty", "zatrzymana") or a third person plural past with no one named ("Навального отравили",
 * "Навального отруїли", "атруцілі", "otruli", "отровиха"): either way the person before the verb
 * is the one it was done to.
 */
const SLAVIC_PASSIVE = /(?:[еёєая]н(?:[аоыиі]|ий|ый|ая|ыя|ые|ое)?|[лl][иіi]|ха|ty|ta|to|ci|ny|na|ni|no)$/u;
/** At most this many characters between the person and the verb: "Навальный был отравлен", "Navalny had been poisoned". */
const NEAR = 24;

/**
 * The person a poisoning was done to, when the sentence tells it in the passive
 * ("Navalny had been poisoned", "Навальный был отравлен") or with no one as its subject
 * ("Навального отравили"): the person right before the verb is its victim, not its doer.
 * Null when the verb is active or no person stands before it.
 */
export function victimBefore(claimText: string, predicate: { start: number; predicate: string }, mentions: Mention[], isPerson: (id: string) => boolean): string | null {
  if (!PASSIVE_VICTIM_ACTS.has(predicate.predicate)) return null;
  const verb = /^\p{L}+/u.exec(claimText.slice(predicate.start))?.[0] ?? '';
  const before = claimText.slice(0, predicate.start);
  const passive = ENGLISH_PARTICIPLE.test(verb) ? AUXILIARY_BEFORE.test(before) : SLAVIC_PASSIVE.test(verb.toLowerCase());
  if (!passive) return null;
  const person = mentions.filter((m) => m.end <= predicate.start && isPerson(m.entityId)).pop();
  if (!person || predicate.start - person.end > NEAR) return null;
  return person.entityId;
}

/** Between a poisoning and its victim: the rest of the word, "of", and a few words that say who he is ("the opposition leader"). */
const BEFORE_VICTIM = /^\p{L}*\s+(?:of\s+)?(?:\p{Ll}+\s+){0,4}$/u;

/**
 * The person a poisoning named after its verb or noun was done to: "poisoning Navalny", "the
 * poisoning of Navalny", "причастность к отравлению Навального": the victim, never the doer.
 */
export function victimAfter(claimText: string, predicate: { start: number; end: number; predicate: string }, mentions: Mention[], isPerson: (id: string) => boolean): string | null {
  if (!PASSIVE_VICTIM_ACTS.has(predicate.predicate)) return null;
  const person = mentions.find((m) => m.start >= predicate.end && isPerson(m.entityId));
  if (!person || !BEFORE_VICTIM.test(claimText.slice(predicate.end, person.start))) return null;
  return person.entityId;
}
