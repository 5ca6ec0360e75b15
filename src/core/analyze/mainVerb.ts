import { stem } from './stem';

/** stem() takes the language as a second argument once it is multilingual; until then it ignores it. */
const stemIn: (word: string, lang?: string | null) => string = stem;

export interface MainVerb { start: number; end: number; key: string }

const WORD = /\p{L}+(?:['’]\p{L}+)*/gu;
const isCapitalised = (word: string) => /^\p{Lu}/u.test(word);
/** A capitalised word is a name mid-claim, and at its start when a capitalised word follows ("Павел Латушко"). */
const nameLike = (words: RegExpMatchArray[], i: number) => isCapitalised(words[i]![0]) && (i > 0 || isCapitalised(words[1]?.[0] ?? ''));

// English: a verb after an auxiliary ("did not evacuate"), a past tense in -ed, or a common
// irregular past. Adjectives in -ed that read as verbs are left out.
const AUXILIARY = new Set(['did', 'does', 'do', 'has', 'have', 'had', 'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'is', 'are', 'was', 'were']);
const BE = new Set(['is', 'are', 'was', 'were']);
const SKIP_AFTER_AUXILIARY = /^(?:not|never|been|be|have|has|had|also|already|still|just|reportedly|allegedly|n['’]t)$|ly$/i;
const NOT_A_VERB = /^(?:the|a|an|to|no|any|that|this|these|those|more|less|its|their|his|her|our|it|they|he|she|we|you|i|there|in|on|at|of|by|for|with|from|as|and|or|but|ready|able|likely|unlikely|about|everything|anything|nothing|something|all)$/i;
const ADJECTIVE_ED = new Set(['united', 'armed', 'based', 'limited', 'called', 'alleged', 'reported', 'related', 'advanced', 'detailed', 'experienced', 'interested', 'concerned', 'supposed', 'named', 'occupied', 'unprecedented', 'coordinated', 'guided', 'manned', 'unmanned', 'wounded', 'red']);
/** "unspecified", "unidentified", "unconfirmed": a participle with un- describes a noun, it is no act. */
const UN_ED = /^un\p{L}{3,}ed$/u;
const IRREGULAR: Record<string, string> = {
  took: 'take', taken: 'take', gave: 'give', given: 'give', left: 'leave', sent: 'send', went: 'go', gone: 'go', made: 'make', fled: 'flee',
  lost: 'lose', won: 'win', fought: 'fight', brought: 'bring', built: 'build', held: 'hold', kept: 'keep', met: 'meet', ran: 'run', sold: 'sell',
  bought: 'buy', struck: 'strike', broke: 'break', broken: 'break', began: 'begin', begun: 'begin', came: 'come', saw: 'see', seen: 'see',
  found: 'find', led: 'lead', stood: 'stand', threw: 'throw', thrown: 'throw', chose: 'choose', chosen: 'choose', rose: 'rise', fell: 'fall',
  fallen: 'fall', withheld: 'withhold', overran: 'overrun', flew: 'fly', flown: 'fly', drove: 'drive', driven: 'drive', hid: 'hide', hidden: 'hide', shot: 'shoot', told: 'tell', done: 'do',
};
// After an article or a preposition an -ed word qualifies a noun: "the embattled town", "in occupied areas".
const PRONOUN = /^(?:i|we|you|they|he|she|it|who)$/i;
const ARTICLE_BEFORE = /^(?:the|a|an|its|their|his|her|our|of|over|in|on|at|for|with|by|from|into|near|across)$/i;

function englishVerb(words: RegExpMatchArray[]): RegExpMatchArray | null {
  for (let i = 0; i < words.length; i++) {
    const word = words[i]![0].toLowerCase();
    if (AUXILIARY.has(word.replace(/n['’]t$/, ''))) {
      let j = i + 1;
      while (j < words.length && SKIP_AFTER_AUXILIARY.test(words[j]![0])) j++;
      const next = words[j]?.[0].toLowerCase();
      if (!next || NOT_A_VERB.test(next) || isCapitalised(words[j]![0])) continue;
      if (BE.has(word.replace(/n['’]t$/, '')) && ((!/(?:ed|en|wn|ing)$/.test(next) && !IRREGULAR[next]) || ADJECTIVE_ED.has(next))) continue;
      return words[j]!;
    }
    if (nameLike(words, i)) continue;
    const previous = words[i - 1]?.[0] ?? '';
    if (/\p{L}{3}ed$/u.test(word) && !ADJECTIVE_ED.has(word) && !UN_ED.test(word) && !ARTICLE_BEFORE.test(previous)) return words[i]!;
    if (IRREGULAR[word] && !ARTICLE_BEFORE.test(previous)) return words[i]!;
    // A present tense after a pronoun: "we follow orders", "they deny it".
    if (PRONOUN.test(previous) && word.length > 2 && !NOT_A_VERB.test(word) && !SKIP_AFTER_AUXILIARY.test(word)) return words[i]!;
  }
  return null;
}

/** "evacuated", "evacuating", "evacuate" and "evacuates" are one key; "stopped" is "stop". */
function englishKey(word: string): string {
  const w = IRREGULAR[word] ?? word;
  const base = w.replace(/(?:ies|ied)$/, 'y').replace(/(?:ing|ed|es|e|s)$/, '');
  const undoubled = base !== w && /([bdgmnprt])\1$/.test(base) ? base.slice(0, -1) : base;
  return stemIn(undoubled.length >= 2 ? undoubled : w, 'en');
}

// Slavic: a past tense (a vowel, then л/ł or Belarusian ў, then the ending), else a present
// third person. Common nouns that end the same way are left out; a capitalised word mid-claim
// is a name ("Павел"), not a verb.
const PAST = /^\p{L}{2,}[аеёиоуыэяюіїєaeiouyąę](?:л[аоиі]?|ў|ł|ła|ło|li|ły)(?:ся|сь)?$/u;
const PRESENT = /^\p{L}{3,}(?:ает|яет|ует|еет|ают|яют|уют|ется|ются|ится|ятся|ає|яє|ує|ають|яють|ують|ється|ються|ае|яе|уе|аюць|яюць|уюць|ecie|ają|uje)$/u;
const BULGARIAN_AORIST = /^\p{L}{3,}[аиея]ха$/u;
const NOUN_LOOKALIKE = new Set(['сила', 'дела', 'села', 'тела', 'дело', 'село', 'тело', 'число', 'около', 'мало', 'земли', 'цели', 'роли', 'воли', 'боли', 'школа', 'школи', 'сили', 'цілі', 'ролі', 'сілы', 'было', 'были', 'была', 'був', 'була', 'було', 'були', 'быў', 'была', 'было', 'былі', 'стало', 'стали', 'стала', 'стал', 'мела', 'ciało', 'było', 'była', 'były', 'był', 'byli']);

/** A Slavic past tense ("прошли" aside: see slavicDates.ts), not a noun that ends like one ("села", "было"). */
export const isSlavicPast = (word: string) => word.length >= 4 && !NOUN_LOOKALIKE.has(word) && PAST.test(word);

// An adjective in the genitive plural ("унутраных", "апошніх") agrees with the noun after it, so
// a Belarusian word in -ў there is a genitive plural noun ("спраў", "гадоў"), not a past tense
// ("заявіў" would need a nominative subject). Other words after such an adjective stay candidates:
// "сотни протестующих заблокировали дорогу".
const ADJECTIVE_PLURAL_OBLIQUE = /^\p{L}{3,}(?:ых|их|іх)$/u;
const GENITIVE_PLURAL_IN_U = /[аоеёяі]ў$/u;

function slavicVerb(words: RegExpMatchArray[]): RegExpMatchArray | null {
  let present: RegExpMatchArray | null = null;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]![0].toLowerCase();
    if (word.length < 4 || NOUN_LOOKALIKE.has(word) || nameLike(words, i)) continue;
    if (GENITIVE_PLURAL_IN_U.test(word) && ADJECTIVE_PLURAL_OBLIQUE.test(words[i - 1]?.[0].toLowerCase() ?? '')) continue;
    if (PAST.test(word) || BULGARIAN_AORIST.test(word)) return words[i]!;
    if (!present && PRESENT.test(word)) present = words[i]!;
  }
  return present;
}

/** Reflexive, past and infinitive endings off: эвакуировали, эвакуировал, эвакуировать are one key. */
function slavicKey(word: string, lang: string | null): string {
  const base = word.toLowerCase().replace(/(?:ся|сь)$/, '').replace(/(?:л[аоиі]?|ў|ł|ła|ło|li|ły|ть|ти|ць|ć|ха)$/, '');
  return stemIn(base.length >= 3 ? base : word.toLowerCase(), lang);
}

const SLAVIC = new Set(['ru', 'uk', 'be', 'bg', 'pl']);

/** The clause's main verb and its key, read by the rules of the claim's language or script. */
export function findMainVerb(claim: string, lang: string | null): MainVerb | null {
  const words = [...claim.matchAll(WORD)];
  const slavic = lang ? SLAVIC.has(lang.slice(0, 2)) : /\p{Script=Cyrillic}/u.test(claim);
  const found = slavic ? slavicVerb(words) : englishVerb(words);
  if (!found) return null;
  const word = found[0].toLowerCase();
  return { start: found.index!, end: found.index! + found[0].length, key: slavic ? slavicKey(word, lang) : englishKey(word) };
}
