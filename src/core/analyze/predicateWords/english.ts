import { END, type LanguageWords } from './patterns';

/** Words for war: "join the fighting", "involvement in the conflict". */
const WAR = '(?:war|fighting|invasion|offensive|operation|conflict|hostilities)';
const TROOPS = '(?:troops|servicemen|soldiers|forces|units|army|military units|battalions|brigades)';
const WEAPONS = '(?:weapons|arms|missiles|tanks|ammunition|shells|warplanes|fighter jets|aircraft|armou?red|air defen[cs]e)';
/** What air defence brings down. */
const AIRCRAFT = 'aircraft|airliner|plane|jet|boeing|flight|mh17|helicopter|drones?|uavs?|missiles?|rockets?|shaheds?|bombers?|fighters?';
const EN = END;
/** A country as the object of running or ruling it. */
const COUNTRY = '(?:country|state|republic|nation|belarus|russia|ukraine|crimea|moldova|georgia|kazakhstan|poland)';
/** People seized, snatched or bundled away: an abduction or an arrest, no capture of ground. */
const PEOPLE = '(?:him|her|them|the \\d+-year-old|\\d+-year-old|activists?|journalists?|protesters?|politicians?|opposition|leaders?|men|women|people|civilians|hostages?)(?![a-z])';
/** What is seized that is not ground: vessels, crews, goods, money. */
const NOT_GROUND = `power|ships?|vessels?|boats?|tankers?|tugs?|sailors|crews?|cargo|grain|assets|property|funds|documents|equipment|weapons|${PEOPLE}`;
/** What is visited online: a page, not a place. */
const NOT_ONLINE = '(?! (?:\\S+ ){0,3}(?:website|site|web ?page|page|version|link|app)(?![a-z]))';
/** Structures a strike is told by: "struck the railway station", "hit a fuel depot". */
const FACILITY = '(?:(?:railway |train |bus )?station|port|airport|airfield|air ?base|(?:fuel |oil |ammunition |arms )?depot|(?:power |chemical |nuclear )?plant|dam|bridge|(?:apartment |residential |administrative )?building|theat(?:re|er)|substation|refinery|warehouse|barracks|prison|(?:shopping |business )?(?:centre|center|mall)|factory|hospital|school|(?:military|enemy) (?:targets?|objects?|facilities|facility|installations?|infrastructure))s?(?![a-z])';
const NOT_A_FRONT = '(?:deal|treaty|agreement|accord|talks|negotiations|initiative|convention|council|organi[sz]ation|race|election|contest|market|project|politics|public life|duties|office|presidency|leadership|campaign|spotlight)';

/** English: the forms news copy uses; `\w` is safe here, the words are Latin. */
export const ENGLISH: LanguageWords = {
  station_nuclear: {
    // Weapons that arrive are stationed, not visiting: "nuclear weapons had already arrived in Belarus".
    verbs: ['(?:station|deploy|place|host)\\w*\\s+(?:\\w+\\s+){0,3}nuclear', 'nuclear (?:weapons|warheads|bombs|arms) (?:\\S+ ){0,3}(?:arrived|arrive|arrives|delivered|moved|transferred|brought)'],
    nouns: ['nuclear (?:weapons|warheads|arms)'],
  },
  sanction: {
    verbs: [`sanction(?:ed|ing)${EN}`, '(?:impos|introduc|extend|expand|announc|adopt|tighten)\\w* (?:\\S+ ){0,3}sanctions'],
    nouns: [`sanctions?${EN}`, 'embargo'],
  },
  join_war: {
    verbs: [
      `join(?:s|ed|ing)? (?:the |a |this |that |any )?(?:new )?(?:ground )?${WAR}`, `enter(?:s|ed|ing)? the ${WAR}`,
      `get(?:s|ting)? involved in the ${WAR}`, // "will not fight in Ukraine", "sent to fight against Ukraine"; not "loyalists fighting in Ukraine" (who already are).
      `(?:to|will|would|won['’]t|wouldn['’]t|not|never|shall) fight (?:in|against) ukraine(?!['’])${EN}`, `involvement (?:of (?<actor>[^,;]{2,60}?) )?in the ${WAR}`,
      `(?:take|takes|took|taking) part in (?:the|any|a|this|that) (?:\\S+ )?${WAR}`, `participat\\w* in (?:the|any|a|this|that) (?:\\S+ )?${WAR}`,
      'open(?:s|ed|ing)? a (?:new|second) front', 'reopen\\w* a (?:new )?front',
      `(?:declare[sd]?|declaring|wag(?:e|es|ed|ing)) (?:a |the )?war${EN}`,
      // Wanting, accepting, allowing or starting a war is taking part in it: leaders deny it in
      // these words ("we do not want war", "we will not allow a war", "we do not accept any war").
      `(?:want|wants|wanted|need|needs|accept|accepts|accepted|allow|allows|allowed|start|starts|started|starting) (?:any |a |another |the |a new )?war${EN}`,
      // A country's territory as the base of someone else's war: stock wording since February 2022.
      'launch(?:ing)?[- ]?pads?', 'staging (?:ground|area|post|point)s?', 'springboard',
    ],
  },
  send_troops: {
    verbs: [
      // "A shell landed, sending soldiers diving for cover": sent sprawling, not sent to a front.
      `(?:send|sends|sending|sent|commit|commits|committing|committed|dispatch\\w*) (?:\\S+ ){0,4}${TROOPS}(?! (?:\\S+ ){0,2}(?:diving|flying|running|scrambling|scurrying|sprawling)(?![a-z]))`,
      '(?:troops|servicemen|soldiers) (?:\\w+ ){0,4}(?:arrive|arrived|arriving|were sent|was sent|have been sent|had been sent)',
    ],
  },
  supply_weapons: {
    verbs: [
      `(?:supply|supplies|supplied|deliver\\w*|provid\\w*|promis\\w*|send|sends|sending|sent|transfer\\w*) (?:\\S+ ){0,4}${WEAPONS}`,
      '(?:weapons?|arms) (?:deliveries|shipments|supplies|transfers)',
    ],
    nouns: ['military aid', 'military assistance'],
  },
  // Troops crossing the border into a country invade it ("troops would not cross the border into
  // Ukraine"); migrants crossing into Poland do not.
  invade: { verbs: ['invad(?:e|es|ed|ing)', `${TROOPS} (?:\\S+ ){0,3}cross(?:es|ed|ing)? (?:(?:(?:the |a )?(?:\\S+ )?border )?into|(?:the |a )?(?:\\S+ )?border with)${EN}`, `${TROOPS} (?:\\S+ ){0,3}(?:entered|enter|enters|entering) (?:(?:the )?territory of (?:ukraine|belarus|russia|georgia|moldova|poland|lithuania|latvia|estonia)|(?:ukrainian|belarusian|russian|georgian|moldovan|polish) territory|(?:ukraine|belarus|russia|georgia|moldova))${EN}`], nouns: ['invasion'] },
  encircle: { verbs: ['encircl\\w*', `surround(?:s|ed)?${EN}`, // "the besieged city" describes; "besieged Mariupol", "kept Mariupol under siege" claim.
    `(?<!(?:the|a|an|in|from|to|of)\\s|-)besieg(?:e|es|ed|ing)${EN}`, 'under siege', 'siege of', '(?:trapped|caught) in (?:a|the) pocket'], nouns: ['cauldron'] },
  withdraw: {
    // Leaving a deal, a treaty or a race is not a retreat: "withdrew from the grain deal".
    verbs: [`(?:withdr(?:aw|aws|awing|awn|ew)|pull(?:s|ed|ing)? (?:\\S+ ){0,2}(?:out|back)|step(?:s|ped|ping) back|f(?:all|alls|alling|allen|ell) back)${EN}(?! (?:from|of) (?:the |a |an )?(?:\\S+ ){0,3}${NOT_A_FRONT})`, `retreat(?:s|ed|ing)?${EN}`, `abandon(?:s|ed|ing)? (?:\\S+ ){0,2}(?:positions?|posts|trenches|the (?:town|city|village|bridgehead|west bank|east bank|left bank|right bank))${EN}`,
      // A town its army has left: "no Ukrainian soldiers remain in Avdiivka".
      `no (?:\\S+ ){0,2}${TROOPS} (?:remain|remained|are left|were left|are still)${EN}`],
    nouns: ['withdrawal'],
  },
  // Holding a place or beating an assault back: the defender's side of a capture claim.
  hold: {
    verbs: [
      `(?:hold|holds|holding|held) out${EN}`, '(?:hold|holds|holding|held|retain\\w*|keep|keeps|keeping|kept|maintain\\w*) (?:\\S+ ){0,2}(?:control|positions?|the line|defen[cs]es|their ground|ground)',
      'repel(?:s|led|ling)?', 'repuls(?:e|ed|es|ing)', '(?:drove|drive|drives|driven|driving|beat|beats|beaten|fought|fight|fights|fighting) (?:back|off) (?:\\S+ ){0,3}(?:attacks?|assaults?|offensives?|attempts?|advances?)',
      // "The defence of the plant continues", "continued to defend the town".
      'defen[cs]es? of (?:\\S+ ){1,4}(?:continues|continued|goes on|went on|is ongoing|was ongoing|holds|held)(?![a-z])', '(?:continue|continues|continued|continuing) to defend',
    ],
  },
  // Aircraft, drones and missiles brought down: air defence reports and disputes over who downed a plane.
  // Crossing a border, airspace or waters unlawfully: ships, drones and planes each side says strayed.
  violate_border: {
    verbs: [
      '(?:violat|breach)(?:e|es|ed|ing) (?:\\S+ ){0,2}(?:border|borders|airspace|air space|territorial waters|state border|frontier)',
      '(?:illegally|unlawfully) (?:crossed|crossing|crosses|cross|entered|entering|enters|enter) (?:\\S+ ){0,3}(?:border|airspace|territorial waters|waters)',
    ],
    nouns: ['(?:border|airspace) (?:violations?|incursions?)', 'violations? of (?:\\S+ ){0,2}(?:border|airspace|territorial waters)'],
  },
  shoot_down: {
    verbs: [
      // With what was brought down beside it: "shot down the idea" is no air defence.
      `(?:shot|shoot|shoots|shooting|bring|brings|brought|bringing) down (?:\\S+ ){0,3}(?:${AIRCRAFT})${EN}`,
      `(?:shot|shoot|shoots|shooting) (?:\\S+ ){0,2}(?:${AIRCRAFT}) down${EN}`,
      `(?:${AIRCRAFT}) (?:\\S+ ){0,5}(?:shot|brought) down${EN}`, `(?:downed|downing of) (?:\\S+ ){0,4}(?:${AIRCRAFT})${EN}`, `intercept(?:s|ed|ing)? (?:\\S+ ){0,4}(?:${AIRCRAFT})${EN}`,
    ],
  },
  // An explosion or blast, which officials and witnesses often tell differently ("there was no explosion").
  explode: {
    verbs: [
      // Sabotage of a structure is its blowing up ("sabotaged the dam"); not of talks, nor sabotage groups.
      '(?<![a-z])sabotag(?:e|es|ed|ing)(?! (?:\\S+ ){0,2}?(?:talks|negotiations|peace|process|agreements?|deals?|efforts|plans?|elections?|ceasefire|truce|groups?|units?|squads?|teams?|detachments?)(?![a-z]))',
      'explod(?:ed|es|ing)', `bl(?:ew|own|owing|ows?) up${EN}`, 'detonat(?:ed|es|ing)', '(?:blasts?|explosions?|detonations?) (?:\\S+ ){0,2}(?:hit|hits|rocked|rocks|tore|shook|were heard|was heard|heard)'],
    nouns: ['explosions?', 'detonations?', 'blasts?(?! (?:furnace|radius))'],
  },
  strike: {
    verbs: [
      '(?:missile|air|drone|rocket|artillery|shahed)\\s*(?:strikes?|attacks?|barrages?)', 'airstrikes?', '(?<!under[- ])fire[ds]? (?:\\w+ ){0,3}?(?:into|at|on|from)',
      'shell(?:s|ed|ing)', 'bomb(?:s|ed|ing)', `pound(?:ed|ing)${EN}`, 'launch(?:ed|es)? (?:\\w+ ){0,2}(?:missiles?|rockets?|drones?)',
      // The bare verb after an auxiliary or "to" ("did not strike the station", "will never shell
      // cities", "plans to bomb the port"); "strike a deal" is no strike, and a bare "shell" elsewhere is a noun.
      `(?:(?:did|does|do|will|would|could|can|shall|should|must|may|might)(?:n['’]t)?(?: not| never)?|cannot|never|to) (?:(?:deliberately|intentionally|ever|directly|again) )?(?:strike|shell|bomb)(?! (?:(?:a|an|the) )?(?:\\S+ )?(?:deal|balance|chord|note|agreement|pose|match|bargain|compromise|conversation|friendship|tone|blow|fear|terror)s?(?![a-z]))${EN}`,
      // The weapon as the subject: "a missile hit a farm", "drones struck the port".
      '(?:missiles?|rockets?|projectiles?|drones?|shells?) (?:\\w+ ){0,2}(?:hit|hits|struck|strikes|landed|lands|fell|falls|exploded|crashed)(?![a-z])',
      '(?:missiles?|rockets?|drones?|shaheds?) (?:\\w+ ){0,2}(?:was|were|had been|have been|being) (?:launched|fired)(?![a-z])',
      // Aiming fire at people or places that are not the front: "denied targeting civilians".
      '(?:target|strike|hit)(?:s|ed|ing)? (?:\\S+ ){0,2}(?:civilians?|residential|homes|houses|apartment|hospitals?|schools?|cities|towns|villages|infrastructure)(?![a-z])',
      '(?:struck|hitting|striking) (?:\\S+ ){0,2}(?:civilians?|residential|homes|houses|apartment|hospitals?|schools?)(?![a-z])',
      // The noun with what was hit ("responsibility for the strike on Kramatorsk"), not a walkout
      // ("went on strike on Monday", "a general strike against the reform").
      '(?<!(?:on|general|hunger|labou?r|national|rail|workers[’\']?) )strikes? (?:on|against)(?! (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|\\d))',
      // "carried out the strike", "carry out air strikes".
      'carr(?:y|ies|ied|ying) out (?:\\S+ ){0,3}?(?:strikes?|airstrikes?|bombings?|shelling)(?![a-z])',
      // The weapon after the place: "struck Kramatorsk with missiles".
      '(?:struck|strikes|hit|hits|pounded|pounds|targeted)(?= (?:\\S+ ){1,3}with (?:\\S+ ){0,2}(?:missiles?|rockets?|drones?|artillery|shells?|bombs?|glide bombs?)(?![a-z]))',
      // What was hit names a strike: "struck the railway station", "targeted a fuel depot", "the
      // bridge was hit by missiles"; not "struck a deal", "hit the rouble", "struck by how quiet".
      `(?:struck|strikes|striking|hit|hits|hitting|targeted|targeting|targets) (?:\\S+ ){0,3}?${FACILITY}`,
      '(?:was|were|been|being) (?:hit|struck|targeted) (?:\\S+ ){0,2}?(?:by|with) (?:\\S+ ){0,3}?(?:missiles?|rockets?|drones?|shells?|shelling|bombs?|artillery|(?:air|missile|drone)\\s?strikes?)(?![a-z])',
      // "Aircraft dropped a bomb on the theatre."
      '(?:drop|drops|dropped|dropping) (?:\\S+ ){0,3}?(?:bombs?|glide bombs?|explosives?)(?![a-z])',
    ],
  },
  attack: {
    verbs: [
      'attack(?:s|ed|ing)?(?! (?:on|against))', 'storm(?:s|ed|ing)? ', // An armed column marching on a city (demonstrators marching on a palace protest).
      `(?:${TROOPS}|mercenaries|fighters|columns?|tanks) (?:\\S+ ){0,3}march(?:es|ed|ing)? (?:on|towards?) (?!(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the anniversary)\\b)`,
      // Force against a crowd: "used tear gas and rubber bullets against protesters".
      `us(?:e|es|ed|ing) (?:\\S+ ){0,4}(?:(?:firearms|live (?:ammunition|fire|rounds)|rubber bullets|tear gas|stun grenades|water cannons?|batons) (?:against|on)|force against)${EN}`,
      // Driving the enemy back: "pushed Ukrainian forces back from the town".
      `push(?:es|ed|ing)? (?:\\S+ ){0,2}(?:${TROOPS}|enemy|russians|ukrainians|invaders|occupiers|them) back${EN}`,
      // The invasion in the Kremlin's word for it: "launched a special military operation".
      // Ground gained: "advanced two kilometres" ("advanced weapons" is no advance).
      `advanc(?:ed|es|ing) (?:\\S+ ){0,2}(?:kilomet(?:re|er)s?|km|miles|met(?:re|er)s)${EN}`,
      '(?:launch|conduct|start|begin|began|begun|carry out|carried out|announc)(?:s|es|ed|ing|e)? (?:\\S+ ){0,2}(?:special )?military operation', 'launch(?:es|ed|ing)? (?:a |an )?(?:new |renewed |major )?(?:offensive|assault|attack|counteroffensive)',
      `advanc(?:ed|es|ing) (?:on|towards?|into)${EN}(?! (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|a deal|an agreement|the talks)${EN})`, 'open(?:s|ed|ing)? fire',
      // Using weapons on someone is opening fire: "police did not use firearms".
      // So is using the weapons a war's disputes are about: "never used cluster munitions".
      '(?:use|uses|used|using|use of) (?:\\S+ ){0,2}(?:firearms|live (?:ammunition|rounds)|lethal force|cluster (?:munitions|bombs)|chemical weapons|(?:white )?phosphorus|incendiary (?:munitions|weapons|bombs)|thermobaric (?:weapons|bombs|rockets))',
    ],
    nouns: [
      'attacks? (?:on|against)', 'assaults?', 'counter-?offensives?', 'offensives?', 'aggression',
      // Fighting that goes on at a place: "heavy fighting continues", "the battle for Soledar".
      'fighting (?:\\S+ ){0,2}(?:continues|continued|is ongoing|was ongoing|rages|raged|goes on|went on|broke out)', 'battles? (?:for|over) ',
    ],
    // The stock denial of offensive intent: "a purely defensive alliance", "only about defence".
    negating: ['(?:purely|only|solely|exclusively|strictly)(?: about)? defen(?:sive|[cs]e)'],
  },
  occupy: {
    verbs: [
      // Seizing ships, crews or assets is no capture of ground.
      'occup(?:y|ies|ying)', `seiz(?:e|ed|es|ing)${EN}(?! (?:\\S+ ){0,3}(?:${NOT_GROUND}))`, `annex(?:es|ing)?${EN}`,
      // "occupied" and "annexed" after an article or a preposition describe a place ("in occupied Melitopol", "annexed Crimea"): no claim.
      `(?<!(?:the|of|in|to|from|into|on|and|with|newly|illegally|temporarily|russian-) )(?:occupied|annexed)${EN}`, '(?:take|takes|taken|took|taking) (?:over|(?:full )?control)',
      '(?:take|takes|taken|took|taking|captur\\w+|seiz\\w+) (?:the |a )?(?:\\S+ )?(?:town|city|village|settlement|airport|port|bridgehead)(?: of)?(?![a-z])', 'under (?:\\S+ ){0,2}control',
      // Running, ruling or governing a country is control of it: "no one other than us runs Belarus".
      `(?:run|runs|ran|running|rule|rules|ruled|ruling|govern|governs|governed|governing|controls?) (?:the )?(?=${COUNTRY}${EN})`,
      'captur(?:e|es|ed|ing)', `controll(?:ed|ing)${EN}`, '(?:recaptur|retak|retook|liberat)\\w*', '(?:establish|gain|regain|seiz)\\w* (?:full )?control',
    ],
    nouns: ['occupation', 'annexation', '(?<!(?:lost|lose|loses|losing) )control (?:over|of) '],
  },
  casualties: {
    // "Had lost 500 soldiers", "lost their lives"; a lost battle or election is no toll.
    verbs: [`(?:lost|lose|loses|losing) (?:\\S+ ){0,3}(?:soldiers|troops|men|servicemen|fighters|personnel|lives|tanks|vehicles|launchers|systems|aircraft|jets|helicopters)${EN}`,
      // Told in the passive: "no HIMARS systems had been lost", "two jets were lost".
      `(?:soldiers|troops|servicemen|fighters|tanks|vehicles|launchers|systems|aircraft|jets|helicopters) (?:(?:has|have|had) been|were|was) lost${EN}`,
      // Equipment destroyed is a loss, as in Russian and Ukrainian reports ("уничтожены 12 танков").
      `destroy(?:s|ed|ing)? (?:\\S+ ){0,3}(?:tanks?|armou?red vehicles|vehicles|howitzers|artillery (?:systems|pieces)|helicopters|warplanes|jets|aircraft|launchers|rocket systems|air defen[cs]e systems|HIMARS|drones|depots|ammunition depots|warships|ships|boats)${EN}`, `kill(?:s|ed|ing)?${EN}`, `murder(?:s|ed|ing)?${EN}`,
      // The dead found: "bodies of civilians were found", "found the bodies of".
      '(?:bodies|corpses) (?:\\S+ ){0,4}?(?:were|have been|had been|was|are being) (?:found|discovered|recovered|exhumed)(?![a-z])', '(?:found|discovered|recovered|exhumed) (?:\\S+ ){0,3}?(?:bodies|corpses)(?![a-z])', 'mass graves?', `(?:died|dies)${EN}`, `wound(?:ed|ing)${EN}`, 'injur(?:ed|ing|ies)(?! (?:voice|tone|pride|feelings|party|look|expression|innocence))', `(?:was|were|been|be) hurt${EN}`],
    // "In the dead of night" says when, not who died.
    nouns: [`(?:dead(?! of (?:the )?(?:night|winter))|casualties|death toll|fatalities|losses)${EN}`],
  },
  detain: {
    verbs: [
      `(?:arrest|detain)(?:s|ed|ing)?${EN}`, `(?:jailed|imprisoned|abduct(?:s|ed|ing)?|kidnap(?:s|ped|ping)?)${EN}`, `sentenc(?:e|es|ed|ing) (?:\\S+ ){0,4}to (?:\\S+ ){0,2}(?:years?|months?)${EN}`,
      // Taken away by force: "seized the 38-year-old", "snatched by masked men", "bundled into a van".
      `(?:seiz|snatch|grabb?)(?:e|es|ed|ing)? (?:\\S+ ){0,2}${PEOPLE}`,
      '(?:seized|snatched|grabbed|taken away|bundled away) by (?:\\S+ ){0,2}(?:masked|unidentified|unknown|plain-?clothes|security|police|men)',
      'bundled (?:\\S+ ){0,2}into (?:a |an |the )?(?:\\S+ )?(?:van|minibus|bus|car|vehicle)',
    ],
    nouns: [`(?:arrests?|detentions?)${EN}`],
  },
  // A poisoning of a person: "was poisoned with Novichok", "accused Russia of poisoning him". Not
  // figures of speech ("poisoned relations", "poisoned the atmosphere").
  poison: {
    verbs: [`poison(?:s|ed|ing)?${EN}(?! (?:\\S+ ){0,2}(?:relations|ties|atmosphere|climate|debate|talks|well|minds)${EN})`],
  },
  mobilise: { verbs: ['mobili[sz](?:e|ed|es|ing)', 'conscript(?:s|ed|ing)', '(?:call(?:s|ed|ing)?|draft(?:s|ed|ing)?) up (?:\\S+ ){0,3}(?:reservists|recruits|conscripts|men|troops|soldiers|citizens)', '(?:reservists|conscripts|men|recruits) (?:\\S+ ){0,3}(?:called up|drafted)'], nouns: ['mobili[sz]ation', 'conscription', 'call-up'] },
  exercise: {
    verbs: ['(?:hold|holds|held|holding|conduct\\w*|carry out|carries out|carried out|carrying out|stage[ds]?|staging|practi[cs]\\w*|begin|began|begun|start\\w*)(?: \\S+){0,4} (?:exercises?|drills?|manoeuvres|maneuvers|inspection)'],
    nouns: ['exercises?', 'drills?', 'manoeuvres', 'maneuvers', 'combat readiness inspection', 'inspection of (?:the )?combat readiness'],
  },
  deploy: {
    verbs: [`deploy(?:s|ed|ing)?${EN}`, 'stationed', 'redeploy\\w*', 'build(?:s|ing)? up', '(?:mov|mass|amass|transferr|concentrat)(?:e|es|ed|ing) (?:\\S+ ){0,3}(?:troops|forces|units|soldiers|equipment|battalions|brigades|missiles|launchers|iskanders?|weapons|warheads)'],
    nouns: ['deployment', 'build-?up', 'troop movements?'],
  },
  threaten: { verbs: ['threaten(?:s|ed|ing)?', 'warn(?:s|ed)? of'], nouns: ['threats?', 'ultimatum'] },
  visit: {
    // A website visited is no trip; "the back of the head" is no heading anywhere.
    verbs: [`visit(?:s|ed|ing)${EN}${NOT_ONLINE}`, '(?:fly|flies|flew|travel\\w*|arriv\\w*|(?<!(?:the|a|his|her|their|its|of) )(?:heads?|headed))(?: \\w+){0,2} (?:to|for|in) '],
    nouns: [`visit${EN}${NOT_ONLINE}`, 'trip to'],
  },
  negotiate: {
    verbs: ['negotiat(?:e|es|ed|ing)', '(?:hold|holds|held|holding) talks', 'meet(?:s|ing)? (?:with )?(?:his|her|their)? ?counterpart', '(?:will|to) meet', 'met with', '(?:delegations|negotiators|envoys) (?:\\S+ ){0,3}(?:met|meet|will meet)'],
    nouns: ['talks', 'negotiations', 'peace (?:deal|agreement|plan)'],
  },
  agree: { verbs: ['sign(?:s|ed)? an? (?:\\w+ )?(?:agreement|deal|treaty|pact)', 'reach(?:es|ed)? (?:an? )?(?:agreement|deal)', 'agreed'] },
  integrate: { verbs: ['integrat(?:e|es|ed|ing)', 'merg(?:e|ed|es|ing)'], nouns: ['integration', 'union state'] },
  // A protest held, and how many took part: the numbers police and organisers dispute.
  protest: {
    verbs: ['protest(?:ed|ing)', '(?:took|take|takes|taking) to the streets'],
  },
  defend: { verbs: ['defend\\w*', 'protect\\w*'], nouns: ['defen[cs]e of', 'defensive'] },
};
