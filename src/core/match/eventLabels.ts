// How an event type reads in a reason: "both report a visit".
const LABELS: Record<string, string> = {
  visit: 'a visit', negotiation: 'talks', agreement: 'an agreement', military_exercise: 'military exercises',
  deployment: 'a deployment', mobilisation: 'a mobilisation', threat: 'a threat', military_aid: 'military aid',
  attack: 'an attack', strike: 'a strike', occupation: 'an occupation',
};

/** Types precise enough to tie two reports to one event; "attack" is in most war reports. */
export const SPECIFIC_EVENT_TYPES = new Set(['visit', 'negotiation', 'agreement', 'military_exercise', 'deployment', 'mobilisation', 'military_aid']);

export function eventLabel(type: string): string {
  return LABELS[type] ?? type.replace(/_/g, ' ');
}
