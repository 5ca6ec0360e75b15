import { EVENT_TYPES } from '../core/analyze/eventTypes';

/** The CAMEO code the project's taxonomy gives a type (eventTypes.ts), null for 'other'. */
export function cameoOfType(type: string): string | null {
  for (const entry of Object.values(EVENT_TYPES)) if (entry.type === type) return entry.cameo;
  return null;
}

// ACLED's sub-event types (codebook 2023) onto the taxonomy. Shelling and missile attacks are
// strikes as the analyzer reads "обстріл"/"shelled"; interceptions ACLED files under disrupted
// weapons use are what the taxonomy calls a shoot-down. Protests, riots and the strategic
// developments without a counterpart stay 'other': they are kept, never matched to a claim.
const ACLED_SUB_EVENTS: Record<string, string> = {
  'armed clash': 'attack',
  'government regains territory': 'capture',
  'non-state actor overtakes territory': 'capture',
  'non-violent transfer of territory': 'capture',
  'air/drone strike': 'strike',
  'shelling/artillery/missile attack': 'strike',
  'remote explosive/landmine/ied': 'attack',
  'grenade': 'attack',
  'suicide bomb': 'attack',
  'chemical weapon': 'attack',
  'attack': 'attack',
  'sexual violence': 'attack',
  'abduction/forced disappearance': 'arrest',
  'arrests': 'arrest',
  'agreement': 'agreement',
  'headquarters or base established': 'deployment',
  'disrupted weapons use': 'shoot_down',
};

export function acledType(eventType: string, subEventType: string): string {
  return ACLED_SUB_EVENTS[subEventType.trim().toLowerCase()] ?? (/^battles$/i.test(eventType.trim()) ? 'attack' : 'other');
}

// UCDP GED counts deaths in organised violence only: state-based (1), non-state (2) and
// one-sided violence against civilians (3) are all the use of force the taxonomy calls attack.
export function ucdpType(typeOfViolence: string): string {
  return ['1', '2', '3'].includes(typeOfViolence.trim()) ? 'attack' : 'other';
}
export const UCDP_VIOLENCE: Record<string, string> = { '1': 'state-based', '2': 'non-state', '3': 'one-sided' };

// CAMEO event codes (GDELT's EventCode), most specific prefix first. 194 (artillery and tanks)
// is a strike as ACLED's shelling is; 18x and 20x (bombings, mass violence) are attacks.
const CAMEO_PREFIXES: Array<[string, string]> = [
  ['0874', 'withdrawal'], ['042', 'visit'], ['043', 'visit'], ['046', 'negotiation'], ['057', 'agreement'],
  ['062', 'military_exercise'], ['072', 'military_aid'], ['138', 'threat'], ['154', 'mobilisation'],
  ['15', 'deployment'], ['163', 'sanctions'], ['173', 'arrest'], ['191', 'encirclement'], ['192', 'capture'],
  ['194', 'strike'], ['195', 'strike'], ['19', 'attack'], ['18', 'attack'], ['20', 'attack'],
];

export function cameoType(eventCode: string): string {
  for (const [prefix, type] of CAMEO_PREFIXES) if (eventCode.startsWith(prefix)) return type;
  return 'other';
}

// Kinds of event close enough that a dataset row of one stands beside a report of another:
// the fall of a town (capture) is what the battle rows there (attack) record.
const FAMILIES: string[][] = [
  ['attack', 'strike', 'infrastructure_strike', 'shoot_down', 'capture', 'encirclement', 'withdrawal', 'casualties'],
  ['agreement', 'negotiation'],
  ['deployment', 'mobilisation', 'military_exercise'],
];

/** The types a report of `type` is compared with: itself first, then its family. */
export function kindFamily(type: string): string[] {
  const family = FAMILIES.find((members) => members.includes(type));
  return family ? [type, ...family.filter((t) => t !== type)] : [type];
}
