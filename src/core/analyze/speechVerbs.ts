// Verbs that introduce what someone said. One list, shared by direct and indirect speech.
export const SPEECH_VERBS = [
  'said', 'says', 'say', 'told', 'tells', 'warned', 'warns', 'denied', 'denies', 'claimed', 'claims', 'stated', 'states',
  'added', 'adds', 'announced', 'announces', 'insisted', 'insists', 'stressed', 'stresses', 'noted', 'notes', 'sworn', 'swore',
  'vowed', 'vows', 'promised', 'promises', 'accused', 'accuses', 'argued', 'argues', 'concluded', 'indicated', 'confirmed',
  'confirms', 'admitted', 'admits', 'asserted', 'declared', 'declares', 'explained', 'emphasised', 'emphasized', 'wrote',
  'pointed out', 'reported', 'reports', 'asked', 'suggested', 'believes', 'echoed', 'quoted as saying',
];

/** Words between a speaker and the verb: "has repeatedly said", "on Friday said". */
const SPEECH_VERB_ALTERNATION = [...SPEECH_VERBS].sort((a, b) => b.length - a.length).map((v) => v.replace(/ /g, '\\s+')).join('|');

export const SPEECH_VERB = new RegExp(`(?<![\\p{L}])(?:${SPEECH_VERB_ALTERNATION})(?![\\p{L}])`, 'giu');

/** Verbs that themselves deny what follows. */
export const DENIAL_VERBS = /(?<![\p{L}])(?:denied|denies|deny|rejected|rejects|refused|refuses|dismissed|dismisses)(?![\p{L}])/iu;

export const PRONOUNS = /^(?:he|she|they|it|we|i)$/i;
