// One Latin key for a surname however it is written: "Пригожин", "Пригожина", "Prigozhin",
// "Prigojine", "Prigożyn" -> "prigozhin". Keys are for equality, not for display: the sounds
// that spellings of Slavic names render differently collapse to one letter (г/х/h/g/kh, и/ы/і/
// й/y/j/i, е/є/э/ye/ie), Cyrillic case endings go, and so do the final vowels that differ
// between Russian, Ukrainian and Belarusian forms ("Лукашенко", "Лукашэнка").

const CYRILLIC_TO_LATIN: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'h', ґ: 'h', д: 'd', е: 'e', ё: 'e', є: 'e', э: 'e', ж: 'zh', з: 'z', и: 'i', і: 'i', ї: 'i',
  й: 'i', ы: 'i', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ў: 'u', ф: 'f', х: 'h',
  ц: 'c', ч: 'ch', ш: 'sh', щ: 'sh', ъ: '', ь: '', ю: 'iu', я: 'ia', ѝ: 'i', "'": '', '’': '', ʼ: '',
};

// Case endings of Slavic surnames (Пригожина, Зеленського, Лукашэнкам, Тарайкоўскага), longest first;
// the nominative endings of -ий/-ой/-ая adjectival surnames go too, so all forms meet.
const CYRILLIC_CASE_ENDING = /(?:ими|ыми|імі|ымі|ами|ями|амі|ямі|ого|его|ому|ему|ага|яга|аму|яму|ой|ей|ай|ою|ею|ої|єї|ій|ий|ый|ая|яя|ую|ыя|ія|им|ым|ім|ом|ем|ём|ам|ям|ах|ях|іх|их|ых|у|ю|а|я|е|і|ы|и|ь)$/;

// Polish letters before accents are dropped: "Prigożyn", "Łukaszenka", "Szojgu" (ó is u).
const POLISH: Record<string, string> = { ż: 'zh', ź: 'zh', ł: 'l', ś: 's', ć: 'c', ń: 'n', ó: 'u', ą: 'on', ę: 'en' };
// French writes ш as ch and ж as j; "ou" (u) gives a French spelling away: "Loukachenko", "Choïgou".
const FRENCH: Array<[RegExp, string]> = [[/ch/g, 'sh'], [/j/g, 'zh'], [/ou/g, 'u']];

// Latin spellings, most specific first: Polish and German clusters, then the English pairs.
const LATIN_RULES: Array<[RegExp, string]> = [
  [/szcz|shch/g, 'sh'], [/tsch|cz|tch/g, 'ch'], [/sz|sch/g, 'sh'], [/rz|zh/g, 'zh'],
  [/ji/g, 'zhi'], // French "Prigojine", "Jirinovski": j before i is ж, elsewhere й
  [/kh|ch(?=[^aeiouy]|$)/g, 'h'], [/g/g, 'h'], [/ph/g, 'f'], [/ck|q/g, 'k'], [/x/g, 'ks'], [/w/g, 'v'],
  [/tz|ts/g, 'c'], [/c(?![eiyh])/g, 'k'], [/ou/g, 'u'],
  [/(?<=^|[aeiouy])[yj]e|(?<=[^aeiouy])ie/g, 'e'], [/(?<=^|[aeiouy])[yj]a/g, 'ia'], [/(?<=^|[aeiouy])[yj]u/g, 'iu'],
  [/[yj]/g, 'i'],
];

// Belarusian romanised: ў is "u" after a vowel ("Tsikhanouskaya", "Karayeu", "Zhdanau"), where
// Russian has в; read as "v" before -sk- and after a or e at the end. A final -ou stays French
// ("Choïgou" is Shoigu). An opening "Tsi" is Belarusian ці, Russian ти ("Tsikhanouskaya").
const BELARUSIAN_U = /(?<=[aeo])u(?=sk)|(?<=[ae])u$/;

function latinSkeleton(latin: string): string {
  let key = latin.toLowerCase().replace(/[żźłśćńóąę]/g, (letter) => POLISH[letter] ?? letter);
  key = key.normalize('NFD').replace(/[^a-z]/g, '').replace(BELARUSIAN_U, 'v').replace(/^tsi/, 'ti');
  if (key.includes('ou')) for (const [pattern, replacement] of FRENCH) key = key.replace(pattern, replacement);
  for (const [pattern, replacement] of LATIN_RULES) key = key.replace(pattern, replacement);
  return key;
}

/** Cyrillic to the same Latin skeleton, letter by letter. */
export function cyrillicToLatin(word: string): string {
  let out = '';
  for (const letter of word.toLowerCase()) out += CYRILLIC_TO_LATIN[letter] ?? (/[a-z]/.test(letter) ? letter : '');
  return out;
}

const CYRILLIC = /[\u0400-\u04FF]/;

/**
 * The matching key of a surname in any script and case form. Two spellings of one name meet;
 * names that differ in a consonant stay apart ("Kostenko" and "Kosenko").
 */
export function surnameKey(surname: string): string {
  let key = KEYS.get(surname);
  if (key === undefined) {
    if (KEYS.size >= 10_000) KEYS.clear();
    KEYS.set(surname, (key = computeKey(surname)));
  }
  return key;
}

// Surnames recur through an article and across articles: keys are computed once.
const KEYS = new Map<string, string>();

function computeKey(surname: string): string {
  const lower = surname.toLowerCase().replace(/['’ʼ`-]/g, '');
  let key: string;
  if (CYRILLIC.test(lower)) {
    const bare = lower.length > 4 ? lower.replace(CYRILLIC_CASE_ENDING, '') : lower;
    // Belarusian ў after a vowel is the в of the Russian form (Караеў/Караев), and Belarusian
    // ці is the Russian ти (Ціханоўская/Тихановская; Russian ци is Belarusian цы).
    key = cyrillicToLatin(bare.replace(/(?<=[аеоэё])ў/g, 'в').replace(/ці/g, 'ті')).replace(/ou/g, 'u');
  } else {
    key = latinSkeleton(lower).replace(/(?:ii|i)$/, '');
  }
  // Belarusian writes an unstressed о as а (Жданаў/Жданов, Zhdanau/Zhdanov): the suffix is one key.
  key = key.replace(/av$/, 'ov');
  // Final vowels differ between languages and cases (Лукашенко/Лукашэнка, Poutine/Putin).
  key = key.replace(/(.)\1+/g, '$1').replace(/(?<=.{3})[aeiou]+$/, '');
  return key;
}
