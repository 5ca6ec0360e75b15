// Numbers written as words, multipliers and vague counts in English, Russian, Ukrainian,
// Belarusian, Bulgarian and Polish, in the cases news copy uses ("двух ракет", "трьох танків").

export const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, hundred: 100, dozen: 12,
  // Russian
  два: 2, две: 2, двух: 2, три: 3, трех: 3, трёх: 3, четыре: 4, четырех: 4, четырёх: 4, пять: 5, пяти: 5, шесть: 6, шести: 6,
  семь: 7, семи: 7, восемь: 8, восьми: 8, девять: 9, девяти: 9, десять: 10, десяти: 10, двадцать: 20, двадцати: 20,
  тридцать: 30, сорок: 40, пятьдесят: 50, сто: 100, двести: 200, триста: 300,
  // Ukrainian
  дві: 2, двох: 2, трьох: 3, чотири: 4, чотирьох: 4, "п'ять": 5, 'п’ять': 5, "п'яти": 5, шість: 6, сім: 7, вісім: 8, "дев'ять": 9,
  'дев’ять': 9, двадцять: 20, тридцять: 30, "п'ятдесят": 50, двісті: 200,
  // Belarusian
  дзве: 2, тры: 3, чатыры: 4, пяць: 5, шэсць: 6, сем: 7, восем: 8, дзевяць: 9, дзесяць: 10, дваццаць: 20,
  // Bulgarian
  четири: 4, пет: 5, шест: 6, седем: 7, осем: 8, девет: 9, десет: 10, двадесет: 20,
  // Polish
  dwa: 2, dwie: 2, dwóch: 2, trzy: 3, trzech: 3, cztery: 4, czterech: 4, pięć: 5, pięciu: 5, sześć: 6, siedem: 7, osiem: 8,
  dziewięć: 9, dziesięć: 10, dwadzieścia: 20,
  // Hundreds, in the nominative and in the genitive that follows "около", "более", "понад" ("около двухсот тысяч").
  двухсот: 200, трехсот: 300, трёхсот: 300, четыреста: 400, четырехсот: 400, четырёхсот: 400, пятьсот: 500, пятисот: 500,
  шестьсот: 600, шестисот: 600, семьсот: 700, семисот: 700, восемьсот: 800, восьмисот: 800, девятьсот: 900, девятисот: 900,
  двохсот: 200, трьохсот: 300, чотириста: 400, чотирьохсот: 400, "п'ятсот": 500, 'п’ятсот': 500, "п'ятисот": 500, 'п’ятисот': 500,
  шістсот: 600, сімсот: 700, вісімсот: 800, "дев'ятсот": 900, 'дев’ятсот': 900,
  двесце: 200, трыста: 300, чатырыста: 400, пяцьсот: 500,
  // One and a half ("более полутора тысяч", "понад півтори тисячі", "больш за паўтары тысячы", "półtora tysiąca").
  полтора: 1.5, полторы: 1.5, полутора: 1.5, півтора: 1.5, півтори: 1.5, паўтара: 1.5, паўтары: 1.5, półtora: 1.5, półtorej: 1.5,
  // A thousand by itself ("понад тисячу людей", "более тысячи" is read below).
  тысячу: 1000, тисячу: 1000,
  // One, in the genders and cases a toll uses ("погиб один человек", "загинула одна людина").
  один: 1, одна: 1, одно: 1, одного: 1, одной: 1, одної: 1, адзін: 1, адна: 1, аднаго: 1, адной: 1, един: 1, една: 1, jeden: 1, jedna: 1, jednego: 1,
  // Collective numerals, the usual way to count a few people ("погибли трое", "двоє дітей", "трое чалавек").
  двое: 2, трое: 3, четверо: 4, пятеро: 5, шестеро: 6, семеро: 7, двоих: 2, троих: 3, четверых: 4, пятерых: 5,
  двоє: 2, троє: 3, "п'ятеро": 5, 'п’ятеро': 5, чацвёра: 4, пяцёра: 5,
};

/** Words for one that are no count: "no one", "ни один", "жодна", "one of the dead", "один из". */
export const NOT_ONE_BEFORE = /(?<![\p{L}])(?:no|not|nor|ни|ні|ані|жодн\p{L}*|ні\s+адзін|ani|żaden|nikt|нито)\s+$/iu;
export const NOT_ONE_AFTER = /^\s+(?:of|из|из-за|із|з|са|z|от|от\s)(?![\p{L}])/iu;

/** Multipliers by stem: "тыс.", "тысяч", "тисячі", "tys.", "хиляди", "млн", "мільйонів". */
const MULTIPLIER_STEMS: Array<[RegExp, number]> = [
  [/^hundred/iu, 100], [/^(?:thousand|тыс|тис|tys|хил)/iu, 1e3], [/^(?:million|млн|миллион|мільйон|мільён|milion|mln|милион)/iu, 1e6],
  [/^(?:billion|млрд|миллиард|мільярд|мільярд|miliard|mld|милиард)/iu, 1e9],
];
export const MULTIPLIERS: Record<string, number> = Object.fromEntries([
  // "three hundred" is one number, not three and a hundred.
  'hundred', 'thousand', 'million', 'billion', 'тыс\\.?', 'тысяч[аиу]?', 'тысячы', 'тис\\.?', 'тисяч[аіу]?', 'tys\\.?', 'tysi[ąę]c[ey]?', 'tysięcy',
  'хил\\.?', 'хиляди', 'млн\\.?', 'миллион(?:а|ов)?', 'мільйон(?:а|ів)?', 'мільён(?:а|аў)?', 'mln\\.?', 'milion(?:a|y|ów)?', 'милиона?',
  'млрд\\.?', 'миллиард(?:а|ов)?', 'мільярд(?:а|ів)?', 'mld\\.?', 'miliard(?:a|y|ów)?',
].map((pattern) => [pattern, 1]));

export function multiplierOf(word: string): number {
  return MULTIPLIER_STEMS.find(([stem]) => stem.test(word))?.[1] ?? 1;
}

/** Counts given as orders of magnitude, as ranges: "hundreds of", "сотни", "десятки тысяч". */
export const VAGUE_RANGES: Record<string, [number, number | null]> = {
  'dozens of': [24, 99], 'hundreds of': [200, 999], 'thousands of': [2000, null], 'tens of thousands of': [20000, null],
  десятки: [20, 99], десятков: [20, 99], сотни: [200, 999], сотен: [200, 999], тысячи: [2000, null], 'десятки тысяч': [20000, null],
  сотні: [200, 999], сотень: [200, 999], тисячі: [2000, null], 'десятки тисяч': [20000, null],
  дзясяткі: [20, 99], тысячы: [2000, null], 'дзясяткі тысяч': [20000, null],
  десетки: [20, 99], стотици: [200, 999], хиляди: [2000, null], 'десетки хиляди': [20000, null],
  dziesiątki: [20, 99], setki: [200, 999], tysiące: [2000, null], 'dziesiątki tysięcy': [20000, null],
};
