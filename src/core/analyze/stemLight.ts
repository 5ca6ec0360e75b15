// Light stemmers for Ukrainian, Belarusian, Bulgarian and Polish, which have no Snowball
// algorithm: the longest inflectional ending (case, number, gender, tense, the reflexive
// particle, the Bulgarian article) is stripped once, and never so much that fewer than three
// letters with a vowel remain. Past-tense endings in -ла/-ли are not listed: they are also a
// noun's -л plus its case ending ("обстріли", "генерала"), and terms are mostly nouns. Derivation is left alone: "звільнення" and "звільнити" stay two
// words, as they are two things a report says.
import type { LexicalLang } from './wordLanguage';

interface Rules {
  vowels: RegExp;
  /** The Bulgarian definite article, stripped before the ending ("настъплението" -> "настъпление"). */
  article?: string[];
  /** Reflexive endings, stripped before the rest ("повідомився" -> "повідоми"). */
  reflexive: string[];
  /** Case, number and tense endings, longest tried first. */
  endings: string[];
  /** A final letter pair written double only by inflection ("звільнення" -> "звільнен"). */
  undouble?: RegExp;
}

const words = (list: string) => list.split(/\s+/).filter(Boolean);

const RULES: Record<LightLang, Rules> = {
  uk: {
    vowels: /[аеєиіїоуюя]/,
    reflexive: words('ся сь'),
    endings: words(`
      ими іми ого ому ої ою ій ий им ім их іх ая яя ую юю ее єє іше
      ами ями ові еві ом ем єм ах ях ів їв ей ам ям
      ував ював ували ювали увала ювала увати ювати ують юють
      ити ати яти іти ути яла яли яло
      ить ать ять ють уть ите ете єте ємо емо имо імо еш єш иш
      ив ав яв
      а я у ю е є і ї и о ь й`),
    undouble: /(нн|тт|лл|цц|дд|жж|чч|шш|сс|зз)$/,
  },
  be: {
    vowels: /[аеёіоуыэюя]/,
    reflexive: words('ся цца сь'),
    endings: words(`
      ымі імі ага яга аму яму ой ая яя ую юю ае ое ыя ія ых іх ым ім ай яй ей ый ій
      амі ямі аў оў еў ам ям ах ях ом ем ёй ою ёю
      аваў авала авалі аваць ываць
      яла ялі яло
      аць яць іць ыць уць юць ець аюць яюць ем ём ім ыш еш іш
      аў яў іў ыў
      а я у ю е ё і ы о ь`),
    undouble: /(нн|цц|лл|сс|зз|дд|шш|жж|чч)$/,
  },
  bg: {
    vowels: /[аъоуеияю]/,
    article: words('ът ят та то те а я'),
    reflexive: [],
    endings: words(`
      ища ове еве
      ахме яхме ахте яхте ихме ихте аха яха иха аше яше ише еше
      ила ило или ала ало али яла яло яли
      ите ете ате яте ат ят ем им ам ме еш иш аш
      ия ии ие ой ая ое
      а я е и о у ю й ъ`),
  },
  pl: {
    vowels: /[aąeęioóuy]/,
    reflexive: [],
    endings: words(`
      owania owanie owaniu owaniem owaniach owego owej owemu owym owymi owych owie
      ujący ująca ujące ującego ującej ującym ującymi ujących ujemy ujecie ują uje
      owali owała owało owały ował ować ywać iwać
      ami ach owi ów om em iem ie
      ego emu ymi imi ych ich ej ym im
      ali ała ało ały ił iła iło iły ili ył yła yło yły yli ał ać eć ić yć
      ania anie aniu aniem aniach enia enie eniu eniem eniach
      ą ę a y i u o e`),
  },
};

const COMPILED = new Map<string, { reflexive: Set<string>; article: Set<string>; endings: Set<string>; rules: Rules }>();

function compiled(lang: LightLang) {
  let c = COMPILED.get(lang);
  if (!c) {
    const rules = RULES[lang];
    c = { rules, reflexive: new Set(rules.reflexive), article: new Set(rules.article ?? []), endings: new Set(rules.endings) };
    COMPILED.set(lang, c);
  }
  return c;
}

// Polish locatives soften the last consonant ("w Bachmucie", "w Mariupolu" but "na froncie"):
// the hard consonant is put back before the ending goes.
const POLISH_LOCATIVE = /(?<=\p{L}{3})(?:ście|cie|dzie|rze|źmie)$/u;
const POLISH_ALTERNATION: Record<string, string> = { ście: 'st', cie: 't', dzie: 'd', rze: 'r', źmie: 'zm' };

// Bulgarian past tenses end in -а like the article ("заявиха"): such a word keeps its -а for the ending rules.
const BULGARIAN_VERB = /(?:[аяи]ха|[аяи]хме|[аяи]хте|[аяи]ше|ила|ало|яло|ило|ала|яла)$/;

const LONGEST_ENDING = 7;

/** The longest ending that leaves a stem of three letters with a vowel; a shorter one when the longest cuts too deep. */
function stripOnce(word: string, endings: Set<string>, vowels: RegExp): string {
  for (let cut = Math.min(LONGEST_ENDING, word.length - 3); cut > 0; cut--) {
    if (!endings.has(word.slice(-cut))) continue;
    const stem = word.slice(0, -cut);
    if (vowels.test(stem)) return stem;
  }
  return word;
}

export function stemLight(input: string, lang: LightLang): string {
  const { rules, reflexive, article, endings } = compiled(lang);
  let word = input.toLowerCase().replace(/[’ʼ]/g, "'");
  if (reflexive.size) word = stripOnce(word, reflexive, rules.vowels);
  if (article.size && !BULGARIAN_VERB.test(word)) word = stripOnce(word, article, rules.vowels);
  if (lang === 'pl') word = word.replace(POLISH_LOCATIVE, (ending) => POLISH_ALTERNATION[ending] ?? ending);
  word = stripOnce(word, endings, rules.vowels);
  if (rules.undouble) word = word.replace(rules.undouble, (pair) => pair[0] as string);
  return word;
}

export type LightLang = Extract<LexicalLang, 'uk' | 'be' | 'bg' | 'pl'>;
