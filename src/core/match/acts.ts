/**
 * Which predicate classes one denial answers together. "We are not going to attack anyone",
 * "no troops will be sent" and "we do not accept any war" deny what "missiles were fired from
 * Belarus" or "could join the war" affirm: taking part in the war. Other classes stand alone,
 * and a fallback `verb:<stem>` predicate matches only itself.
 */
const FAMILY: Record<string, string> = {
  attack: 'war', invade: 'war', join_war: 'war', send_troops: 'war', strike: 'war', strike_infrastructure: 'war', offensive: 'war', shell: 'war',
  occupy: 'control', capture: 'control', control: 'control', annex: 'control',
  deploy: 'deploy', station_nuclear: 'deploy', troop_movement: 'deploy',
};

export function familyOf(act: string): string {
  return FAMILY[act] ?? act;
}

/**
 * Acts about a territory more than about who does them: "no one other than us runs Belarus"
 * answers "the annexation of Belarus by Russia", whoever is named as the actor.
 */
const TERRITORIAL = new Set(['control', 'integrate', 'withdraw', 'encircle']);

export function isTerritorial(act: string): boolean {
  return TERRITORIAL.has(familyOf(act));
}

// How an act reads in a sentence about an actor: "Belarus takes part in the war".
const PHRASES: Record<string, { does: string; will: string }> = {
  war: { does: 'takes part in the war', will: 'will take part in the war' },
  attack: { does: 'attacks', will: 'will attack' },
  invade: { does: 'invades', will: 'will invade' },
  join_war: { does: 'takes part in the war', will: 'will join the war' },
  send_troops: { does: 'sends troops', will: 'will send troops' },
  strike: { does: 'fires missiles', will: 'will fire missiles' },
  shoot_down: { does: 'shot down', will: 'will shoot down' },
  explode: { does: 'exploded', will: 'will explode' },
  violate_border: { does: 'crossed a border unlawfully', will: 'will cross a border unlawfully' },
  strike_infrastructure: { does: 'strikes infrastructure', will: 'will strike infrastructure' },
  occupy: { does: 'controls', will: 'will take control of' },
  capture: { does: 'has captured', will: 'will capture' },
  control: { does: 'controls', will: 'will take control of' },
  integrate: { does: 'is merging with', will: 'will merge with' },
  withdraw: { does: 'has withdrawn from', will: 'will withdraw from' },
  hold: { does: 'holds', will: 'will hold' },
  protest: { does: 'protests', will: 'will protest' },
  encircle: { does: 'has encircled', will: 'will encircle' },
  mobilise: { does: 'is mobilising', will: 'will mobilise' },
  deploy: { does: 'deploys forces', will: 'will deploy forces' },
  station_nuclear: { does: 'hosts nuclear weapons', will: 'will host nuclear weapons' },
  exercise: { does: 'holds military exercises', will: 'will hold military exercises' },
  supply_weapons: { does: 'supplies weapons', will: 'will supply weapons' },
  threaten: { does: 'threatens', will: 'will threaten' },
  visit: { does: 'visits', will: 'will visit' },
  negotiate: { does: 'holds talks', will: 'will hold talks' },
  agree: { does: 'has agreed', will: 'will agree' },
  defend: { does: 'defends', will: 'will defend' },
  sanction: { does: 'imposes sanctions', will: 'will impose sanctions' },
  casualties: { does: 'has suffered losses', will: 'will suffer losses' },
  detain: { does: 'detains', will: 'will detain' },
  poison: { does: 'poisoned', will: 'will poison' },
};

/** "takes part in the war", "will send troops"; a fallback verb reads as its stem. */
export function actPhrase(act: string, future: boolean): string {
  const phrase = PHRASES[act];
  if (phrase) return future ? phrase.will : phrase.does;
  const verb = act.replace(/^verb:/, '').replace(/_/g, ' ');
  return future ? `will ${verb}` : verb;
}

/** Whether a target reads after the phrase without a preposition ("attacks Ukraine"). */
export function takesObject(act: string): boolean {
  return ['attack', 'invade', 'occupy', 'capture', 'control', 'encircle', 'hold', 'threaten', 'visit', 'detain', 'poison', 'shoot_down'].includes(act);
}
