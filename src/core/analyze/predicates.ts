/**
 * Predicate classes: what a claim says someone does. Each class is a list of lower-case
 * patterns over the claim; the first class whose pattern matches earliest in the claim wins.
 * Order matters where phrases nest ("send troops" before "troops ... deploy").
 */
export const PREDICATE_LEXICON: Array<{ predicate: string; patterns: string[] }> = [
  { predicate: 'station_nuclear', patterns: ['(?:station|deploy|place|host)\\w*\\s+(?:\\w+\\s+){0,3}nuclear', 'nuclear (?:weapons|warheads|missiles)'] },
  { predicate: 'join_war', patterns: ['join(?:s|ed|ing)? (?:the |a |this )?(?:war|fighting|invasion|offensive|operation|conflict)', 'enter(?:s|ed|ing)? the war', 'get(?:s|ting)? involved in the (?:war|conflict|fighting)', 'involvement (?:\\w+ ){0,4}in the (?:war|operation|conflict|fighting)', 'join forces with', 'open(?:s|ed|ing)? a (?:new|second) front', 'reopen(?:s|ed|ing)? a (?:new )?front', 'launch(?:ing)? pad', 'staging ground'] },
  { predicate: 'send_troops', patterns: ['(?:send|sends|sending|sent|commit|commits|committing|committed) (?:\\S+ ){0,4}(?:troops|servicemen|soldiers|forces|units|army)', 'troops (?:\\w+ ){0,2}(?:arrive|arrived|arriving)'] },
  { predicate: 'invade', patterns: ['invad(?:e|es|ed|ing)', 'invasion'] },
  { predicate: 'strike', patterns: ['(?:missile|air|drone|rocket)\\s*strikes?', 'airstrikes?', 'fired (?:\\w+ ){0,2}(?:into|at|on)', 'shell(?:ed|ing)', 'bomb(?:ed|ing)'] },
  { predicate: 'attack', patterns: ['attack(?:s|ed|ing)?', 'assaults?', 'offensives?', 'aggression', 'storm(?:ed|ing)? '] },
  { predicate: 'occupy', patterns: ['occup(?:y|ies|ied|ation)', 'seiz(?:e|ed|es|ing)', 'annex(?:ed|ation)?', 'take (?:over|control)', '(?:taken|captured|capture) [A-Zа-я]'] },
  { predicate: 'mobilise', patterns: ['mobili[sz](?:e|ed|es|ing|ation)', 'conscription', 'call-up'] },
  { predicate: 'exercise', patterns: ['exercises?', 'drills?', 'manoeuvres', 'maneuvers', 'combat readiness inspection', 'inspection of (?:the )?combat readiness'] },
  { predicate: 'deploy', patterns: ['deploy(?:s|ed|ing|ment)?', 'stationed', 'redeploy\\w*', 'build(?:ing)?[- ]up'] },
  { predicate: 'supply_weapons', patterns: ['(?:supply|supplies|supplied|deliver\\w*|provid\\w*|promis\\w*|send\\w*) (?:\\w+ ){0,4}(?:weapons|arms|missiles|tanks|ammunition|warplanes|aircraft)'] },
  { predicate: 'threaten', patterns: ['threat(?:en|ens|ened|ening)?', 'ultimatum', 'warn(?:s|ed)? of'] },
  { predicate: 'visit', patterns: ['visit(?:s|ed|ing)?', '(?:fly|flies|flew|travel\\w*|arriv\\w*|heads?)(?: \\w+){0,2} (?:to|for|in) ', 'trip to'] },
  { predicate: 'negotiate', patterns: ['talks', 'negotiat\\w*', 'peace (?:deal|agreement|plan)', 'meet(?:s|ing)? (?:with )?(?:his|her|their)? ?counterpart'] },
  { predicate: 'agree', patterns: ['sign(?:s|ed)? an? (?:\\w+ )?(?:agreement|deal|treaty)', 'agreed'] },
  { predicate: 'integrate', patterns: ['integrat\\w*', 'union state', 'merg(?:e|er|ing)'] },
  { predicate: 'defend', patterns: ['defen[cs]e of', 'defend\\w*', 'defensive', 'protect\\w*'] },
];

const COMPILED = PREDICATE_LEXICON.map(({ predicate, patterns }) => ({
  predicate,
  regex: new RegExp(`(?<![\\p{L}])(?:${patterns.join('|')})`, 'iu'),
}));

export interface PredicateMatch {
  predicate: string;
  start: number;
  end: number;
}

/** The predicate class named earliest in the claim; ties go to the class listed first. */
export function findPredicate(claim: string): PredicateMatch | null {
  let best: PredicateMatch | null = null;
  for (const { predicate, regex } of COMPILED) {
    const match = regex.exec(claim);
    if (match && (!best || match.index < best.start)) {
      best = { predicate, start: match.index, end: match.index + match[0].length };
    }
  }
  return best;
}
