/**
 * The predicate lexicon: what a claim says someone does, as a small closed set of classes
 * (documented in src/core/README.md). Patterns are lower-case regular-expression sources
 * matched case-insensitively at a word start.
 * - `verbs`: finite verbs and fixed phrases. A claim is about its verb, so these win.
 * - `nouns`: nominalisations and bare nouns ("aggression", "talks"): the claim's topic only
 *   when no verb of any class is found ("fears of an offensive").
 * - `negating`: phrases that deny the class by themselves ("purely defensive" denies an attack).
 * A pattern may capture its actor as (?<actor>...): "involvement of the Belarusian army in the war".
 */
export interface PredicateClass {
  predicate: string;
  verbs: string[];
  nouns?: string[];
  negating?: string[];
}

const WAR = '(?:war|fighting|invasion|offensive|operation|conflict|hostilities)';

export const PREDICATE_LEXICON: PredicateClass[] = [
  {
    predicate: 'join_war',
    verbs: [
      `join(?:s|ed|ing)? (?:the |a |this |that |any )?(?:new )?(?:ground )?${WAR}`, 'enter(?:s|ed|ing)? the war',
      `get(?:s|ting)? involved in the ${WAR}`, `involvement (?:of (?<actor>[^,;]{2,60}?) )?in the ${WAR}`,
      `(?:take|takes|took|taking) part in the ${WAR}`, `participat\\w* in the ${WAR}`, 'join forces with',
      'open(?:s|ed|ing)? a (?:new|second) front', 'reopen\\w* a (?:new )?front', 'launch(?:ing)?[- ]pad', 'staging (?:ground|area|post)',
      '(?:want|wants|wanted|accept|accepts|accepted|need|needs|start|starts|wage|wages|waging) (?:any |a |another |the )?war(?![\\p{L}])',
    ],
  },
  {
    predicate: 'send_troops',
    verbs: [
      '(?:send|sends|sending|sent|commit|commits|committing|committed|dispatch\\w*) (?:\\S+ ){0,4}(?:troops|servicemen|soldiers|forces|units|army|military units)',
      '(?:troops|servicemen|soldiers) (?:\\w+ ){0,2}(?:arrive|arrived|arriving|were sent|was sent|have been sent|had been sent)',
    ],
  },
  { predicate: 'invade', verbs: ['invad(?:e|es|ed|ing)'], nouns: ['invasion'] },
  {
    predicate: 'strike',
    verbs: [
      '(?:missile|air|drone|rocket|artillery)\\s*strikes?', 'airstrikes?', 'fire[ds]? (?:\\w+ ){0,3}?(?:into|at|on|from)',
      'shell(?:s|ed|ing)', 'bomb(?:s|ed|ing)', 'launch(?:ed|es)? (?:\\w+ ){0,2}(?:missiles|rockets|drones)',
    ],
  },
  {
    predicate: 'attack',
    verbs: ['attack(?:s|ed|ing)?(?! (?:on|against))', 'storm(?:s|ed|ing)? ', 'launch(?:es|ed|ing)? (?:a |an )?(?:new |renewed |major )?(?:offensive|assault|attack)'],
    nouns: ['attacks? (?:on|against)', 'assaults?', 'offensives?', 'aggression'],
    negating: ['(?:purely|only|solely|exclusively|strictly)(?: about)? defen(?:sive|[cs]e)'],
  },
  {
    predicate: 'occupy',
    verbs: ['occup(?:y|ies|ied|ying)', 'seiz(?:e|ed|es|ing)', 'annex(?:es|ed|ing)?(?![\\p{L}])', '(?:take|takes|taken|took|taking) (?:over|control)', '(?:had|has|have) taken', 'captur(?:e|es|ed|ing)', 'run(?:s|ning)?(?= (?:the country|[\\p{Lu}]))'],
    nouns: ['occupation', 'annexation'],
  },
  { predicate: 'mobilise', verbs: ['mobili[sz](?:e|ed|es|ing)'], nouns: ['mobili[sz]ation', 'conscription', 'call-up'] },
  {
    predicate: 'exercise',
    verbs: ['(?:hold|holds|held|holding|conduct\\w*|carry out|carries out|carried out|carrying out|stage[ds]?|staging|practi[cs]\\w*|begin|began|begun|start\\w*)(?: \\S+){0,4} (?:exercises?|drills?|manoeuvres|maneuvers|inspection)'],
    nouns: ['exercises?', 'drills?', 'manoeuvres', 'maneuvers', 'combat readiness inspection', 'inspection of (?:the )?combat readiness'],
  },
  { predicate: 'deploy', verbs: ['deploy(?:s|ed|ing)?(?![\\p{L}])', 'stationed', 'redeploy\\w*', 'build(?:s|ing)? up'], nouns: ['deployment', 'build-?up'] },
  {
    predicate: 'supply_weapons',
    verbs: ['(?:supply|supplies|supplied|deliver\\w*|provid\\w*|promis\\w*|send|sends|sending|sent) (?:\\S+ ){0,4}(?:weapons|arms|missiles|tanks|ammunition|warplanes|aircraft|armou?red)'],
  },
  { predicate: 'station_nuclear', verbs: ['(?:station|deploy|place|host)\\w*\\s+(?:\\w+\\s+){0,3}nuclear'], nouns: ['nuclear (?:weapons|warheads)'] },
  { predicate: 'threaten', verbs: ['threaten(?:s|ed|ing)?', 'warn(?:s|ed)? of'], nouns: ['threats?', 'ultimatum'] },
  {
    predicate: 'visit',
    verbs: ['visit(?:s|ed|ing)(?![\\p{L}])', '(?:fly|flies|flew|travel\\w*|arriv\\w*|heads?|headed)(?: \\w+){0,2} (?:to|for|in) '],
    nouns: ['visit(?![\\p{L}])', 'trip to'],
  },
  {
    predicate: 'negotiate',
    verbs: ['negotiat(?:e|es|ed|ing)', '(?:hold|holds|held|holding) talks', 'meet(?:s|ing)? (?:with )?(?:his|her|their)? ?counterpart', '(?:will|to) meet', 'met with'],
    nouns: ['talks', 'negotiations', 'peace (?:deal|agreement|plan)'],
  },
  { predicate: 'agree', verbs: ['sign(?:s|ed)? an? (?:\\w+ )?(?:agreement|deal|treaty)', 'agreed'] },
  { predicate: 'integrate', verbs: ['integrat(?:e|es|ed|ing)', 'merg(?:e|ed|es|ing)'], nouns: ['integration', 'union state'] },
  { predicate: 'defend', verbs: ['defend\\w*', 'protect\\w*'], nouns: ['defen[cs]e of', 'defensive'] },
];
