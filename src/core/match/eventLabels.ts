// How an event type reads in a reason: "both report a visit".
const LABELS: Record<string, string> = {
  visit: 'a visit', negotiation: 'talks', agreement: 'an agreement', military_exercise: 'military exercises',
  deployment: 'a deployment', mobilisation: 'a mobilisation', threat: 'a threat', military_aid: 'military aid',
  attack: 'an attack', strike: 'a strike', capture: 'the capture of a place', withdrawal: 'a withdrawal',
  encirclement: 'an encirclement', casualties: 'casualties', sanctions: 'sanctions', infrastructure_strike: 'a strike on infrastructure',
  arrest: 'an arrest', shoot_down: 'a shoot-down', explode: 'an explosion', violate_border: 'a border violation',
};

// How a statement's predicate reads when two statements are set against each other:
// "both are about sending troops".
const PREDICATE_LABELS: Record<string, string> = {
  attack: 'an attack', invade: 'an invasion', join_war: 'joining the war', send_troops: 'sending troops',
  deploy: 'a deployment', mobilise: 'a mobilisation', exercise: 'military exercises', strike: 'strikes',
  strike_infrastructure: 'strikes on infrastructure', occupy: 'taking control of a place', withdraw: 'a withdrawal',
  encircle: 'an encirclement', casualties: 'casualties', sanction: 'sanctions', negotiate: 'talks', visit: 'a visit',
  threaten: 'a threat', supply_weapons: 'supplying weapons', station_nuclear: 'stationing nuclear weapons',
  integrate: 'integration', defend: 'defence', agree: 'an agreement', detain: 'an arrest', poison: 'a poisoning', shoot_down: 'a shoot-down',
};

/** Types precise enough to tie two reports to one event; "attack" is in most war reports. */
export const SPECIFIC_EVENT_TYPES = new Set(['visit', 'negotiation', 'agreement', 'military_exercise', 'deployment', 'mobilisation', 'military_aid']);

export function eventLabel(type: string): string {
  return LABELS[type] ?? type.replace(/_/g, ' ');
}

/** A predicate as a reader reads it; the fallback `verb:evacu` reads as "the act “evacu…”". */
export function predicateLabel(predicate: string): string {
  if (predicate.startsWith('verb:')) return `the act “${predicate.slice(5)}…”`;
  return PREDICATE_LABELS[predicate] ?? predicate.replace(/_/g, ' ');
}
