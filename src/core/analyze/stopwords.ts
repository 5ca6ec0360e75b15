import { stem } from './stem';
import { BELARUSIAN, BULGARIAN, INFLECTING, POLISH, RUSSIAN, UKRAINIAN } from './stopwordsSlavic';

// Function words and newsroom boilerplate that say nothing about what an article is about.
const WORDS = `
a about above according across after afterwards again against ago all almost alone along already also although always am
among amongst an and another any anyone anything anyway anywhere are around as at back be became because become becomes
been before beforehand behind being below beside besides between beyond both but by can cannot could did do does doing done
down during each earlier either else elsewhere enough even ever every everyone everything everywhere except few first for
former formerly from further had has have having he hence her here hers herself him himself his how however i if in indeed
instead into is it its itself just last later least less like made make many may me meanwhile might mine more moreover most
mostly much must my myself namely neither never nevertheless next no nobody none noone nor not nothing now nowhere of off
often on once one only onto or other others otherwise our ours ourselves out over own part per perhaps please put rather
re same seem seemed seeming seems several she should since so some somehow someone something sometime sometimes somewhere
still such than that the their theirs them themselves then thence there thereafter thereby therefore therein thereupon these
they this those though through throughout thru thus to together too toward towards under until up upon us very via was we
well were what whatever when whence whenever where whereafter whereas whereby wherein whereupon wherever whether which while
whither who whoever whole whom whose why will with within without would yet you your yours yourself yourselves
s t don doesn didn isn wasn aren weren won wouldn couldn shouldn ve ll re d m
said say says told tell tells added adds according reported report reports claimed stated noted asked news read full article
source link photo image video live blog comment comments click subscribe sign newsletter share advertisement copyright
year years month months week weeks day days time times today yesterday tomorrow monday tuesday wednesday thursday friday
saturday sunday january february march april june july august september october november december mr mrs ms
new also just way ways thing things lot lots people person
going need needs various come comes came coming use used using including include includes took take takes taking make
makes making get gets got set began begun begin want wants know see seen look looks show shows like likely another
around within whose went go goes gone keep kept give given put told hour hours minute minutes half
two three four five six seven eight nine ten caption pictured http https www
`;

const ENGLISH = WORDS.split(/\s+/).filter(Boolean);

/** Every language's stopwords in one set: a word's letters keep the languages apart. */
export const STOPWORDS = new Set([...ENGLISH, ...RUSSIAN, ...UKRAINIAN, ...BELARUSIAN, ...BULGARIAN, ...POLISH]);

let stopStems: Set<string> | null = null;

/** Stems of the lemmas whose every form is noise, each stemmed in its own language. */
function inflectingStems(): Set<string> {
  if (!stopStems) {
    stopStems = new Set();
    for (const [lang, lemmas] of Object.entries(INFLECTING)) for (const lemma of lemmas) stopStems.add(stem(lemma, lang));
  }
  return stopStems;
}

/** A word, or its stem in its language, that says nothing about what a report is about. */
export function isStopword(word: string, wordStem: string): boolean {
  const lower = word.toLowerCase();
  return STOPWORDS.has(lower) || STOPWORDS.has(wordStem) || inflectingStems().has(wordStem);
}
