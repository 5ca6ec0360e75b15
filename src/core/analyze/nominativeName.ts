// "по словам Дмитрия Пескова", "за словами Олександра Сирського", "паводле Святланы Ціханоўскай",
// "według Kaczyńskiego": after these a name stands in the genitive. A name the gazetteer does not
// know is shown as the reader would look it up, in the nominative. Endings are read from the end
// of each word, longest first; the few first names whose stem changes are listed.
const IRREGULAR: Record<string, string> = {
  Павла: 'Павел', Петра: 'Петр', Льва: 'Лев', Дмитра: 'Дмитро', Михайла: 'Михайло', Данила: 'Данило',
};

const ENDINGS: Array<[RegExp, string]> = [
  [/([сц])кого$/u, '$1кий'], [/([сц])ького$/u, '$1ький'], [/([сц])кага$/u, '$1кі'],
  [/([сц])кой$/u, '$1кая'], [/([сц])ької$/u, '$1ька'], [/([сц])кай$/u, '$1кая'],
  [/(ов|ев|ёв|ин|ын)ой$/u, '$1а'], [/(ов|ев|ін|ин)ої$/u, '$1а'], [/(ав|ов|ев|ін|ын)ай$/u, '$1а'],
  [/ого$/u, 'ый'], [/ії$/u, 'ія'], [/ии$/u, 'ия'], [/([еиіэ])я$/u, '$1й'],
  [/енка$/u, 'енко'], [/([гкхжчшщ])и$/u, '$1а'], [/([^аеёиоуыэюяіїєьй])[ыиі]$/u, '$1а'],
  [/([^аеёиоуыэюяіїєьйі])а$/u, '$1'],
  [/([sc])kiego$/u, '$1ki'], [/([sc])kiej$/u, '$1ka'], [/ego$/u, 'y'], [/([^aeiouy])a$/u, '$1'],
];

function nominativeWord(word: string): string {
  if (IRREGULAR[word]) return IRREGULAR[word] as string;
  if (word.length < 4 || /^\p{Lu}+$/u.test(word)) return word;
  for (const [ending, replacement] of ENDINGS) if (ending.test(word)) return word.replace(ending, replacement);
  return word;
}

/** A bare name of one to three capitalised words, in the nominative; any other phrase as it is. */
export function nominativeName(phrase: string): string {
  const words = phrase.trim().split(/\s+/);
  if (words.length > 3 || !words.every((w) => /^\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?$/u.test(w))) return phrase;
  return words.map(nominativeWord).join(' ');
}
