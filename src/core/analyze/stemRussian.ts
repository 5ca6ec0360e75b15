// The Snowball Russian stemmer (snowballstem.org/algorithms/russian), written out here because
// the packages that carry it bundle every language in one file of most of a megabyte, too
// much for an extension that needs one algorithm of about forty lines.
const VOWEL = /[аеиоуыэюя]/;

const PERFECTIVE_GERUND = /(?:(?<=[ая])(?:в|вши|вшись)|ив|ивши|ившись|ыв|ывши|ывшись)$/;
const REFLEXIVE = /(?:ся|сь)$/;
const ADJECTIVE = '(?:ее|ие|ые|ое|ими|ыми|ей|ий|ый|ой|ем|им|ым|ом|его|ого|ему|ому|их|ых|ую|юю|ая|яя|ою|ею)';
const PARTICIPLE = '(?:(?<=[ая])(?:ем|нн|вш|ющ|щ)|ивш|ывш|ующ)';
const ADJECTIVAL = new RegExp(`(?:${PARTICIPLE})?${ADJECTIVE}$`);
const VERB = /(?:(?<=[ая])(?:ла|на|ете|йте|ли|й|л|ем|н|ло|но|ет|ют|ны|ть|ешь|нно)|ила|ыла|ена|ейте|уйте|ите|или|ыли|ей|уй|ил|ыл|им|ым|ен|ило|ыло|ено|ят|ует|уют|ит|ыт|ены|ить|ыть|ишь|ую|ю)$/;
const NOUN = /(?:а|ев|ов|ие|ье|е|иями|ями|ами|еи|ии|и|ией|ей|ой|ий|й|иям|ям|ием|ем|ам|ом|о|у|ах|иях|ях|ы|ь|ию|ью|ю|ия|ья|я)$/;
const DERIVATIONAL = /ость?$/;
const SUPERLATIVE = /ейше?$/;

/** Where the region after the first vowel starts (RV), and R2 inside the word. */
function regions(word: string): { rv: number; r2: number } {
  let rv = word.length;
  for (let i = 0; i < word.length; i++) if (VOWEL.test(word[i] as string)) { rv = i + 1; break; }
  const r = (from: number) => {
    for (let i = from; i + 1 < word.length; i++) {
      if (VOWEL.test(word[i] as string) && !VOWEL.test(word[i + 1] as string)) return i + 2;
    }
    return word.length;
  };
  const r1 = r(0);
  return { rv, r2: r(r1) };
}

export function stemRussian(input: string): string {
  const word = input.toLowerCase().replace(/ё/g, 'е');
  const { rv, r2 } = regions(word);
  const head = word.slice(0, rv);
  let tail = word.slice(rv);
  // The lookbehinds for а/я may look at the last letter before RV, as the algorithm allows.
  const strip = (regex: RegExp): boolean => {
    const match = regex.exec(head.slice(-1) + tail);
    if (!match || match[0].length === 0 || match.index === 0) return false;
    tail = tail.slice(0, tail.length - match[0].length);
    return true;
  };
  if (!strip(PERFECTIVE_GERUND)) {
    strip(REFLEXIVE);
    if (!strip(ADJECTIVAL) && !strip(VERB)) strip(NOUN);
  }
  if (tail.endsWith('и')) tail = tail.slice(0, -1);
  const derivational = DERIVATIONAL.exec(tail);
  if (derivational && rv + derivational.index >= r2) tail = tail.slice(0, derivational.index);
  if (tail.endsWith('нн')) tail = tail.slice(0, -1);
  else if (SUPERLATIVE.test(tail)) {
    tail = tail.replace(SUPERLATIVE, '');
    if (tail.endsWith('нн')) tail = tail.slice(0, -1);
  } else if (tail.endsWith('ь')) tail = tail.slice(0, -1);
  return head + tail;
}
