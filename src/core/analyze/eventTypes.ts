/**
 * Event taxonomy: the predicate classes that report something happening, with their CAMEO
 * codes (Conflict and Mediation Event Observations, the coding of GDELT and ICEWS).
 * Predicates that are not events (integrate, defend, and the `verb:<stem>` fallback) do not
 * appear here.
 */
export const EVENT_TYPES: Record<string, { type: string; cameo: string }> = {
  visit: { type: 'visit', cameo: '042' }, // make a visit (043 is host a visit)
  negotiate: { type: 'negotiation', cameo: '046' }, // engage in negotiation
  agree: { type: 'agreement', cameo: '057' }, // sign formal agreement
  exercise: { type: 'military_exercise', cameo: '062' }, // cooperate militarily (joint exercises)
  supply_weapons: { type: 'military_aid', cameo: '073' }, // provide military aid
  withdraw: { type: 'withdrawal', cameo: '0874' }, // retreat or surrender militarily
  threaten: { type: 'threat', cameo: '138' }, // threaten to use military force
  deploy: { type: 'deployment', cameo: '152' }, // increase military alert status
  send_troops: { type: 'deployment', cameo: '152' },
  station_nuclear: { type: 'deployment', cameo: '152' },
  detain: { type: 'arrest', cameo: '173' }, // arrest, detain, or charge with legal action
  mobilise: { type: 'mobilisation', cameo: '154' }, // mobilize or increase armed forces
  sanction: { type: 'sanctions', cameo: '163' }, // impose embargo, boycott, or sanctions
  attack: { type: 'attack', cameo: '190' }, // use conventional military force
  invade: { type: 'attack', cameo: '190' },
  join_war: { type: 'attack', cameo: '190' },
  // CAMEO codes acts, not their toll: casualties are reported under the root of fighting.
  casualties: { type: 'casualties', cameo: '19' },
  encircle: { type: 'encirclement', cameo: '191' }, // impose blockade, restrict movement
  occupy: { type: 'capture', cameo: '192' }, // occupy territory (a liberation is a capture by the other side)
  strike: { type: 'strike', cameo: '195' }, // employ aerial weapons
  // Downing an aircraft or a missile is a use of conventional force, not an aerial strike.
  shoot_down: { type: 'shoot_down', cameo: '190' },
  strike_infrastructure: { type: 'infrastructure_strike', cameo: '195' },
};
